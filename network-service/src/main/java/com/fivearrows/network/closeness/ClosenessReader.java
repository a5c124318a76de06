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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

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
        return inputs.personAt(client, keyPersonId, asOf).flatMap(person -> Uni.combine().all()
                .unis(inputs.personInputs(client, List.of(keyPersonId), asOf), personScores(client, List.of(keyPersonId), then))
                .asTuple()
                .map(scores -> {
                    PersonScores now = PersonCloseness.compute(inputsOf(keyPersonId, scores.getItem1()), asOf, settings, scale);
                    PersonScores before = scores.getItem2().get(keyPersonId);
                    return new PersonReading(person, asOf, now, then, before, Trend.between(now.c(), before.c(), settings));
                }));
    }

    public Uni<GroupReading> chain(String opportunityId, Instant asOf) {
        return chain(pool, opportunityId, asOf);
    }

    /** A decision chain's scores; {@link NotFound} when there is no chain for the opportunity. */
    public Uni<GroupReading> chain(SqlClient client, String opportunityId, Instant asOf) {
        return group(client, asOf, (c, t) -> inputs.chainAt(c, opportunityId, t));
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
                    return group(client, asOf, (c, t) -> inputs.accountAt(c, accountId, t));
                });
    }

    /**
     * Several persons' scores as of one instant, without trend and without explanation: what groups, trends and the
     * seller inventory need.
     */
    public Uni<Map<UUID, PersonScores>> personScores(SqlClient client, List<UUID> keyPersonIds, Instant asOf) {
        return inputs.personInputs(client, keyPersonIds, asOf).map(byPerson -> {
            Map<UUID, PersonScores> scores = new LinkedHashMap<>();
            for (UUID id : keyPersonIds) {
                scores.put(id, PersonCloseness.scores(inputsOf(id, byPerson), asOf, settings, scale));
            }
            return scores;
        });
    }

    /** A person's inputs; nothing assessed and no activity when the read model holds nothing for them yet. */
    private static PersonInputs inputsOf(UUID keyPersonId, Map<UUID, PersonInputs> byPerson) {
        return byPerson.getOrDefault(keyPersonId, new PersonInputs(keyPersonId, null, null, null, List.of()));
    }

    private Uni<GroupReading> group(SqlClient client, Instant asOf,
                                    BiFunction<SqlClient, Instant, Uni<GroupStructure>> structureAt) {
        Instant then = asOf.minus(settings.trendWindow());
        return Uni.combine().all().unis(structureAt.apply(client, asOf), structureAt.apply(client, then)).asTuple()
                .flatMap(structures -> {
                    GroupStructure now = structures.getItem1();
                    GroupStructure before = structures.getItem2();
                    return Uni.combine().all()
                            .unis(personScores(client, memberIds(now), asOf), personScores(client, memberIds(before), then))
                            .asTuple()
                            .map(scores -> {
                                GroupScores nowScores = GroupCloseness.compute(now.members(), now.influences(), scores.getItem1(), settings);
                                GroupScores beforeScores = GroupCloseness.compute(before.members(), before.influences(), scores.getItem2(), settings);
                                return new GroupReading(now, asOf, nowScores, then, beforeScores,
                                        Trend.between(nowScores.c(), beforeScores.c(), settings), scores.getItem1());
                            });
                });
    }

    private static List<UUID> memberIds(GroupStructure group) {
        Set<UUID> ids = new HashSet<>();
        return group.members().stream().map(GroupMember::keyPersonId).filter(ids::add).toList();
    }
}
