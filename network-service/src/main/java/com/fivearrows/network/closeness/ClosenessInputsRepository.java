package com.fivearrows.network.closeness;

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
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * concurrently, and reads two instants at once ({@link NowAndThen}: a reading and its trend basis) for the price of
 * one. Activity up to t is the running total per person, type and outcome minus the interactions that occurred after
 * t: only that window is read, however long the history.
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

    // Whether a row of a temporal table (valid_from inclusive, valid_to exclusive or null) was valid at $2 (now) and at
    // $3 (then, not after now); the rows read are those valid at some instant between the two.
    private static final String VALID_NOW_AND_THEN = """
            valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2) AS valid_now,
            valid_from <= $3 AND (valid_to IS NULL OR valid_to > $3) AS valid_then""";

    private static final String VALID_BETWEEN = "valid_from <= $2 AND (valid_to IS NULL OR valid_to > $3)";

    // The latest assessment of each dimension at or before $2 (now) and at or before $3 (then), per known person:
    // three rows each, a value null if there was none.
    private static final String ASSESSMENTS = """
            SELECT p.key_person_id, d.dimension, n.value AS value_now, t.value AS value_then
              FROM key_person p
             CROSS JOIN unnest(ARRAY['LEVEL', 'SOLUTION', 'PRICE']) AS d (dimension)
              LEFT JOIN LATERAL (
                   SELECT value FROM person_assessment a
                    WHERE a.key_person_id = p.key_person_id AND a.dimension = d.dimension AND a.assessed_at <= $2
                    ORDER BY a.assessed_at DESC, a.recorded_position DESC
                    LIMIT 1) n ON TRUE
              LEFT JOIN LATERAL (
                   SELECT value FROM person_assessment a
                    WHERE a.key_person_id = p.key_person_id AND a.dimension = d.dimension AND a.assessed_at <= $3
                    ORDER BY a.assessed_at DESC, a.recorded_position DESC
                    LIMIT 1) t ON TRUE
             WHERE p.key_person_id = ANY($1)""";

    // Weighed running totals minus the interactions after $2 (now) and after $3 (then): one row per person, one scan
    // of the window after then, however long the history. As float8, which the score needs; the stored sums stay
    // exact NUMERIC. A person without interactions has no row.
    private static final String WEIGHTED_ACTIVITY = """
            SELECT t.key_person_id,
                   (t.weighted_sum - coalesce(w.after_now, 0))::float8 AS weighted_now,
                   (t.weighted_sum - coalesce(w.after_then, 0))::float8 AS weighted_then
              FROM person_activity_total t
              LEFT JOIN (SELECT key_person_id, sum(weighted) FILTER (WHERE occurred_at > $2) AS after_now,
                                sum(weighted) AS after_then
                           FROM person_interaction
                          WHERE key_person_id = ANY($1) AND occurred_at > $3
                          GROUP BY key_person_id) w USING (key_person_id)
             WHERE t.key_person_id = ANY($1)""";

    // The same per type and outcome, at $2, to explain a person's activity: running totals minus the window after $2.
    // Unordered: ActivityScore orders its terms itself.
    private static final String ACTIVITY_BREAKDOWN = """
            SELECT t.key_person_id, t.type, t.outcome, t.count - coalesce(w.count, 0) AS count,
                   (t.scaled_sum - coalesce(w.scaled_sum, 0))::float8 AS scaled_sum
              FROM person_activity t
              LEFT JOIN (SELECT key_person_id, type, outcome, count(*) AS count, sum(scaled) AS scaled_sum
                           FROM person_interaction
                          WHERE key_person_id = ANY($1) AND occurred_at > $2
                          GROUP BY key_person_id, type, outcome) w USING (key_person_id, type, outcome)
             WHERE t.key_person_id = ANY($1) AND t.count > coalesce(w.count, 0)""";

    // Structures are read for many groups at once (the publisher evaluates a round's subjects together): each row names
    // its group, and rows come ordered by group.
    private static final String CHAINS = "SELECT opportunity_id, account_id, stage FROM decision_chain WHERE opportunity_id = ANY($1)";

    private static final String CHAIN_MEMBERS = """
            SELECT opportunity_id AS group_id, key_person_id, role, influence, %s FROM chain_member
             WHERE opportunity_id = ANY($1) AND %s
             ORDER BY opportunity_id, key_person_id""".formatted(VALID_NOW_AND_THEN, VALID_BETWEEN);

    private static final String CHAIN_RELATIONS = """
            SELECT opportunity_id AS group_id, type, from_key_person_id, to_key_person_id, strength, %s FROM chain_relation
             WHERE opportunity_id = ANY($1) AND %s
             ORDER BY opportunity_id, from_key_person_id, to_key_person_id, type""".formatted(VALID_NOW_AND_THEN, VALID_BETWEEN);

    private static final String KNOWN_ACCOUNTS = """
            SELECT a.account_id FROM unnest($1::text[]) AS a (account_id)
             WHERE EXISTS (SELECT 1 FROM key_person p WHERE p.account_id = a.account_id)""";

    private static final String ACCOUNT_MEMBERS = """
            SELECT account_id AS group_id, key_person_id, kind AS role, influence, %s FROM key_person_history
             WHERE account_id = ANY($1) AND scope = 'COMPANY' AND active AND %s
             ORDER BY account_id, key_person_id""".formatted(VALID_NOW_AND_THEN, VALID_BETWEEN);

    private static final String ACCOUNT_RELATIONS = """
            SELECT account_id AS group_id, type, from_key_person_id, to_key_person_id, strength, %s FROM enterprise_relation
             WHERE account_id = ANY($1) AND %s
             ORDER BY account_id, from_key_person_id, to_key_person_id, type""".formatted(VALID_NOW_AND_THEN, VALID_BETWEEN);

    private static final String PERSONS = """
            SELECT p.key_person_id, h.account_id, h.kind, h.scope, h.influence, h.active, p.department, p.seniority
              FROM key_person p JOIN key_person_history h USING (key_person_id)
             WHERE p.key_person_id = ANY($1) AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2)""";

    // Input changes first, oldest first: an hourly decay pass must not push them back behind every subject.
    private static final String TAKE_DIRTY = """
            SELECT subject_kind, subject_id, marked_at, cause FROM closeness_dirty
             ORDER BY cause = 'TIME_PASSED', marked_at, subject_kind, subject_id
             LIMIT $1""";

    private static final String CLEAR_DIRTY = """
            DELETE FROM closeness_dirty d
             USING unnest($1::text[], $2::text[], $3::timestamptz[]) AS m (subject_kind, subject_id, marked_at)
             WHERE d.subject_kind = m.subject_kind AND d.subject_id = m.subject_id AND d.marked_at = m.marked_at""";

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

    private static final String SCALED_WITH = "SELECT half_life_ms, weighing FROM activity_scale";

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
     * (of two with the same time, the later recorded), null when there was none, and the weighed activity of the
     * interactions that occurred at or before t, without its breakdown (see {@link #activityBreakdown}). Unknown ids
     * are absent from the map.
     */
    public Uni<Map<UUID, PersonInputs>> personInputs(SqlClient client, Collection<UUID> keyPersonIds, Instant t) {
        return personInputs(client, keyPersonIds, t, t).map(NowAndThen::now);
    }

    /** See {@link #personInputs(SqlClient, Collection, Instant, Instant)}. */
    public Uni<NowAndThen<Map<UUID, PersonInputs>>> personInputs(Collection<UUID> keyPersonIds, Instant now, Instant then) {
        return personInputs(pool, keyPersonIds, now, then);
    }

    /**
     * {@link #personInputs(SqlClient, Collection, Instant) The inputs} of each key person as of {@code now} and as of
     * {@code then}, read together.
     *
     * @throws IllegalArgumentException when {@code then} is after {@code now}
     */
    public Uni<NowAndThen<Map<UUID, PersonInputs>>> personInputs(SqlClient client, Collection<UUID> keyPersonIds,
                                                                 Instant now, Instant then) {
        Tuple args = nowAndThen(keyPersonIds.toArray(UUID[]::new), now, then);
        if (keyPersonIds.isEmpty()) {
            return Uni.createFrom().item(new NowAndThen<>(Map.of(), Map.of()));
        }
        return Uni.combine().all()
                .unis(client.preparedQuery(ASSESSMENTS).execute(args),
                        client.preparedQuery(WEIGHTED_ACTIVITY).execute(args))
                .asTuple()
                .map(rows -> new NowAndThen<>(personInputs(rows.getItem1(), rows.getItem2(), At.NOW),
                        personInputs(rows.getItem1(), rows.getItem2(), At.THEN)));
    }

    /** See {@link #activityBreakdown(SqlClient, Collection, Instant)}. */
    public Uni<Map<UUID, List<ActivityTotal>>> activityBreakdown(Collection<UUID> keyPersonIds, Instant t) {
        return activityBreakdown(pool, keyPersonIds, t);
    }

    /**
     * What explains each key person's activity as of {@code t}: the totals per type and outcome of the interactions
     * that occurred at or before t (a type and outcome with none is left out; a person with none is absent).
     */
    public Uni<Map<UUID, List<ActivityTotal>>> activityBreakdown(SqlClient client, Collection<UUID> keyPersonIds,
                                                                  Instant t) {
        return client.preparedQuery(ACTIVITY_BREAKDOWN)
                .execute(Tuple.of(keyPersonIds.toArray(UUID[]::new), SqlTime.utc(t)))
                .map(rows -> {
                    Map<UUID, List<ActivityTotal>> totals = new HashMap<>();
                    for (Row row : rows) {
                        ActivityTotal total = new ActivityTotal(InteractionType.valueOf(row.getString(1)),
                                Outcome.valueOf(row.getString(2)), row.getLong(3), row.getDouble(4));
                        totals.computeIfAbsent(row.getUUID(0), id -> new ArrayList<>()).add(total);
                    }
                    return totals;
                });
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
        return chainAt(client, opportunityId, t, t).map(NowAndThen::now);
    }

    /**
     * {@link #chainAt(SqlClient, String, Instant) A decision chain} as of {@code now} and as of {@code then}, read
     * together.
     *
     * @throws NotFound (as a failed Uni) when there is no chain for this opportunity
     * @throws IllegalArgumentException when {@code then} is after {@code now}
     */
    public Uni<NowAndThen<GroupStructure>> chainAt(SqlClient client, String opportunityId, Instant now, Instant then) {
        return chainsAt(client, List.of(opportunityId), now, then).map(chains -> {
            NowAndThen<GroupStructure> chain = chains.get(opportunityId);
            if (chain == null) {
                throw new NotFound("decision chain", opportunityId);
            }
            return chain;
        });
    }

    /**
     * {@link #chainAt(SqlClient, String, Instant, Instant) Decision chains} as of {@code now} and as of {@code then},
     * in three queries however many: an opportunity without a chain is absent from the map.
     */
    public Uni<Map<String, NowAndThen<GroupStructure>>> chainsAt(SqlClient client, Collection<String> opportunityIds,
                                                                 Instant now, Instant then) {
        if (opportunityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] ids = opportunityIds.toArray(String[]::new);
        Tuple args = nowAndThen(ids, now, then);
        return Uni.combine().all()
                .unis(client.preparedQuery(CHAINS).execute(Tuple.of(ids)),
                        client.preparedQuery(CHAIN_MEMBERS).execute(args),
                        client.preparedQuery(CHAIN_RELATIONS).execute(args))
                .asTuple()
                .map(rows -> {
                    Map<String, List<Row>> members = byGroup(rows.getItem2());
                    Map<String, List<Row>> relations = byGroup(rows.getItem3());
                    Map<String, NowAndThen<GroupStructure>> chains = new HashMap<>();
                    for (Row chain : rows.getItem1()) {
                        String opportunityId = chain.getString("opportunity_id");
                        String accountId = chain.getString("account_id");
                        String stage = chain.getString("stage");
                        List<Row> memberRows = members.getOrDefault(opportunityId, List.of());
                        List<Row> relationRows = relations.getOrDefault(opportunityId, List.of());
                        chains.put(opportunityId, new NowAndThen<>(
                                group(accountId, opportunityId, stage, memberRows, relationRows, At.NOW),
                                group(accountId, opportunityId, stage, memberRows, relationRows, At.THEN)));
                    }
                    return chains;
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
        return accountAt(client, accountId, t, t).map(NowAndThen::now);
    }

    /**
     * {@link #accountAt(SqlClient, String, Instant) An account's group} as of {@code now} and as of {@code then},
     * read together.
     *
     * @throws IllegalArgumentException when {@code then} is after {@code now}
     */
    public Uni<NowAndThen<GroupStructure>> accountAt(SqlClient client, String accountId, Instant now, Instant then) {
        return accountsAt(client, List.of(accountId), now, then).map(accounts -> accounts.get(accountId));
    }

    /**
     * {@link #accountAt(SqlClient, String, Instant, Instant) Accounts' groups} as of {@code now} and as of
     * {@code then}, in two queries however many: every account asked for is in the map.
     */
    public Uni<Map<String, NowAndThen<GroupStructure>>> accountsAt(SqlClient client, Collection<String> accountIds,
                                                                   Instant now, Instant then) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Tuple args = nowAndThen(accountIds.toArray(String[]::new), now, then);
        return Uni.combine().all()
                .unis(client.preparedQuery(ACCOUNT_MEMBERS).execute(args),
                        client.preparedQuery(ACCOUNT_RELATIONS).execute(args))
                .asTuple()
                .map(rows -> {
                    Map<String, List<Row>> members = byGroup(rows.getItem1());
                    Map<String, List<Row>> relations = byGroup(rows.getItem2());
                    Map<String, NowAndThen<GroupStructure>> accounts = new HashMap<>();
                    for (String accountId : accountIds) {
                        List<Row> memberRows = members.getOrDefault(accountId, List.of());
                        List<Row> relationRows = relations.getOrDefault(accountId, List.of());
                        accounts.put(accountId, new NowAndThen<>(group(accountId, null, null, memberRows, relationRows, At.NOW),
                                group(accountId, null, null, memberRows, relationRows, At.THEN)));
                    }
                    return accounts;
                });
    }

    /** Of the accounts given, those with a key person ever registered: an account without is unknown here. */
    public Uni<Set<String>> knownAccounts(SqlClient client, Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return client.preparedQuery(KNOWN_ACCOUNTS).execute(Tuple.of(accountIds.toArray(String[]::new))).map(rows -> {
            Set<String> known = new HashSet<>();
            rows.forEach(row -> known.add(row.getString(0)));
            return known;
        });
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
        return personsAt(client, List.of(keyPersonId), t).map(persons -> {
            PersonStructure person = persons.get(keyPersonId);
            if (person == null) {
                throw new NotFound("key person", keyPersonId.toString());
            }
            return person;
        });
    }

    /**
     * {@link #personAt(SqlClient, UUID, Instant) Key persons} as of {@code t}, in one query however many: a person
     * unknown then is absent from the map.
     */
    public Uni<Map<UUID, PersonStructure>> personsAt(SqlClient client, Collection<UUID> keyPersonIds, Instant t) {
        if (keyPersonIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(PERSONS).execute(Tuple.of(keyPersonIds.toArray(UUID[]::new), SqlTime.utc(t))).map(rows -> {
            Map<UUID, PersonStructure> persons = new HashMap<>();
            for (Row row : rows) {
                UUID id = row.getUUID("key_person_id");
                String seniority = row.getString("seniority");
                persons.put(id, new PersonStructure(id, row.getString("account_id"), Kind.valueOf(row.getString("kind")),
                        Scope.valueOf(row.getString("scope")), row.getInteger("influence"), row.getBoolean("active"),
                        row.getString("department"), seniority == null ? null : Seniority.valueOf(seniority)));
            }
            return persons;
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

    /** Clears the subjects' marks after their evaluation, each unless it was marked again since it was taken. */
    public Uni<Void> clearDirty(SqlClient client, Collection<DirtySubject> subjects) {
        String[] kinds = new String[subjects.size()];
        String[] ids = new String[subjects.size()];
        OffsetDateTime[] markedAt = new OffsetDateTime[subjects.size()];
        int i = 0;
        for (DirtySubject subject : subjects) {
            kinds[i] = subject.subject().kind().name();
            ids[i] = subject.subject().id();
            markedAt[i++] = SqlTime.utc(subject.markedAt());
        }
        return client.preparedQuery(CLEAR_DIRTY).execute(Tuple.of(kinds, ids, markedAt)).replaceWithVoid();
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

    /** See {@link #scaledWith(SqlClient)}. */
    public Uni<Optional<Scaling>> scaledWith() {
        return scaledWith(pool);
    }

    /**
     * The half-life and weighing the stored activity was projected with, empty while there is none: when they
     * differ from the ones configured, the {@code network} projection must be rebuilt (until then it stops at the
     * next interaction).
     */
    public Uni<Optional<Scaling>> scaledWith(SqlClient client) {
        return client.query(SCALED_WITH).execute().map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new Scaling(Duration.ofMillis(row.getLong("half_life_ms")), row.getString("weighing")));
        });
    }

    /**
     * How the stored activity was projected.
     *
     * @param weighing {@link ActivityWeighing#description()} of the weights then; null when projected before the
     *                 activity was weighed
     */
    public record Scaling(Duration halfLife, String weighing) {
    }

    /** The arguments of a read at two instants: {@code $1} what is read, {@code $2} now, {@code $3} then. */
    private static Tuple nowAndThen(Object subject, Instant now, Instant then) {
        if (then.isAfter(now)) {
            throw new IllegalArgumentException("Then (" + then + ") must not be after now (" + now + ")");
        }
        return Tuple.of(subject, SqlTime.utc(now), SqlTime.utc(then));
    }

    /** The inputs at one of the two instants read, without the activity's breakdown. */
    private static Map<UUID, PersonInputs> personInputs(RowSet<Row> assessments, RowSet<Row> activity, At at) {
        Map<UUID, Double> weighted = new HashMap<>();
        for (Row row : activity) {
            weighted.put(row.getUUID(0), row.getDouble(at.weighted));
        }
        Map<UUID, String[]> latest = new HashMap<>();
        for (Row row : assessments) {
            String[] values = latest.computeIfAbsent(row.getUUID(0), id -> new String[3]);
            String value = row.getString(at.value);
            switch (row.getString(1)) {
                case "LEVEL" -> values[0] = value;
                case "SOLUTION" -> values[1] = value;
                default -> values[2] = value;
            }
        }
        Map<UUID, PersonInputs> inputs = new HashMap<>();
        latest.forEach((id, values) -> inputs.put(id, new PersonInputs(id,
                values[0] == null ? null : RelationshipLevel.valueOf(values[0]),
                values[1] == null ? null : SolutionStance.valueOf(values[1]),
                values[2] == null ? null : PriceStance.valueOf(values[2]),
                weighted.getOrDefault(id, 0.0), List.of())));
        return inputs;
    }

    /** Rows of several groups, by the group each names ({@code group_id}), in the order read. */
    private static Map<String, List<Row>> byGroup(RowSet<Row> rows) {
        Map<String, List<Row>> groups = new HashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.getString("group_id"), id -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /** The group at one of the two instants read, with the relations whose both ends are among its members. */
    private static GroupStructure group(String accountId, String opportunityId, String stage, List<Row> memberRows,
                                        List<Row> relations, At at) {
        List<GroupMember> members = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (Row row : memberRows) {
            if (row.getBoolean(at.valid)) {
                members.add(new GroupMember(row.getUUID("key_person_id"), Kind.valueOf(row.getString("role")),
                        row.getInteger("influence")));
                ids.add(row.getUUID("key_person_id"));
            }
        }
        List<InfluenceEdge> influences = new ArrayList<>();
        List<ReportsToRow> reportsTo = new ArrayList<>();
        for (Row row : relations) {
            UUID from = row.getUUID("from_key_person_id");
            UUID to = row.getUUID("to_key_person_id");
            if (!row.getBoolean(at.valid) || !ids.contains(from) || !ids.contains(to)) {
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

    /**
     * One of the two instants of a reading: the name of its validity column in the structure queries, and the
     * positions of its columns in the two queries read per person (the assessment in ASSESSMENTS, the weighed
     * activity in WEIGHTED_ACTIVITY), which are read by position for speed.
     */
    private enum At {
        NOW("valid_now", 2, 1),
        THEN("valid_then", 3, 2);

        final String valid;
        final int value;
        final int weighted;

        At(String valid, int value, int weighted) {
            this.valid = valid;
            this.value = value;
            this.weighted = weighted;
        }
    }
}
