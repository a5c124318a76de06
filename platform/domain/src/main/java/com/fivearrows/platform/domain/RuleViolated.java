package com.fivearrows.platform.domain;

import java.util.List;

/** A well-formed command that a business rule refuses, listing every unmet rule (HTTP 422). */
public final class RuleViolated extends DomainException {
    private final List<String> unmetRules;

    public RuleViolated(String summary, List<String> unmetRules) {
        super(message(summary, unmetRules));
        this.unmetRules = List.copyOf(unmetRules);
    }

    public static RuleViolated of(String rule) {
        return new RuleViolated(rule, List.of(rule));
    }

    // A single rule that is its own summary ("of") is said once, not "rule: rule".
    private static String message(String summary, List<String> unmetRules) {
        if (unmetRules.isEmpty() || unmetRules.equals(List.of(summary))) {
            return summary;
        }
        return summary + ": " + String.join("; ", unmetRules);
    }

    public List<String> unmetRules() {
        return unmetRules;
    }
}
