package com.fivearrows.network.relation;

/**
 * A directed edge between two key persons: {@code REPORTS_TO} (from reports to to) or {@code INFLUENCES}
 * (from influences to, with a strength 1..5).
 */
public enum RelationType {
    REPORTS_TO,
    INFLUENCES
}
