package com.fivearrows.network.interaction;

import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.PagedQuery;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads interactions from the read model's {@code interaction} table (eventually consistent: an interaction shows
 * up once the {@code network} projection has applied it). A key person's interactions are found through
 * {@code person_interaction}, whose key starts with the person.
 */
@ApplicationScoped
public class InteractionQueries {
    private static final String COLUMNS = "interaction_id, key_person_ids, seller, type, outcome, source, external_id,"
            + " opportunity_id, notes, occurred_at, recorded_at";

    private final Pool pool;

    public InteractionQueries(Pool pool) {
        this.pool = pool;
    }

    /** The interaction, or a 404 while the read model does not hold it. */
    public Uni<InteractionView> byId(UUID interactionId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM interaction WHERE interaction_id = $1")
                .execute(Tuple.of(interactionId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new NotFound("interaction", interactionId.toString());
                    }
                    return view(rows.iterator().next());
                });
    }

    /** One page of the interactions the filter matches, newest first (ties by id, so pages never overlap). */
    public Uni<Page<InteractionView>> list(InteractionFilter filter, Page.Request page) {
        Where where = where(filter);
        int limit = where.values().size() + 1;
        String select = "SELECT " + COLUMNS + " FROM interaction" + where.sql()
                + " ORDER BY occurred_at DESC, interaction_id LIMIT $" + limit + " OFFSET $" + (limit + 1);
        String count = "SELECT count(*) AS total FROM interaction" + where.sql();
        return PagedQuery.run(pool, select, count, where.values(), page, InteractionQueries::view);
    }

    /** Only the conditions the filter sets, so the planner always sees the indexes it may use. */
    private static Where where(InteractionFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.keyPersonId() != null) {
            values.add(filter.keyPersonId());
            conditions.add("interaction_id IN (SELECT interaction_id FROM person_interaction WHERE key_person_id = $"
                    + values.size() + ")");
        }
        if (filter.seller() != null) {
            values.add(filter.seller());
            conditions.add("seller = $" + values.size());
        }
        if (filter.opportunityId() != null) {
            values.add(filter.opportunityId());
            conditions.add("opportunity_id = $" + values.size());
        }
        if (filter.from() != null) {
            values.add(SqlTime.utc(filter.from()));
            conditions.add("occurred_at >= $" + values.size());
        }
        if (filter.to() != null) {
            values.add(SqlTime.utc(filter.to()));
            conditions.add("occurred_at < $" + values.size());
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, values);
    }

    private static InteractionView view(Row row) {
        return new InteractionView(row.getUUID("interaction_id"), Arrays.asList(row.getArrayOfUUIDs("key_person_ids")),
                row.getString("seller"), InteractionType.valueOf(row.getString("type")),
                SqlTime.instant(row, "occurred_at"), Outcome.valueOf(row.getString("outcome")),
                InteractionSource.valueOf(row.getString("source")),
                row.getString("external_id"), row.getString("opportunity_id"), row.getString("notes"),
                SqlTime.instant(row, "recorded_at"));
    }

    private record Where(String sql, List<Object> values) {
    }
}
