package com.fivearrows.network.readmodel;

import static com.fivearrows.network.readmodel.EventData.occurredAt;
import static com.fivearrows.network.readmodel.EventData.uuid;

import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;

/**
 * Account network events into {@code enterprise_relation}, one row per relation and strength period; each marks
 * the account dirty.
 */
final class EnterpriseRelationWriter {

    private static final String ADD = """
            INSERT INTO enterprise_relation (relation_id, since_version, account_id, type, from_key_person_id,
                                             to_key_person_id, strength, valid_from)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";

    private static final String CHANGE_STRENGTH = """
            WITH closed AS (
                UPDATE enterprise_relation SET valid_to = greatest(valid_from, $3)
                 WHERE relation_id = $1 AND valid_to IS NULL
                RETURNING relation_id, account_id, type, from_key_person_id, to_key_person_id, valid_to)
            INSERT INTO enterprise_relation (relation_id, since_version, account_id, type, from_key_person_id,
                                             to_key_person_id, strength, valid_from)
            SELECT relation_id, $4, account_id, type, from_key_person_id, to_key_person_id, $2, valid_to FROM closed""";

    private static final String REMOVE = """
            UPDATE enterprise_relation SET valid_to = greatest(valid_from, $2) WHERE relation_id = $1 AND valid_to IS NULL""";

    Uni<Void> added(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return write(tx, data, ADD, Arrays.asList(uuid(data, "relationId"), event.version(), data.getString("accountId"),
                data.getString("type"), uuid(data, "fromKeyPersonId"), uuid(data, "toKeyPersonId"),
                data.getInteger("strength"), occurredAt(event)));
    }

    Uni<Void> strengthChanged(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return write(tx, data, CHANGE_STRENGTH,
                Arrays.asList(uuid(data, "relationId"), data.getInteger("strength"), occurredAt(event), event.version()));
    }

    Uni<Void> removed(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        return write(tx, data, REMOVE, Arrays.asList(uuid(data, "relationId"), occurredAt(event)));
    }

    private static Uni<Void> write(SqlConnection tx, JsonObject data, String sql, List<Object> values) {
        return tx.preparedQuery(sql).execute(Tuple.from(values))
                .flatMap(ignored -> DirtyMarks.account(tx, data.getString("accountId")));
    }
}
