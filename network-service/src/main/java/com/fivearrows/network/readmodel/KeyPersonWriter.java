package com.fivearrows.network.readmodel;

import static com.fivearrows.network.readmodel.EventData.occurredAt;
import static com.fivearrows.network.readmodel.EventData.strings;
import static com.fivearrows.network.readmodel.EventData.time;
import static com.fivearrows.network.readmodel.EventData.uuid;

import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Key person events into {@code key_person} (now), {@code key_person_history} (account, scope, kind, influence
 * and active per period) and {@code person_assessment}; each marks the person, its account and its chains dirty.
 */
final class KeyPersonWriter {

    private static final String REGISTER = """
            WITH person AS (
                INSERT INTO key_person (key_person_id, account_id, name, title, department, seniority, scope, kind,
                                        influence, political_status, decision_orientation, email, external_ids, active,
                                        registered_by, registered_at, updated_at, version)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, TRUE, $14, $15, $15, $16)
                RETURNING key_person_id, account_id, scope, kind, influence, registered_at, version)
            INSERT INTO key_person_history (key_person_id, since_version, account_id, scope, kind, influence, active,
                                            valid_from)
            SELECT key_person_id, version, account_id, scope, kind, influence, TRUE, registered_at FROM person""";

    // Appended to a "WITH person AS (UPDATE key_person ... RETURNING ...)": when the update changed what shapes the
    // person's groups, the current period ends and the next one starts at the event's time.
    private static final String NEXT_PERIOD = """
                RETURNING key_person_id, account_id, scope, kind, influence, active, updated_at, version),
            closed AS (
                UPDATE key_person_history h SET valid_to = greatest(h.valid_from, p.updated_at)
                  FROM person p
                 WHERE h.key_person_id = p.key_person_id AND h.valid_to IS NULL
                   AND (h.account_id, h.scope, h.kind, h.influence, h.active)
                       IS DISTINCT FROM (p.account_id, p.scope, p.kind, p.influence, p.active)
                RETURNING h.valid_to)
            INSERT INTO key_person_history (key_person_id, since_version, account_id, scope, kind, influence, active,
                                            valid_from)
            SELECT p.key_person_id, p.version, p.account_id, p.scope, p.kind, p.influence, p.active, c.valid_to
              FROM person p, closed c""";

    private static final String UPDATE = """
            WITH person AS (
                UPDATE key_person SET name = $2, title = $3, department = $4, seniority = $5, scope = $6, kind = $7,
                       influence = $8, political_status = $9, decision_orientation = $10, email = $11, external_ids = $12,
                       updated_at = $13, version = $14
                 WHERE key_person_id = $1
            """ + NEXT_PERIOD;

    private static final String DEACTIVATE = """
            WITH person AS (
                UPDATE key_person SET active = FALSE, deactivation_reason = $2, updated_at = $3, version = $4
                 WHERE key_person_id = $1
            """ + NEXT_PERIOD;

    private static final String ASSESS = """
            WITH assessed AS (
                INSERT INTO person_assessment (key_person_id, dimension, assessed_at, recorded_position, value, assessed_by,
                                               note)
                VALUES ($1, $2, $3, $4, $5, $6, $7))
            UPDATE key_person SET updated_at = $8, version = $9 WHERE key_person_id = $1""";

    Uni<Void> registered(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        UUID keyPersonId = uuid(data, "keyPersonId");
        List<Object> values = new ArrayList<>();
        values.add(keyPersonId);
        values.add(data.getString("accountId"));
        values.addAll(profile(data.getJsonObject("profile")));
        values.addAll(Arrays.asList(data.getString("registeredBy"), occurredAt(event), event.version()));
        return write(tx, REGISTER, values, keyPersonId);
    }

    Uni<Void> updated(SqlConnection tx, StoredEvent event) {
        UUID keyPersonId = uuid(event.data(), "keyPersonId");
        List<Object> values = new ArrayList<>();
        values.add(keyPersonId);
        values.addAll(profile(event.data().getJsonObject("profile")));
        values.addAll(Arrays.asList(occurredAt(event), event.version()));
        return write(tx, UPDATE, values, keyPersonId);
    }

    Uni<Void> deactivated(SqlConnection tx, StoredEvent event) {
        UUID keyPersonId = uuid(event.data(), "keyPersonId");
        return write(tx, DEACTIVATE,
                Arrays.asList(keyPersonId, event.data().getString("reason"), occurredAt(event), event.version()), keyPersonId);
    }

    /**
     * An assessment of one dimension ({@code LEVEL}, {@code SOLUTION} or {@code PRICE}) whose value is the event's
     * {@code valueField}; its store position orders it after earlier assessments with the same time.
     */
    Uni<Void> assessed(SqlConnection tx, StoredEvent event, String dimension, String valueField) {
        JsonObject data = event.data();
        UUID keyPersonId = uuid(data, "keyPersonId");
        return write(tx, ASSESS, Arrays.asList(keyPersonId, dimension, time(data, "assessedAt"),
                event.globalPosition().position(), data.getString(valueField), data.getString("assessedBy"),
                data.getString("note"), occurredAt(event), event.version()), keyPersonId);
    }

    private static Uni<Void> write(SqlConnection tx, String sql, List<Object> values, UUID keyPersonId) {
        return tx.preparedQuery(sql).execute(Tuple.from(values))
                .flatMap(ignored -> DirtyMarks.persons(tx, Set.of(keyPersonId)));
    }

    /** The profile's columns in table order, name to external ids. */
    private static List<Object> profile(JsonObject profile) {
        String[] externalIds = strings(profile, "externalIds");
        return Arrays.asList(profile.getString("name"), profile.getString("title"), profile.getString("department"),
                profile.getString("seniority"), profile.getString("scope"), profile.getString("kind"),
                profile.getInteger("influence"), profile.getString("politicalStatus"),
                profile.getString("decisionOrientation"), profile.getString("email"),
                externalIds == null ? new String[0] : externalIds);
    }
}
