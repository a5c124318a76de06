package com.fivearrows.platform.service.sql;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code timestamptz} columns: the reactive PostgreSQL client binds and reads
 * {@link OffsetDateTime}, the service works in {@link Instant}.
 *
 * <pre>{@code
 * pool.preparedQuery("... WHERE occurred_at <= $1").execute(Tuple.of(SqlTime.utc(asOf)));
 * Instant occurredAt = SqlTime.instant(row, "occurred_at");
 * }</pre>
 */
public final class SqlTime {

    private SqlTime() {
    }

    /** The instant as a query parameter, in UTC; null stays null (SQL NULL). */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The column's instant, or null when it is SQL NULL. */
    public static Instant instant(Row row, String column) {
        OffsetDateTime time = row.getOffsetDateTime(column);
        return time == null ? null : time.toInstant();
    }
}
