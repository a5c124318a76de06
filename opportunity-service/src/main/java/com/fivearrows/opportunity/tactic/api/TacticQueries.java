package com.fivearrows.opportunity.tactic.api;

import com.fivearrows.opportunity.tactic.Tally;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.PagedQuery;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads of the {@code opportunities} projection about tactics (a moment behind the streams): a seller's tactics, and
 * a tactic's win rate with and without it.
 */
@ApplicationScoped
public class TacticQueries {
    // $1 seller, $2 status (ACTIVE, RETIRED or null for both).
    private static final String FILTER = """
              FROM tactic
             WHERE seller = $1
               AND ($2::text IS NULL OR status = $2)""";

    private static final String LIST = """
            SELECT tactic_id, seller, name, description, status, created_at, revised_at, retired_at, retire_reason
            """ + FILTER + " ORDER BY lower(name), tactic_id LIMIT $3 OFFSET $4";

    private static final String COUNT = "SELECT count(*) AS total " + FILTER;

    // The seller's ($1) won and lost opportunities (owner or on the team), split by whether the tactic ($2) was
    // attached when they closed: attaching and detaching needs an open opportunity, so what is attached to a closed
    // one is what was attached when it closed.
    private static final String WIN_RATE = """
            SELECT a.tactic_id IS NOT NULL AS with_tactic,
                   count(*) FILTER (WHERE o.status = 'WON') AS won,
                   count(*) FILTER (WHERE o.status = 'LOST') AS lost
              FROM opportunity o
              LEFT JOIN tactic_attachment a ON a.opportunity_id = o.opportunity_id AND a.tactic_id = $2
             WHERE o.status IN ('WON', 'LOST') AND (o.owner = $1 OR $1 = ANY(o.team))
             GROUP BY 1""";

    private final Pool pool;

    public TacticQueries(Pool pool) {
        this.pool = pool;
    }

    /** One line of a seller's tactics. */
    public record Summary(UUID tacticId, String seller, String name, String description, String status,
                          Instant createdAt, Instant revisedAt, Instant retiredAt, String retireReason) {
    }

    /**
     * A tactic's win rate: {@code with} counts the seller's won and lost opportunities (owner or on the team) that
     * had it attached when they closed, {@code without} the seller's other won and lost ones. Abandoned opportunities
     * are in neither: the customer did not decide them (see {@link Tally}).
     */
    public record WinRate(UUID tacticId, Side with, Side without) {
    }

    /** One side of a win rate: {@code closed} = won + lost, {@code rate} = won ÷ closed, null when closed is 0. */
    public record Side(long won, long lost, long closed, Double rate) {
        static Side of(Tally tally) {
            return new Side(tally.won(), tally.lost(), tally.closed(), tally.rate());
        }
    }

    /** The seller's tactics by name, of one status or both. */
    public Uni<Page<Summary>> list(String seller, String status, Page.Request page) {
        List<Object> filter = Arrays.asList(seller, status);
        return PagedQuery.run(pool, LIST, COUNT, filter, page, row -> new Summary(row.getUUID("tactic_id"),
                row.getString("seller"), row.getString("name"), row.getString("description"), row.getString("status"),
                SqlTime.instant(row, "created_at"), SqlTime.instant(row, "revised_at"),
                SqlTime.instant(row, "retired_at"), row.getString("retire_reason")));
    }

    public Uni<WinRate> winRate(UUID tacticId, String seller) {
        return pool.preparedQuery(WIN_RATE).execute(Tuple.of(seller, tacticId)).map(rows -> {
            Tally with = new Tally(0, 0);
            Tally without = new Tally(0, 0);
            for (Row row : rows) {
                Tally tally = new Tally(row.getLong("won"), row.getLong("lost"));
                if (row.getBoolean("with_tactic")) {
                    with = tally;
                } else {
                    without = tally;
                }
            }
            return new WinRate(tacticId, Side.of(with), Side.of(without));
        });
    }
}
