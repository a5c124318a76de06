package com.fivearrows.network.closeness;

import java.time.Instant;

/**
 * A subject whose closeness inputs changed since it was last evaluated, as {@code closeness_dirty} holds it.
 * {@code markedAt} is when it was last marked: clearing it after an evaluation succeeds only while it still has
 * that mark, so a change made during the evaluation is not lost.
 */
public record DirtySubject(Kind kind, String subjectId, Instant markedAt) {

    /** What the subject id names: a key person (its UUID), a decision chain (its opportunity id) or an account. */
    public enum Kind {
        PERSON,
        DECISION_CHAIN,
        ACCOUNT
    }
}
