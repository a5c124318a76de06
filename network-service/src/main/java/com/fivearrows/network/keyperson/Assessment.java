package com.fivearrows.network.keyperson;

import java.time.Instant;

/**
 * One assessed value of a key person (relationship level, solution stance or price stance), when it held, who
 * assessed it and why.
 *
 * @param <T> the assessed dimension's enum
 */
public record Assessment<T>(T value, Instant assessedAt, String assessedBy, String note) {

    /**
     * The later of this assessment and one recorded after it: by {@code assessedAt}, a tie going to the later
     * recorded, so a back-dated assessment does not replace a newer one.
     */
    public Assessment<T> orLater(Assessment<T> recordedAfter) {
        return recordedAfter.assessedAt().isBefore(assessedAt) ? this : recordedAfter;
    }
}
