package com.fivearrows.network.relation.api;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.relation.OrgChart;
import com.fivearrows.network.relation.Relation;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.PagedQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An account's current enterprise relations and its org chart, from the read model ({@code key_person} and
 * {@code enterprise_relation} of the {@code network} projection): eventually consistent, a moment behind the streams.
 */
@ApplicationScoped
public class RelationQueries {

    private static final String CURRENT = " WHERE account_id = $1 AND valid_to IS NULL AND ($2::text IS NULL OR type = $2)";

    private static final String RELATIONS = "SELECT relation_id, type, from_key_person_id, to_key_person_id, strength"
            + " FROM enterprise_relation" + CURRENT + " ORDER BY valid_from, relation_id LIMIT $3 OFFSET $4";

    private static final String COUNT_RELATIONS = "SELECT count(*) AS total FROM enterprise_relation" + CURRENT;

    private static final String CHART_PERSONS = "SELECT key_person_id, name, title, kind, active FROM key_person"
            + " WHERE account_id = $1";

    private static final String CHART_RELATIONS = "SELECT relation_id, type, from_key_person_id, to_key_person_id,"
            + " strength FROM enterprise_relation WHERE account_id = $1 AND valid_to IS NULL";

    private final Pool pool;

    public RelationQueries(Pool pool) {
        this.pool = pool;
    }

    /** The account's current relations, oldest first, optionally of one type. */
    public Uni<Page<RelationView>> current(String accountId, RelationType type, Page.Request page) {
        List<Object> filter = Arrays.asList(accountId, type == null ? null : type.name());
        return PagedQuery.run(pool, RELATIONS, COUNT_RELATIONS, filter, page,
                row -> RelationView.of(accountId, relationOf(row)));
    }

    /**
     * The account's org chart: every key person of the account (deactivated ones marked, so no reporting line
     * breaks), the reporting lines as a forest and the influence edges beside it ({@link OrgChart#of}).
     */
    public Uni<OrgChart> orgChart(String accountId) {
        Uni<List<OrgChart.Person>> persons = pool.preparedQuery(CHART_PERSONS).execute(Tuple.of(accountId))
                .map(rows -> {
                    List<OrgChart.Person> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new OrgChart.Person(row.getUUID("key_person_id"), row.getString("name"),
                            row.getString("title"), Kind.valueOf(row.getString("kind")), row.getBoolean("active"))));
                    return found;
                });
        Uni<List<Relation>> relations = pool.preparedQuery(CHART_RELATIONS).execute(Tuple.of(accountId))
                .map(rows -> {
                    List<Relation> found = new ArrayList<>();
                    rows.forEach(row -> found.add(relationOf(row)));
                    return found;
                });
        return Uni.combine().all().unis(persons, relations).asTuple()
                .map(found -> OrgChart.of(found.getItem1(), found.getItem2()));
    }

    private static Relation relationOf(Row row) {
        return new Relation(row.getUUID("relation_id"), RelationType.valueOf(row.getString("type")),
                row.getUUID("from_key_person_id"), row.getUUID("to_key_person_id"), row.getInteger("strength"));
    }
}
