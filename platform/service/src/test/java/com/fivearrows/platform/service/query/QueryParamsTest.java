package com.fivearrows.platform.service.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void aDateReadsAsItsStartOfDayInUtc() {
        QueryParams params = new QueryParams();

        Instant from = params.instant("from", "2026-11-01");

        params.check();
        assertThat(from).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void anInstantWithAnyOffsetReadsAsTheSameMomentInUtc() {
        QueryParams params = new QueryParams();

        Instant zulu = params.instant("from", "2026-11-01T09:00:00Z");
        // 10:30 at +01:00 is 09:30 UTC
        Instant offset = params.instant("to", " 2026-11-01T10:30+01:00 ");

        params.check();
        assertThat(zulu).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
        assertThat(offset).isEqualTo(Instant.parse("2026-11-01T09:30:00Z"));
    }

    @Test
    void anAbsentOrBlankInstantOrUuidIsNullAndNoError() {
        QueryParams params = new QueryParams();

        assertThat(params.instant("from", null)).isNull();
        assertThat(params.instant("to", " ")).isNull();
        assertThat(params.uuid("keyPersonId", "")).isNull();
        params.check();
    }

    @Test
    void aUuidIsRead() {
        UUID id = UUID.randomUUID();
        QueryParams params = new QueryParams();

        assertThat(params.uuid("keyPersonId", id.toString())).isEqualTo(id);
        params.check();
    }

    @Test
    void everyMalformedParameterIsNamedInOneBadRequest() {
        QueryParams params = new QueryParams();
        params.uuid("keyPersonId", "nobody");
        params.instant("from", "2026-13-01");
        params.instant("to", "2026-11-01T09:00:00");   // no offset: which zone was meant is unknown
        params.page("0", "20");

        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, params::check);

        assertThat(failure.errors()).extracting(FieldError::field).containsExactly("keyPersonId", "from", "to");
        assertThat(failure.errors().get(1).message())
                .isEqualTo("must be an ISO-8601 instant (2026-11-01T09:00:00Z) or date (2026-11-01), was '2026-13-01'");
    }
}
