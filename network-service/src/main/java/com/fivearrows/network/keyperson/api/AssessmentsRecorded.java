package com.fivearrows.network.keyperson.api;

import java.util.List;
import java.util.UUID;

/** The answer to an assessment: each dimension recorded (one event each) and the person's version after. */
public record AssessmentsRecorded(UUID keyPersonId, List<AssessmentRecord> recorded, long version) {
}
