package com.fivearrows.opportunity.forecast.api;

import com.fivearrows.opportunity.forecast.Position;
import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The positions the forecast counts, as they stood at an instant ({@code opportunity_position}, kept by the
 * {@code opportunities} projection): of one owner, of the owners of a sales team, or of everyone.
 */
@ApplicationScoped
public class ForecastQueries {
    private static final String POSITIONS = """
            SELECT opportunity_id, owner, team, stage, probability, amount::text AS amount, currency, expected_close_date,
                   category, category_overridden, opened_at, closed_at, outcome
              FROM opportunity_position
             WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)
               AND ($2::text[] IS NULL OR owner = ANY($2))""";

    private final Pool pool;

    public ForecastQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * Every opportunity as the forecast counted it at {@code asOf}; {@code owners} null for everyone, else those
     * owned by one of them.
     */
    public Uni<List<Position>> positions(Instant asOf, List<String> owners) {
        return pool.preparedQuery(POSITIONS)
                .execute(Tuple.of(SqlTime.utc(asOf), owners == null ? null : owners.toArray(String[]::new)))
                .map(rows -> {
                    List<Position> positions = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        positions.add(position(row));
                    }
                    return positions;
                });
    }

    private static Position position(Row row) {
        return new Position(row.getString("opportunity_id"), row.getString("owner"),
                Arrays.asList(row.getArrayOfStrings("team")), row.getString("stage"), row.getDouble("probability"),
                Money.of(row.getString("amount"), row.getString("currency")), row.getLocalDate("expected_close_date"),
                ForecastCategory.valueOf(row.getString("category")), row.getBoolean("category_overridden"),
                SqlTime.instant(row, "opened_at"), SqlTime.instant(row, "closed_at"), row.getString("outcome"));
    }
}
