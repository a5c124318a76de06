package com.fivearrows.network.closeness;

import com.fivearrows.platform.domain.NotFound;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computes closeness as of any instant: reads the inputs from the read model ({@link ClosenessInputsRepository})
 * at that instant and a trend window earlier, and scores them with the engine. The REST reads and the closeness
 * publisher both go through here, so what a user reads is what other services are told.
 */
@ApplicationScoped
public class ClosenessReader {
    private final Pool pool;
    private final ClosenessInputsRepository inputs;
    private final ClosenessSettings settings;
    private final DecayScale scale;

    public ClosenessReader(Pool pool, ClosenessInputsRepository inputs, ClosenessSettings settings, DecayScale scale) {
        this.pool = pool;
        this.inputs = inputs;
        this.settings = settings;
        this.scale = scale;
    }

    public Uni<PersonReading> person(UUID keyPersonId, Instant asOf) {
        return person(pool, keyPersonId, asOf);
    }

    /** A key person's scores; {@link NotFound} when the person is unknown or was registered only after {@code asOf}. */
    public Uni<PersonReading> person(SqlClient client, UUID keyPersonId, Instant asOf) {
        Instant then = asOf.minus(settings.trendWindow());
        List<UUID> ids = List.of(keyPersonId);
        return inputs.personAt(client, keyPersonId, asOf).flatMap(person -> Uni.combine().all()
                .unis(inputs.personInputs(client, ids, asOf, then), inputs.activityBreakdown(client, ids, asOf))
                .asTuple()
                .map(read -> {
                    PersonInputs nowInputs = inputsOf(keyPersonId, read.getItem1().now())
                            .withActivity(read.getItem2().getOrDefault(keyPersonId, List.of()));
                    PersonScores now = PersonCloseness.compute(nowInputs, asOf, settings, scale);
                    PersonScores before = PersonCloseness.scores(inputsOf(keyPersonId, read.getItem1().then()), then,
                            settings, scale);
                    return new PersonReading(person, asOf, now, then, before, Trend.between(now.c(), before.c(), settings));
                }));
    }

    /**
     * A key person's scores without their explanation, as the publisher needs them: the same numbers as
     * {@link #person}, but one query fewer (the activity breakdown by type and outcome only explains A) and no text.
     */
    public Uni<PersonReading> personWithoutExplanation(SqlClient client, UUID keyPersonId, Instant asOf) {
        Instant then = asOf.minus(settings.trendWindow());
        return inputs.personAt(client, keyPersonId, asOf).flatMap(person -> inputs.personInputs(client, List.of(keyPersonId),
                asOf, then).map(read -> {
                    PersonScores now = PersonCloseness.scores(inputsOf(keyPersonId, read.now()), asOf, settings, scale);
                    PersonScores before = PersonCloseness.scores(inputsOf(keyPersonId, read.then()), then, settings, scale);
                    return new PersonReading(person, asOf, now, then, before, Trend.between(now.c(), before.c(), settings));
                }));
    }

    public Uni<GroupReading> chain(String opportunityId, Instant asOf) {
        return chain(pool, opportunityId, asOf);
    }

    /** A decision chain's scores; {@link NotFound} when there is no chain for the opportunity. */
    public Uni<GroupReading> chain(SqlClient client, String opportunityId, Instant asOf) {
        return group(client, asOf, (c, now, then) -> inputs.chainAt(c, opportunityId, now, then));
    }

    public Uni<GroupReading> account(String accountId, Instant asOf) {
        return account(pool, accountId, asOf);
    }

    /**
     * The enterprise relationship with an account: its active {@code COMPANY} key persons scored as one group;
     * {@link NotFound} when no key person of the account was ever registered.
     */
    public Uni<GroupReading> account(SqlClient client, String accountId, Instant asOf) {
        return client.preparedQuery("SELECT 1 FROM key_person WHERE account_id = $1 LIMIT 1").execute(Tuple.of(accountId))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(new NotFound("account", accountId));
                    }
                    return group(client, asOf, (c, now, then) -> inputs.accountAt(c, accountId, now, then));
                });
    }

    /**
     * Several persons' scores as of one instant, without trend and without explanation: what groups, trends and the
     * seller inventory need.
     */
    public Uni<Map<UUID, PersonScores>> personScores(SqlClient client, List<UUID> keyPersonIds, Instant asOf) {
        return inputs.personInputs(client, keyPersonIds, asOf).map(byPerson -> scores(keyPersonIds, byPerson, asOf));
    }

    private Map<UUID, PersonScores> scores(List<UUID> keyPersonIds, Map<UUID, PersonInputs> byPerson, Instant asOf) {
        Map<UUID, PersonScores> scores = new LinkedHashMap<>();
        for (UUID id : keyPersonIds) {
            scores.put(id, PersonCloseness.scores(inputsOf(id, byPerson), asOf, settings, scale));
        }
        return scores;
    }

    /** A person's inputs; nothing assessed and no activity when the read model holds nothing for them yet. */
    private static PersonInputs inputsOf(UUID keyPersonId, Map<UUID, PersonInputs> byPerson) {
        return byPerson.getOrDefault(keyPersonId, new PersonInputs(keyPersonId, null, null, null, 0, List.of()));
    }

    /** A group's reading from its structure now and a trend window earlier, both read in one go. */
    private Uni<GroupReading> group(SqlClient client, Instant asOf, StructureReader structureAt) {
        Instant then = asOf.minus(settings.trendWindow());
        return structureAt.read(client, asOf, then).flatMap(structures -> {
            GroupStructure now = structures.now();
            GroupStructure before = structures.then();
            List<UUID> nowIds = memberIds(now);
            List<UUID> beforeIds = memberIds(before);
            Set<UUID> everyone = new LinkedHashSet<>(nowIds);
            everyone.addAll(beforeIds);
            return inputs.personInputs(client, everyone, asOf, then).map(read -> {
                Map<UUID, PersonScores> nowMembers = scores(nowIds, read.now(), asOf);
                GroupScores nowScores = GroupCloseness.compute(now.members(), now.influences(), nowMembers, settings);
                GroupScores beforeScores = GroupCloseness.compute(before.members(), before.influences(),
                        scores(beforeIds, read.then(), then), settings);
                return new GroupReading(now, asOf, nowScores, then, beforeScores,
                        Trend.between(nowScores.c(), beforeScores.c(), settings), nowMembers);
            });
        });
    }

    private static List<UUID> memberIds(GroupStructure group) {
        Set<UUID> ids = new HashSet<>();
        return group.members().stream().map(GroupMember::keyPersonId).filter(ids::add).toList();
    }

    /** Reads a group's structure as of an instant and as of an earlier one. */
    @FunctionalInterface
    private interface StructureReader {
        Uni<NowAndThen<GroupStructure>> read(SqlClient client, Instant now, Instant then);
    }
}
