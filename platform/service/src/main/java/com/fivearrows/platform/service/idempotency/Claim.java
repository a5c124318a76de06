package com.fivearrows.platform.service.idempotency;

import java.util.UUID;

/** The outcome of claiming an {@code Idempotency-Key} for a request. */
sealed interface Claim {

    /** The key is ours: run the request and store its answer under {@code token}. */
    record Acquired(IdempotencyScope scope, UUID token) implements Claim {
    }

    /** The key was answered before for the same request. */
    record Answered(StoredAnswer answer) implements Claim {
    }

    /** The key was used for a different request: another body, query or {@code If-Match}. */
    record Mismatch() implements Claim {
    }

    /** A request with the key is still running. */
    record InFlight() implements Claim {
    }
}
