package com.fivearrows.platform.service.idempotency;

/** What one {@code Idempotency-Key} is unique within: the caller, the method and the path. */
record IdempotencyScope(String principal, String method, String path, String key) {
}
