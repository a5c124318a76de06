package com.fivearrows.opportunity.opportunity.api;

import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.PagedQuery;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads of the {@code opportunities} projection (a moment behind the streams): the list of opportunities with its
 * filters, and an opportunity's stage history with how long it stayed in each stage.
 */
@ApplicationScoped
public class OpportunityQueries {
    // $1 owner, $2 account, $3 status, $4 stalled (true, false or null), $5 the instant before which the last event
    // makes an open opportunity stalled.
    private static final String FILTER = """
              FROM opportunity
             WHERE ($1::text IS NULL OR owner = $1 OR $1 = ANY(team))
               AND ($2::text IS NULL OR account_id = $2)
               AND ($3::text IS NULL OR status = $3)
               AND ($4::boolean IS NULL OR (status = 'OPEN' AND last_event_at < $5) = $4)""";

    private static final String LIST = """
            SELECT opportunity_id, account_id, name, owner, stage, probability, amount::text AS amount, currency,
                   expected_close_date, grade, category, status, last_event_at, status = 'OPEN' AND last_event_at < $5 AS stalled
            """ + FILTER + " ORDER BY expected_close_date NULLS LAST, opportunity_id LIMIT $6 OFFSET $7";

    private static final String COUNT = "SELECT count(*) AS total " + FILTER;

    private static final String HISTORY = """
            SELECT stage, probability, how, reason, entered_at, left_at FROM stage_history
             WHERE opportunity_id = $1 ORDER BY version""";

    private final Pool pool;

    public OpportunityQueries(Pool pool) {
        this.pool = pool;
    }

    /** One line of the list. */
    public record Summary(String opportunityId, String accountId, String name, String owner, String stage,
                          double probability, Money amount, LocalDate expectedCloseDate, String grade,
                          String forecastCategory, String status, Instant lastEventAt, boolean stalled) {
    }

    /**
     * A stage the opportunity was in: how it got there (OPENED, ADVANCED, OVERRIDDEN, REGRESSED, CLOSED), with the
     * reason given (a regress's, an override's, a close's), when it entered and left ({@code leftAt} null for the
     * stage it is in) and how long it stayed, up to now for the current stage: {@code duration} in ISO 8601
     * ({@code PT172H30M}) and {@code days} with two decimals; both null for the closing stage (WON, LOST, ABANDONED).
     */
    public record StageStay(String stage, double probability, String how, String reason, Instant enteredAt,
                            Instant leftAt, String duration, Double days) {

        static StageStay of(String stage, double probability, String how, String reason, Instant enteredAt,
                            Instant leftAt, Duration stayed) {
            return new StageStay(stage, probability, how, reason, enteredAt, leftAt,
                    stayed == null ? null : stayed.toString(),
                    stayed == null ? null : Math.round(stayed.toMillis() / 864_000.0) / 100.0);
        }
    }

    /** The opportunities of an owner or team member, an account, a status, stalled or not; by expected close date. */
    public Uni<Page<Summary>> list(String seller, String accountId, String status, Boolean stalled,
                                   Instant stalledBefore, Page.Request page) {
        List<Object> filter = Arrays.asList(seller, accountId, status, stalled, SqlTime.utc(stalledBefore));
        return PagedQuery.run(pool, LIST, COUNT, filter, page, row -> new Summary(row.getString("opportunity_id"),
                row.getString("account_id"), row.getString("name"), row.getString("owner"), row.getString("stage"),
                row.getDouble("probability"), Money.of(row.getString("amount"), row.getString("currency")),
                row.getLocalDate("expected_close_date"), row.getString("grade"), row.getString("category"),
                row.getString("status"), SqlTime.instant(row, "last_event_at"), row.getBoolean("stalled")));
    }

    /** Every stage the opportunity was in, in order; empty when the projection has not seen it yet. */
    public Uni<List<StageStay>> stageHistory(String opportunityId, Instant now) {
        return pool.preparedQuery(HISTORY).execute(Tuple.of(opportunityId)).map(rows -> {
            List<StageStay> stays = new ArrayList<>();
            for (Row row : rows) {
                Instant entered = SqlTime.instant(row, "entered_at");
                Instant left = SqlTime.instant(row, "left_at");
                boolean closed = "CLOSED".equals(row.getString("how"));
                stays.add(StageStay.of(row.getString("stage"), row.getDouble("probability"), row.getString("how"),
                        row.getString("reason"), entered, left,
                        closed ? null : Duration.between(entered, left == null ? now : left)));
            }
            return stays;
        });
    }
}
