package com.fivearrows.opportunity.closeness;

import com.fivearrows.opportunity.opportunity.ChainFacts;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * The local copy of each decision chain's closeness ({@code chain_closeness}): what network-service last published,
 * by version of the chain's closeness stream. This service decides gates, grades and win steps on it and never
 * computes closeness itself.
 */
@ApplicationScoped
public class ChainClosenessRepository {

    // Only a later version replaces the row: a redelivered or late older event changes nothing. received_at is the
    // moment of the write, not of the transaction's start.
    private static final String STORE = """
            INSERT INTO chain_closeness AS k (opportunity_id, version, r, s, p, c, roles_present, best_coach_c, supporters,
                                             evaluated_at, received_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())
            ON CONFLICT (opportunity_id) DO UPDATE
               SET version = EXCLUDED.version, r = EXCLUDED.r, s = EXCLUDED.s, p = EXCLUDED.p, c = EXCLUDED.c,
                   roles_present = EXCLUDED.roles_present, best_coach_c = EXCLUDED.best_coach_c,
                   supporters = EXCLUDED.supporters, evaluated_at = EXCLUDED.evaluated_at,
                   received_at = EXCLUDED.received_at
             WHERE k.version < EXCLUDED.version""";

    private static final String FACTS = """
            SELECT version, r, s, p, c, roles_present, best_coach_c, supporters, evaluated_at
              FROM chain_closeness WHERE opportunity_id = $1""";

    private final Pool pool;

    public ChainClosenessRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Keeps the facts of version {@code version} of the chain's closeness stream, unless a later version is already
     * kept; whether they were kept.
     */
    public Uni<Boolean> store(SqlClient client, String opportunityId, long version, ChainFacts facts) {
        Tuple row = Tuple.tuple()
                .addString(opportunityId).addLong(version)
                .addDouble(facts.r()).addDouble(facts.s()).addDouble(facts.p()).addDouble(facts.c())
                .addArrayOfString(facts.rolesPresent().stream().sorted().toArray(String[]::new))
                .addDouble(facts.bestCoachC()).addInteger(facts.supporters())
                .addOffsetDateTime(SqlTime.utc(facts.evaluatedAt()));
        return client.preparedQuery(STORE).execute(row).map(rows -> rows.rowCount() == 1);
    }

    /** See {@link #factsOf(SqlClient, String)}. */
    public Uni<ChainFacts> factsOf(String opportunityId) {
        return factsOf(pool, opportunityId);
    }

    /** What was last heard of the opportunity's chain; {@link ChainFacts#UNKNOWN} when nothing yet. */
    public Uni<ChainFacts> factsOf(SqlClient client, String opportunityId) {
        return client.preparedQuery(FACTS).execute(Tuple.of(opportunityId)).map(rows -> rows.size() == 0
                ? ChainFacts.UNKNOWN
                : facts(rows.iterator().next()));
    }

    /** The version of the chain's closeness stream last kept; 0 when none. */
    public Uni<Long> versionOf(SqlClient client, String opportunityId) {
        return client.preparedQuery("SELECT version FROM chain_closeness WHERE opportunity_id = $1")
                .execute(Tuple.of(opportunityId))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("version"));
    }

    private static ChainFacts facts(Row row) {
        return new ChainFacts(row.getDouble("r"), row.getDouble("s"), row.getDouble("p"), row.getDouble("c"),
                new LinkedHashSet<>(Arrays.asList(row.getArrayOfStrings("roles_present"))), row.getDouble("best_coach_c"),
                row.getInteger("supporters"), SqlTime.instant(row, "evaluated_at"));
    }
}
