package com.fivearrows.network.closeness;

import com.fivearrows.network.app.SqlTime;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.network.keyperson.SolutionStance;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.domain.NotFound;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what closeness is computed from, as of any instant, from the tables of the {@code network} projection
 * (see {@code NetworkReadModel}), and keeps the dirty marks the closeness publisher works from.
 *
 * <p>Each read costs one query per kind of input for the whole group ({@code = ANY($1)} over the members), run
 * concurrently. Activity up to t is the running total per person, type and outcome minus the interactions that
 * occurred after t: only that window is read, however long the history.
 *
 * <p>Every method has a form that takes the {@link SqlClient} to run on, so a caller can read inside its own
 * transaction; the others use the pool.
 *
 * <pre>{@code
 * repository.chainAt("opp-42", asOf).flatMap(chain -> repository.personInputs(
 *         chain.members().stream().map(GroupMember::keyPersonId).toList(), asOf)
 *     .map(inputs -> score(chain, inputs)));
 * }</pre>
 */
@ApplicationScoped
public class ClosenessInputsRepository {

    // The latest assessment of each dimension at or before $2, per known person: three rows each, value null if none.
    private static final String ASSESSMENTS = """
            SELECT p.key_person_id, d.dimension, a.value
              FROM key_person p
             CROSS JOIN unnest(ARRAY['LEVEL', 'SOLUTION', 'PRICE']) AS d (dimension)
              LEFT JOIN LATERAL (
                   SELECT value FROM person_assessment a
                    WHERE a.key_person_id = p.key_person_id AND a.dimension = d.dimension AND a.assessed_at <= $2
                    ORDER BY a.assessed_at DESC, a.recorded_position DESC
                    LIMIT 1) a ON TRUE
             WHERE p.key_person_id = ANY($1)""";

    // Running totals minus the window of interactions after $2; as float8, which the score needs (the stored sums stay
    // exact NUMERIC), and unordered: ActivityScore orders its terms itself.
    private static final String ACTIVITY = """
            SELECT t.key_person_id, t.type, t.outcome, t.count - coalesce(w.count, 0) AS count,
                   (t.scaled_sum - coalesce(w.scaled_sum, 0))::float8 AS scaled_sum
              FROM person_activity t
              LEFT JOIN (SELECT key_person_id, type, outcome, count(*) AS count, sum(scaled) AS scaled_sum
                           FROM person_interaction
                          WHERE key_person_id = ANY($1) AND occurred_at > $2
                          GROUP BY key_person_id, type, outcome) w USING (key_person_id, type, outcome)
             WHERE t.key_person_id = ANY($1) AND t.count > coalesce(w.count, 0)""";

    private static final String CHAIN = "SELECT account_id, stage FROM decision_chain WHERE opportunity_id = $1";

    private static final String CHAIN_MEMBERS = """
            SELECT key_person_id, role, influence FROM chain_member
             WHERE opportunity_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
             ORDER BY key_person_id""";

    private static final String CHAIN_RELATIONS = """
            SELECT type, from_key_person_id, to_key_person_id, strength FROM chain_relation
             WHERE opportunity_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
             ORDER BY from_key_person_id, to_key_person_id, type""";

    private static final String ACCOUNT_MEMBERS = """
            SELECT key_person_id, kind AS role, influence FROM key_person_history
             WHERE account_id = $1 AND scope = 'COMPANY' AND active
               AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
             ORDER BY key_person_id""";

    private static final String ACCOUNT_RELATIONS = """
            SELECT type, from_key_person_id, to_key_person_id, strength FROM enterprise_relation
             WHERE account_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
             ORDER BY from_key_person_id, to_key_person_id, type""";

    private static final String PERSON = """
            SELECT h.account_id, h.kind, h.scope, h.influence, h.active, p.department, p.seniority
              FROM key_person p JOIN key_person_history h USING (key_person_id)
             WHERE p.key_person_id = $1 AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2)""";

    // Input changes first, oldest first: an hourly decay pass must not push them back behind every subject.
    private static final String TAKE_DIRTY = """
            SELECT subject_kind, subject_id, marked_at, cause FROM closeness_dirty
             ORDER BY cause = 'TIME_PASSED', marked_at, subject_kind, subject_id
             LIMIT $1""";

    private static final String CLEAR_DIRTY = """
            DELETE FROM closeness_dirty WHERE subject_kind = $1 AND subject_id = $2 AND marked_at = $3""";

    // Everything whose scores move with time: active persons with activity or assessments, the chains of open (or
    // not yet known) opportunities, every account with a COMPANY person. A subject already marked keeps its mark
    // (and its place in the queue); DO NOTHING also means the pass never waits on a row the projection is marking.
    private static final String MARK_ALL_DIRTY = """
            INSERT INTO closeness_dirty (subject_kind, subject_id, marked_at, cause)
            SELECT subject_kind, subject_id, clock_timestamp(), 'TIME_PASSED' FROM (
                   SELECT 'PERSON' AS subject_kind, key_person_id::text AS subject_id
                     FROM key_person p
                    WHERE p.active AND (EXISTS (SELECT 1 FROM person_activity a WHERE a.key_person_id = p.key_person_id)
                                        OR EXISTS (SELECT 1 FROM person_assessment s WHERE s.key_person_id = p.key_person_id))
                   UNION SELECT 'DECISION_CHAIN', opportunity_id FROM decision_chain WHERE coalesce(status, 'OPEN') = 'OPEN'
                   UNION SELECT 'ACCOUNT', account_id FROM key_person WHERE scope = 'COMPANY') AS subjects
             ORDER BY subject_kind, subject_id
            ON CONFLICT (subject_kind, subject_id) DO NOTHING""";

    private static final String SCALED_WITH = "SELECT half_life_ms FROM activity_scale";

    private final Pool pool;

    public ClosenessInputsRepository(Pool pool) {
        this.pool = pool;
    }

    /** See {@link #personInputs(SqlClient, Collection, Instant)}. */
    public Uni<Map<UUID, PersonInputs>> personInputs(Collection<UUID> keyPersonIds, Instant t) {
        return personInputs(pool, keyPersonIds, t);
    }

    /**
     * The inputs of each key person as of {@code t}: the latest assessment of each kind assessed at or before t
     * (of two with the same time, the later recorded), null when there was none, and the activity totals of the
     * interactions that occurred at or before t (a type and outcome with none is left out). Unknown ids are absent
     * from the map.
     */
    public Uni<Map<UUID, PersonInputs>> personInputs(SqlClient client, Collection<UUID> keyPersonIds, Instant t) {
        if (keyPersonIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Tuple args = Tuple.of(keyPersonIds.toArray(UUID[]::new), SqlTime.utc(t));
        return Uni.combine().all()
                .unis(client.preparedQuery(ASSESSMENTS).execute(args), client.preparedQuery(ACTIVITY).execute(args))
                .asTuple()
                .map(rows -> personInputs(rows.getItem1(), rows.getItem2()));
    }

    /** See {@link #chainAt(SqlClient, String, Instant)}. */
    public Uni<GroupStructure> chainAt(String opportunityId, Instant t) {
        return chainAt(pool, opportunityId, t);
    }

    /**
     * A decision chain as of {@code t}: its members then (role and influence in this decision) and the relations
     * between them then, with the chain's current account and stage. Before the chain started it has no members.
     *
     * @throws NotFound (as a failed Uni) when there is no chain for this opportunity
     */
    public Uni<GroupStructure> chainAt(SqlClient client, String opportunityId, Instant t) {
        Tuple args = Tuple.of(opportunityId, SqlTime.utc(t));
        return Uni.combine().all()
                .unis(client.preparedQuery(CHAIN).execute(Tuple.of(opportunityId)),
                        client.preparedQuery(CHAIN_MEMBERS).execute(args),
                        client.preparedQuery(CHAIN_RELATIONS).execute(args))
                .asTuple()
                .map(rows -> {
                    if (rows.getItem1().size() == 0) {
                        throw new NotFound("decision chain", opportunityId);
                    }
                    Row chain = rows.getItem1().iterator().next();
                    List<GroupMember> members = members(rows.getItem2());
                    return group(chain.getString("account_id"), opportunityId, chain.getString("stage"), members,
                            rows.getItem3());
                });
    }

    /** See {@link #accountAt(SqlClient, String, Instant)}. */
    public Uni<GroupStructure> accountAt(String accountId, Instant t) {
        return accountAt(pool, accountId, t);
    }

    /**
     * An account's enterprise relationship group as of {@code t}: the key persons of scope {@code COMPANY} that
     * were active then, each with its kind as role and its influence then, and the enterprise relations between
     * them then. An account without such persons has an empty group.
     */
    public Uni<GroupStructure> accountAt(SqlClient client, String accountId, Instant t) {
        Tuple args = Tuple.of(accountId, SqlTime.utc(t));
        return Uni.combine().all()
                .unis(client.preparedQuery(ACCOUNT_MEMBERS).execute(args),
                        client.preparedQuery(ACCOUNT_RELATIONS).execute(args))
                .asTuple()
                .map(rows -> group(accountId, null, null, members(rows.getItem1()), rows.getItem2()));
    }

    /** See {@link #personAt(SqlClient, UUID, Instant)}. */
    public Uni<PersonStructure> personAt(UUID keyPersonId, Instant t) {
        return personAt(pool, keyPersonId, t);
    }

    /**
     * A key person as of {@code t}: account, kind, scope, influence and whether active then; department and
     * seniority as they are now.
     *
     * @throws NotFound (as a failed Uni) when the person is unknown, or was registered only after {@code t}
     */
    public Uni<PersonStructure> personAt(SqlClient client, UUID keyPersonId, Instant t) {
        return client.preparedQuery(PERSON).execute(Tuple.of(keyPersonId, SqlTime.utc(t))).map(rows -> {
            if (rows.size() == 0) {
                throw new NotFound("key person", keyPersonId.toString());
            }
            Row row = rows.iterator().next();
            String seniority = row.getString("seniority");
            return new PersonStructure(keyPersonId, row.getString("account_id"), Kind.valueOf(row.getString("kind")),
                    Scope.valueOf(row.getString("scope")), row.getInteger("influence"), row.getBoolean("active"),
                    row.getString("department"), seniority == null ? null : Seniority.valueOf(seniority));
        });
    }

    /**
     * Up to {@code limit} dirty subjects: those whose inputs changed before those only time moved, each group
     * longest marked first. Nothing is locked: the publisher serialises work on a subject with an advisory lock, and
     * {@link #clearDirty} keeps a mark renewed in the meantime.
     */
    public Uni<List<DirtySubject>> takeDirty(SqlClient client, int limit) {
        return client.preparedQuery(TAKE_DIRTY).execute(Tuple.of(limit)).map(rows -> {
            List<DirtySubject> subjects = new ArrayList<>(rows.size());
            for (Row row : rows) {
                subjects.add(new DirtySubject(
                        new Subject(Subject.Kind.valueOf(row.getString("subject_kind")), row.getString("subject_id")),
                        SqlTime.instant(row, "marked_at"), ClosenessTrigger.valueOf(row.getString("cause"))));
            }
            return subjects;
        });
    }

    /** Clears a subject's mark after its evaluation, unless it was marked again since it was taken. */
    public Uni<Void> clearDirty(SqlClient client, DirtySubject subject) {
        return client.preparedQuery(CLEAR_DIRTY)
                .execute(Tuple.of(subject.subject().kind().name(), subject.subject().id(), SqlTime.utc(subject.markedAt())))
                .replaceWithVoid();
    }

    /** See {@link #markAllDirty(SqlClient)}. */
    public Uni<Void> markAllDirty() {
        return markAllDirty(pool);
    }

    /**
     * Marks every subject whose scores change with time alone (for the decay pass): each person with activity or
     * assessments, each decision chain, and each account with a {@code COMPANY} key person.
     */
    public Uni<Void> markAllDirty(SqlClient client) {
        return client.query(MARK_ALL_DIRTY).execute().replaceWithVoid();
    }

    /** See {@link #scaledWithHalfLife(SqlClient)}. */
    public Uni<Optional<Duration>> scaledWithHalfLife() {
        return scaledWithHalfLife(pool);
    }

    /**
     * The half-life the stored activity was scaled with, empty while there is none: when it differs from the one
     * configured, the {@code network} projection must be rebuilt (until then it stops at the next interaction).
     */
    public Uni<Optional<Duration>> scaledWithHalfLife(SqlClient client) {
        return client.query(SCALED_WITH).execute().map(rows -> rows.size() == 0
                ? Optional.empty()
                : Optional.of(Duration.ofMillis(rows.iterator().next().getLong("half_life_ms"))));
    }

    private static Map<UUID, PersonInputs> personInputs(RowSet<Row> assessments, RowSet<Row> activity) {
        Map<UUID, List<ActivityTotal>> totals = new HashMap<>();
        for (Row row : activity) {
            ActivityTotal total = new ActivityTotal(InteractionType.valueOf(row.getString("type")),
                    Outcome.valueOf(row.getString("outcome")), row.getLong("count"), row.getDouble("scaled_sum"));
            totals.computeIfAbsent(row.getUUID("key_person_id"), id -> new ArrayList<>()).add(total);
        }
        Map<UUID, String[]> latest = new HashMap<>();
        for (Row row : assessments) {
            String[] values = latest.computeIfAbsent(row.getUUID("key_person_id"), id -> new String[3]);
            switch (row.getString("dimension")) {
                case "LEVEL" -> values[0] = row.getString("value");
                case "SOLUTION" -> values[1] = row.getString("value");
                default -> values[2] = row.getString("value");
            }
        }
        Map<UUID, PersonInputs> inputs = new HashMap<>();
        latest.forEach((id, values) -> inputs.put(id, new PersonInputs(id,
                values[0] == null ? null : RelationshipLevel.valueOf(values[0]),
                values[1] == null ? null : SolutionStance.valueOf(values[1]),
                values[2] == null ? null : PriceStance.valueOf(values[2]),
                totals.getOrDefault(id, List.of()))));
        return inputs;
    }

    private static List<GroupMember> members(RowSet<Row> rows) {
        List<GroupMember> members = new ArrayList<>(rows.size());
        for (Row row : rows) {
            members.add(new GroupMember(row.getUUID("key_person_id"), Kind.valueOf(row.getString("role")),
                    row.getInteger("influence")));
        }
        return members;
    }

    /** The group with the relations whose both ends are among its members. */
    private static GroupStructure group(String accountId, String opportunityId, String stage, List<GroupMember> members,
                                        RowSet<Row> relations) {
        Set<UUID> ids = new HashSet<>();
        members.forEach(member -> ids.add(member.keyPersonId()));
        List<InfluenceEdge> influences = new ArrayList<>();
        List<ReportsToRow> reportsTo = new ArrayList<>();
        for (Row row : relations) {
            UUID from = row.getUUID("from_key_person_id");
            UUID to = row.getUUID("to_key_person_id");
            if (!ids.contains(from) || !ids.contains(to)) {
                continue;
            }
            if (RelationType.valueOf(row.getString("type")) == RelationType.INFLUENCES) {
                influences.add(new InfluenceEdge(from, to, row.getInteger("strength")));
            } else {
                reportsTo.add(new ReportsToRow(from, to));
            }
        }
        return new GroupStructure(accountId, opportunityId, stage, members, influences, reportsTo);
    }
}
