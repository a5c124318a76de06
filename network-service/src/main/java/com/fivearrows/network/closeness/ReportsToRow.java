package com.fivearrows.network.closeness;

import java.util.UUID;

/** A {@code REPORTS_TO} edge between two members of a group: {@code from} reports to {@code to}. */
public record ReportsToRow(UUID fromKeyPersonId, UUID toKeyPersonId) {
}
