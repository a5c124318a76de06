package com.fivearrows.platform.service.idempotency;

import java.util.Map;

/** The first final answer to an idempotent request, as it is replayed. */
record StoredAnswer(int status, Map<String, String> headers, byte[] body) {
}
