package com.fivearrows.network.closeness;

import java.time.Instant;

/**
 * A subject to evaluate again, as {@code closeness_dirty} holds it: why ({@code cause}) and when it was last marked.
 * Clearing it after an evaluation succeeds only while it still has that mark, so a change made during the
 * evaluation is not lost.
 */
public record DirtySubject(Subject subject, Instant markedAt, ClosenessTrigger cause) {
}
