package com.fivearrows.network.keyperson;

/** The five kinds of key persons, by their role in buying, each with its default influence (1..5). */
public enum Kind {
    DECISION_MAKER(5),
    APPROVER(4),
    EVALUATOR(3),
    USER(2),
    COACH(1);

    private final int defaultInfluence;

    Kind(int defaultInfluence) {
        this.defaultInfluence = defaultInfluence;
    }

    public int defaultInfluence() {
        return defaultInfluence;
    }
}
