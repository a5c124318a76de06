package com.fivearrows.platform.domain;

/**
 * The typed errors a decider or a command handler raises. The platform maps each kind once to an
 * RFC 9457 problem: {@link ValidationFailed} to 400, {@link Forbidden} to 403, {@link NotFound} to 404,
 * {@link ConcurrencyConflict} to 409 and {@link RuleViolated} to 422.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationFailed, Forbidden, NotFound, ConcurrencyConflict, RuleViolated {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
