package com.fivearrows.network.readmodel;

import static com.fivearrows.network.readmodel.EventData.occurredAt;
import static com.fivearrows.network.readmodel.EventData.time;
import static com.fivearrows.network.readmodel.EventData.uuid;
import static com.fivearrows.network.readmodel.EventData.uuids;

import com.fivearrows.network.closeness.ActivityWeighing;
import com.fivearrows.network.closeness.DecayScale;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code InteractionRecorded} events into {@code interaction}, {@code person_interaction} (each interaction once per
 * key person, with its decay-scaled value and that value weighed, see {@link ActivityWeighing}), the running totals
 * per type and outcome of {@code person_activity} and the weighed ones of {@code person_activity_total}, and marks every
 * person in them dirty with their accounts and chains. A run of interactions is written with one statement per
 * table, whatever its length: a replay applies a batch of hundreds at once.
 *
 * <p>The scaled value is {@link DecayScale#factor} of the time the interaction occurred, kept as the exact decimal
 * value of that double (and so is the weighed one), so the totals are exact sums: the same whatever order and
 * grouping they were added in.
 */
final class InteractionWriter {

    // A no-op update on conflict, so the half-life and weighing already recorded come back either way.
    private static final String CLAIM_SCALE = """
            INSERT INTO activity_scale AS s (only_row, half_life_ms, weighing) VALUES (TRUE, $1, $2)
            ON CONFLICT (only_row) DO UPDATE SET half_life_ms = s.half_life_ms
            RETURNING half_life_ms, weighing""";

    // The key person ids of an interaction travel as one array literal each: unnest takes no ragged arrays.
    private static final String INSERT_INTERACTIONS = """
            INSERT INTO interaction (interaction_id, key_person_ids, seller, type, outcome, source, external_id,
                                     opportunity_id, notes, occurred_at, recorded_at)
            SELECT id, key_person_ids::uuid[], seller, type, outcome, source, external_id, opportunity_id, notes,
                   occurred_at, recorded_at
              FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::text[], $10::timestamptz[], $11::timestamptz[])
                   AS i (id, key_person_ids, seller, type, outcome, source, external_id, opportunity_id, notes,
                         occurred_at, recorded_at)""";

    private static final String INSERT_PERSON_INTERACTIONS = """
            INSERT INTO person_interaction (key_person_id, occurred_at, interaction_id, seller, type, outcome, scaled,
                                            weighted)
            SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                                 $7::numeric[], $8::numeric[])""";

    private static final String ADD_ACTIVITY = """
            INSERT INTO person_activity AS a (key_person_id, type, outcome, count, scaled_sum)
            SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::numeric[])
            ON CONFLICT (key_person_id, type, outcome) DO UPDATE
               SET count = a.count + EXCLUDED.count, scaled_sum = a.scaled_sum + EXCLUDED.scaled_sum""";

    private static final String ADD_TOTAL = """
            INSERT INTO person_activity_total AS a (key_person_id, count, weighted_sum)
            SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::numeric[])
            ON CONFLICT (key_person_id) DO UPDATE
               SET count = a.count + EXCLUDED.count, weighted_sum = a.weighted_sum + EXCLUDED.weighted_sum""";

    private final ActivityWeighing weighing;

    InteractionWriter(ActivityWeighing weighing) {
        this.weighing = weighing;
    }

    /** Writes a run of {@code InteractionRecorded} events, in store order. */
    Uni<Void> recorded(SqlConnection tx, List<StoredEvent> events) {
        List<Recorded> interactions = events.stream().map(this::recorded).toList();
        Set<UUID> persons = new LinkedHashSet<>();
        interactions.forEach(interaction -> persons.addAll(interaction.keyPersonIds()));
        return checkScale(tx)
                .flatMap(ignored -> tx.preparedQuery(INSERT_INTERACTIONS).execute(interactionRows(interactions)))
                .flatMap(ignored -> tx.preparedQuery(INSERT_PERSON_INTERACTIONS).execute(personRows(interactions)))
                .flatMap(ignored -> tx.preparedQuery(ADD_ACTIVITY).execute(activityRows(interactions)))
                .flatMap(ignored -> tx.preparedQuery(ADD_TOTAL).execute(totalRows(interactions)))
                .flatMap(ignored -> DirtyMarks.persons(tx, persons));
    }

    /**
     * Refuses to add to totals scaled with another half-life or weighed with other weights: they would no longer
     * mean anything. The projection then stops with this message until it is rebuilt with the configuration now in
     * force.
     */
    private Uni<Void> checkScale(SqlConnection tx) {
        Duration halfLife = weighing.scale().halfLife();
        String configured = weighing.description();
        return tx.preparedQuery(CLAIM_SCALE).execute(Tuple.of(halfLife.toMillis(), configured)).invoke(rows -> {
            Row row = rows.iterator().next();
            long recordedHalfLife = row.getLong("half_life_ms");
            if (recordedHalfLife != halfLife.toMillis()) {
                throw new IllegalStateException("The activity in the read model is scaled with a half-life of "
                        + Duration.ofMillis(recordedHalfLife) + " but network.closeness.half-life is " + halfLife
                        + ": rebuild the network projection");
            }
            if (!configured.equals(row.getString("weighing"))) {
                throw new IllegalStateException("The activity in the read model is weighed with " + row.getString("weighing")
                        + " but network.closeness type weights and outcome multipliers are " + configured
                        + ": rebuild the network projection");
            }
        }).replaceWithVoid();
    }

    private Recorded recorded(StoredEvent event) {
        JsonObject data = event.data();
        Instant occurredAt = data.getInstant("occurredAt");
        String type = data.getString("type");
        String outcome = data.getString("outcome");
        return new Recorded(uuid(data, "interactionId"), List.copyOf(uuids(data, "keyPersonIds")), data.getString("seller"),
                type, outcome, data.getString("source"), data.getString("externalId"),
                data.getString("opportunityId"), data.getString("notes"), time(occurredAt), occurredAt(event),
                new BigDecimal(weighing.scale().factor(occurredAt)),
                new BigDecimal(weighing.weighted(InteractionType.valueOf(type), Outcome.valueOf(outcome), occurredAt)));
    }

    private static Tuple interactionRows(List<Recorded> interactions) {
        int n = interactions.size();
        UUID[] ids = new UUID[n];
        String[] keyPersonIds = new String[n];
        String[] sellers = new String[n];
        String[] types = new String[n];
        String[] outcomes = new String[n];
        String[] sources = new String[n];
        String[] externalIds = new String[n];
        String[] opportunityIds = new String[n];
        String[] notes = new String[n];
        OffsetDateTime[] occurred = new OffsetDateTime[n];
        OffsetDateTime[] recorded = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            Recorded interaction = interactions.get(i);
            ids[i] = interaction.interactionId();
            keyPersonIds[i] = interaction.keyPersonIds().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
            sellers[i] = interaction.seller();
            types[i] = interaction.type();
            outcomes[i] = interaction.outcome();
            sources[i] = interaction.source();
            externalIds[i] = interaction.externalId();
            opportunityIds[i] = interaction.opportunityId();
            notes[i] = interaction.notes();
            occurred[i] = interaction.occurredAt();
            recorded[i] = interaction.recordedAt();
        }
        return Tuple.from(Arrays.asList(ids, keyPersonIds, sellers, types, outcomes, sources, externalIds, opportunityIds,
                notes, occurred, recorded));
    }

    private static Tuple personRows(List<Recorded> interactions) {
        List<UUID> persons = new ArrayList<>();
        List<OffsetDateTime> occurred = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<String> sellers = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        List<BigDecimal> scaled = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        for (Recorded interaction : interactions) {
            for (UUID person : interaction.keyPersonIds()) {
                persons.add(person);
                occurred.add(interaction.occurredAt());
                ids.add(interaction.interactionId());
                sellers.add(interaction.seller());
                types.add(interaction.type());
                outcomes.add(interaction.outcome());
                scaled.add(interaction.scaled());
                weighted.add(interaction.weighted());
            }
        }
        return Tuple.from(Arrays.asList(persons.toArray(UUID[]::new), occurred.toArray(OffsetDateTime[]::new),
                ids.toArray(UUID[]::new), sellers.toArray(String[]::new), types.toArray(String[]::new),
                outcomes.toArray(String[]::new), scaled.toArray(BigDecimal[]::new), weighted.toArray(BigDecimal[]::new)));
    }

    /** One row per person, type and outcome of the run: how many interactions and the sum of their scaled weights. */
    private static Tuple activityRows(List<Recorded> interactions) {
        Map<Bucket, Total> totals = new LinkedHashMap<>();
        for (Recorded interaction : interactions) {
            for (UUID person : interaction.keyPersonIds()) {
                totals.computeIfAbsent(new Bucket(person, interaction.type(), interaction.outcome()), key -> new Total())
                        .add(interaction.scaled());
            }
        }
        int n = totals.size();
        UUID[] persons = new UUID[n];
        String[] types = new String[n];
        String[] outcomes = new String[n];
        Long[] counts = new Long[n];
        BigDecimal[] sums = new BigDecimal[n];
        int i = 0;
        for (Map.Entry<Bucket, Total> entry : totals.entrySet()) {
            persons[i] = entry.getKey().keyPersonId();
            types[i] = entry.getKey().type();
            outcomes[i] = entry.getKey().outcome();
            counts[i] = entry.getValue().count;
            sums[i] = entry.getValue().sum;
            i++;
        }
        return Tuple.from(Arrays.asList(persons, types, outcomes, counts, sums));
    }

    /** One row per person of the run: how many interactions and the sum of their weighed values. */
    private static Tuple totalRows(List<Recorded> interactions) {
        Map<UUID, Total> totals = new LinkedHashMap<>();
        for (Recorded interaction : interactions) {
            for (UUID person : interaction.keyPersonIds()) {
                totals.computeIfAbsent(person, key -> new Total()).add(interaction.weighted());
            }
        }
        Long[] counts = new Long[totals.size()];
        BigDecimal[] sums = new BigDecimal[totals.size()];
        int i = 0;
        for (Total total : totals.values()) {
            counts[i] = total.count;
            sums[i] = total.sum;
            i++;
        }
        return Tuple.from(Arrays.asList(totals.keySet().toArray(UUID[]::new), counts, sums));
    }

    private record Recorded(UUID interactionId, List<UUID> keyPersonIds, String seller, String type, String outcome,
                            String source, String externalId, String opportunityId, String notes, OffsetDateTime occurredAt,
                            OffsetDateTime recordedAt, BigDecimal scaled, BigDecimal weighted) {
    }

    private record Bucket(UUID keyPersonId, String type, String outcome) {
    }

    private static final class Total {
        private long count;
        private BigDecimal sum = BigDecimal.ZERO;

        void add(BigDecimal scaled) {
            count++;
            sum = sum.add(scaled);
        }
    }
}
