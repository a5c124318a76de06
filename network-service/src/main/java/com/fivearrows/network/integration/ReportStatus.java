package com.fivearrows.network.integration;

/** What became of one reported interaction. */
public enum ReportStatus {
    /** Recorded now. */
    RECORDED,
    /** Recorded before: the same source reported the same external id already; nothing changed. */
    DUPLICATE,
    /** Not recorded, for the reason given; nothing of it was recorded. */
    REJECTED
}
