package com.fivearrows.platform.domain;

/** No aggregate of this kind has this id (HTTP 404). */
public final class NotFound extends DomainException {
    private final String kind;
    private final String id;

    public NotFound(String kind, String id) {
        super(kind + " " + id + " does not exist");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
