/**
 * {@code Idempotency-Key} on writes: a retried POST, PUT, PATCH or DELETE carrying the same key gets the first
 * answer again instead of being applied twice.
 *
 * <p>The key is scoped by the authenticated principal, the method and the path. The first request claims the key
 * (a pending row in {@code platform_idempotency}); its final answer is stored with it and replayed, with
 * {@code Idempotent-Replayed: true}, to every retry that is the same request: the same body, query and
 * {@code If-Match}. A retry that differs in any of them is refused with 422, one that arrives while the first is
 * still running with 409.
 * <ul>
 *   <li>A 2xx answer is always stored, since its effect must not happen twice: with its body where that is a
 *       {@code String}, a {@code byte[]} or written as JSON, otherwise with its status and its {@code Location},
 *       {@code ETag} and {@code Content-Location} headers and an empty body.</li>
 *   <li>A 4xx answer is stored as well, except a 409 version conflict: that is transient, so the key is given up
 *       and the client may retry with the same key once it has refreshed its {@code If-Match}. (A 4xx whose body
 *       cannot be stored is given up too; it changed nothing.)</li>
 *   <li>A 5xx answer is not stored, so a failed request can be retried.</li>
 * </ul>
 * A pending claim older than {@code five-arrows.idempotency.pending-timeout} counts as abandoned, and every entry
 * expires after {@code five-arrows.idempotency.retention}.
 * Nothing is needed in a service but the Flyway migration this module ships ({@code V0_2_1__idempotency.sql}).
 */
package com.fivearrows.platform.service.idempotency;
