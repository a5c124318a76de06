package com.fivearrows.network.chain.api;

import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.PagedQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;

/**
 * Decision chain lists from the read model ({@code decision_chain} and {@code chain_member} of the {@code network}
 * projection): eventually consistent, a moment behind the streams.
 */
@ApplicationScoped
public class DecisionChainQueries {

    private static final String FILTER = " WHERE ($1::text IS NULL OR c.account_id = $1)";

    private static final String CHAINS = """
            SELECT c.opportunity_id, c.account_id, c.started_by, c.started_at, c.stage, c.amount, c.currency, c.status,
                   c.owner, c.team, c.version, c.updated_at,
                   (SELECT count(*) FROM chain_member m
                     WHERE m.opportunity_id = c.opportunity_id AND m.valid_to IS NULL) AS members
              FROM decision_chain c""" + FILTER + " ORDER BY c.started_at DESC, c.opportunity_id LIMIT $2 OFFSET $3";

    private static final String COUNT = "SELECT count(*) AS total FROM decision_chain c" + FILTER;

    private final Pool pool;

    public DecisionChainQueries(Pool pool) {
        this.pool = pool;
    }

    /** Chains, the latest started first, optionally of one account. */
    public Uni<Page<DecisionChainSummary>> list(String accountId, Page.Request page) {
        List<Object> filter = Collections.singletonList(accountId);
        return PagedQuery.run(pool, CHAINS, COUNT, filter, page, DecisionChainQueries::summaryOf);
    }

    private static DecisionChainSummary summaryOf(Row row) {
        return new DecisionChainSummary(row.getString("opportunity_id"), row.getString("account_id"),
                row.getString("started_by"), row.getOffsetDateTime("started_at").toInstant(), row.getString("stage"),
                row.getBigDecimal("amount"), row.getString("currency"), row.getString("status"), row.getString("owner"),
                List.of(row.getArrayOfStrings("team")), row.getLong("members").intValue(), row.getLong("version"),
                row.getOffsetDateTime("updated_at").toInstant());
    }
}
