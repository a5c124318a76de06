/**
 * {@code Idempotency-Key} on writes: a retried POST, PUT, PATCH or DELETE carrying the same key gets the first
 * answer again instead of being applied twice.
 *
 * <p>The key is scoped by the authenticated principal, the method and the path. The first request claims the key
 * (a pending row in {@code platform_idempotency}); its final 2xx or 4xx answer is stored with it and replayed, with
 * {@code Idempotent-Replayed: true}, to every retry whose body (and query) is the same. A retry with another body is
 * refused with 422, one that arrives while the first is still running with 409. A 5xx answer is not stored, so a
 * failed request can be retried; a pending claim older than {@code five-arrows.idempotency.pending-timeout} counts
 * as abandoned, and every entry expires after {@code five-arrows.idempotency.retention}.
 * Nothing is needed in a service but the Flyway migration this module ships ({@code V0_2_1__idempotency.sql}).
 */
package com.fivearrows.platform.service.idempotency;
