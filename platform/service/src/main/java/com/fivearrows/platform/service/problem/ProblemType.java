package com.fivearrows.platform.service.problem;

/**
 * The kinds of problem every service may answer with. The URIs identify the kind; they are not
 * promised to resolve to a page.
 */
public enum ProblemType {
    VALIDATION("validation", "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", "The request body cannot be read"),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required"),
    FORBIDDEN("forbidden", "Not allowed"),
    NOT_FOUND("not-found", "Not found"),
    VERSION_CONFLICT("version-conflict", "The resource changed since it was read"),
    RULE_VIOLATED("rule-violated", "A business rule refuses the request"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used for another request"),
    IDEMPOTENCY_KEY_IN_FLIGHT("idempotency-key-in-flight", "A request with this Idempotency-Key is still being processed"),
    INTERNAL("internal", "Unexpected failure");

    private static final String BASE = "https://five-arrows.dev/problems/";

    private final String uri;
    private final String title;

    ProblemType(String slug, String title) {
        this.uri = BASE + slug;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
