package com.fivearrows.network.keyperson.api;

import java.time.Instant;

/** One assessment of one dimension: what was assessed, for when, by whom and why. */
public record AssessmentRecord(Dimension dimension, String value, Instant assessedAt, String assessedBy, String note) {
}
