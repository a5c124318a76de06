package com.fivearrows.platform.eventsourcing.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DataTimesTest {

    @Test
    void aDateTimeWithAnOffsetIsReadAsItsInstant() {
        assertThat(DataTimes.instant("decidedAt", "2026-11-27T10:15:30+01:00")).isEqualTo(Instant.parse("2026-11-27T09:15:30Z"));
    }

    @Test
    void aDayThatDoesNotExistIsAnInvalidEventNamingTheField() {
        assertThatThrownBy(() -> DataTimes.instant("occurredAt", "2026-02-30T10:00:00Z"))
                .isInstanceOf(InvalidCloudEvent.class)
                .hasMessage("occurredAt is not a valid date-time: '2026-02-30T10:00:00Z'");
        assertThatThrownBy(() -> DataTimes.instant("occurredAt", null)).isInstanceOf(InvalidCloudEvent.class)
                .hasMessage("occurredAt is required");
    }
}
