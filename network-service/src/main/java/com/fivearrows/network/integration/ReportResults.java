package com.fivearrows.network.integration;

import java.util.List;

/** The answer to a bulk report: one result per item, in the order given, and how many ended in each status. */
public record ReportResults(List<ReportResult> results, long recorded, long duplicates, long rejected) {

    static ReportResults of(List<ReportResult> results) {
        return new ReportResults(results, count(results, ReportStatus.RECORDED), count(results, ReportStatus.DUPLICATE),
                count(results, ReportStatus.REJECTED));
    }

    private static long count(List<ReportResult> results, ReportStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }
}
