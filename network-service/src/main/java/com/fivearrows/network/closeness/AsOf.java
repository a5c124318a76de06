package com.fivearrows.network.closeness;

import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.service.query.QueryParams;
import java.time.Instant;

/**
 * The {@code asOf} query parameter of the closeness reads: an instant ({@code 2026-11-01T09:00:00Z}) or a date
 * ({@code 2026-11-01}, read as its start in UTC), as {@link QueryParams#instant} reads them; absent means now.
 * Closeness is known for the past and the present, so an instant after now is a 400.
 */
public final class AsOf {
    public static final String PARAMETER = "asOf";

    private AsOf() {
    }

    public static Instant parse(String raw, Instant now) {
        QueryParams params = new QueryParams();
        Instant asOf = params.instant(PARAMETER, raw);
        params.check();
        if (asOf == null) {
            return now;
        }
        if (asOf.isAfter(now)) {
            throw ValidationFailed.of(PARAMETER, "must not be in the future, was " + raw);
        }
        return asOf;
    }
}
