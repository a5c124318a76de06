package com.fivearrows.platform.domain;

/** The caller is authenticated but may not change this aggregate (HTTP 403). */
public final class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message);
    }
}
