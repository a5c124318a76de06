/**
 * Optimistic concurrency over HTTP: {@link com.fivearrows.platform.service.concurrency.IfMatch} reads the version a
 * write expects from {@code If-Match} and writes the {@code ETag} of a version. A stale version is the resource's
 * {@code ConcurrencyConflict} (409), a malformed header a 400 problem naming {@code If-Match}.
 */
package com.fivearrows.platform.service.concurrency;
