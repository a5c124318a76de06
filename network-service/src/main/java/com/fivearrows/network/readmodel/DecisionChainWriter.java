package com.fivearrows.network.readmodel;

import static com.fivearrows.network.readmodel.EventData.decimal;
import static com.fivearrows.network.readmodel.EventData.occurredAt;
import static com.fivearrows.network.readmodel.EventData.strings;
import static com.fivearrows.network.readmodel.EventData.uuid;

import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;

/**
 * Decision chain events into {@code decision_chain} (with the opportunity's context), {@code chain_member} and
 * {@code chain_relation} (per period); each moves the chain's version and marks the chain dirty.
 */
final class DecisionChainWriter {

    private static final String START = """
            INSERT INTO decision_chain (opportunity_id, account_id, started_by, started_at, version, updated_at)
            VALUES ($1, $2, $3, $4, $5, $4)""";

    // The decider emits the merged context; a null field is one the opportunity did not report.
    private static final String CHANGE_CONTEXT = """
            UPDATE decision_chain
               SET account_id = coalesce($2, account_id), stage = coalesce($3, stage), amount = coalesce($4, amount),
                   currency = coalesce($5, currency), status = coalesce($6, status), owner = coalesce($7, owner),
                   team = coalesce($8, team), version = $9, updated_at = $10
             WHERE opportunity_id = $1""";

    private static final String TOUCH = "UPDATE decision_chain SET version = $2, updated_at = $3 WHERE opportunity_id = $1";

    private static final String ADD_MEMBER = """
            INSERT INTO chain_member (opportunity_id, key_person_id, since_version, role, influence, added_by, valid_from)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    private static final String CHANGE_MEMBER = """
            WITH closed AS (
                UPDATE chain_member SET valid_to = greatest(valid_from, $5)
                 WHERE opportunity_id = $1 AND key_person_id = $2 AND valid_to IS NULL
                RETURNING opportunity_id, key_person_id, added_by, valid_to)
            INSERT INTO chain_member (opportunity_id, key_person_id, since_version, role, influence, added_by, valid_from)
            SELECT opportunity_id, key_person_id, $6, $3, $4, added_by, valid_to FROM closed""";

    private static final String REMOVE_MEMBER = """
            UPDATE chain_member SET valid_to = greatest(valid_from, $3)
             WHERE opportunity_id = $1 AND key_person_id = $2 AND valid_to IS NULL""";

    private static final String ADD_RELATION = """
            INSERT INTO chain_relation (opportunity_id, relation_id, type, from_key_person_id, to_key_person_id, strength,
                                        valid_from)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    private static final String REMOVE_RELATION = """
            UPDATE chain_relation SET valid_to = greatest(valid_from, $3)
             WHERE opportunity_id = $1 AND relation_id = $2 AND valid_to IS NULL""";

    Uni<Void> started(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return write(tx, event, START, Arrays.asList(data.getString("opportunityId"), data.getString("accountId"),
                data.getString("startedBy"), occurredAt(event), event.version()));
    }

    Uni<Void> contextChanged(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return write(tx, event, CHANGE_CONTEXT, Arrays.asList(data.getString("opportunityId"), data.getString("accountId"),
                data.getString("stage"), decimal(data, "amount"), data.getString("currency"), data.getString("status"),
                data.getString("owner"), strings(data, "team"), event.version(), occurredAt(event)));
    }

    Uni<Void> memberAdded(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return touch(tx, event, ADD_MEMBER, Arrays.asList(data.getString("opportunityId"), uuid(data, "keyPersonId"),
                event.version(), data.getString("role"), data.getInteger("influence"), data.getString("addedBy"),
                occurredAt(event)));
    }

    Uni<Void> memberChanged(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return touch(tx, event, CHANGE_MEMBER, Arrays.asList(data.getString("opportunityId"), uuid(data, "keyPersonId"),
                data.getString("role"), data.getInteger("influence"), occurredAt(event), event.version()));
    }

    Uni<Void> memberRemoved(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return touch(tx, event, REMOVE_MEMBER,
                Arrays.asList(data.getString("opportunityId"), uuid(data, "keyPersonId"), occurredAt(event)));
    }

    Uni<Void> relationAdded(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return touch(tx, event, ADD_RELATION, Arrays.asList(data.getString("opportunityId"), uuid(data, "relationId"),
                data.getString("type"), uuid(data, "fromKeyPersonId"), uuid(data, "toKeyPersonId"),
                data.getInteger("strength"), occurredAt(event)));
    }

    Uni<Void> relationRemoved(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return touch(tx, event, REMOVE_RELATION,
                Arrays.asList(data.getString("opportunityId"), uuid(data, "relationId"), occurredAt(event)));
    }

    /** Writes what the event changed, then moves the chain's version to the event's. */
    private static Uni<Void> touch(SqlConnection tx, StoredEvent event, String sql, List<Object> values) {
        return tx.preparedQuery(sql).execute(Tuple.from(values))
                .flatMap(ignored -> write(tx, event, TOUCH,
                        Arrays.asList(event.data().getString("opportunityId"), event.version(), occurredAt(event))));
    }

    private static Uni<Void> write(SqlConnection tx, StoredEvent event, String sql, List<Object> values) {
        return tx.preparedQuery(sql).execute(Tuple.from(values))
                .flatMap(ignored -> DirtyMarks.chain(tx, event.data().getString("opportunityId")));
    }
}
