package com.fivearrows.platform.domain;

import java.util.List;

/** A well-formed command that a business rule refuses, listing every unmet rule (HTTP 422). */
public final class RuleViolated extends DomainException {
    private final List<String> unmetRules;

    public RuleViolated(String summary, List<String> unmetRules) {
        super(unmetRules.isEmpty() ? summary : summary + ": " + String.join("; ", unmetRules));
        this.unmetRules = List.copyOf(unmetRules);
    }

    public static RuleViolated of(String rule) {
        return new RuleViolated(rule, List.of(rule));
    }

    public List<String> unmetRules() {
        return unmetRules;
    }
}
