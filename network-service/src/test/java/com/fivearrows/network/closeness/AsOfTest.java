package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void absentMeansNow() {
        assertThat(AsOf.parse(null, NOW)).isEqualTo(NOW);
        assertThat(AsOf.parse(" ", NOW)).isEqualTo(NOW);
    }

    @Test
    void aDateIsItsStartInUtcAndTodayIsNotTheFuture() {
        assertThat(AsOf.parse("2026-11-27", NOW)).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
    }

    @Test
    void aMalformedValueIsABadRequestNamingAsOf() {
        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> AsOf.parse("yesterday", NOW));

        assertThat(failure.errors()).extracting(FieldError::field).containsExactly("asOf");
    }

    @Test
    void anInstantAfterNowIsABadRequestNamingAsOf() {
        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> AsOf.parse("2026-11-28", NOW));

        assertThat(failure.errors())
                .containsExactly(new FieldError("asOf", "must not be in the future, was 2026-11-28"));
    }
}
