package com.fivearrows.network.closeness;

import com.fivearrows.platform.domain.NotFound;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

    public Uni<GroupReading> chain(String opportunityId, Instant asOf) {
        return chain(pool, opportunityId, asOf);
    }

    /** A decision chain's scores; {@link NotFound} when there is no chain for the opportunity. */
    public Uni<GroupReading> chain(SqlClient client, String opportunityId, Instant asOf) {
        return readings(client, List.of(new Subject(Subject.Kind.DECISION_CHAIN, opportunityId)), asOf)
                .map(readings -> found(readings.chains().get(opportunityId), "decision chain", opportunityId));
    }

    public Uni<GroupReading> account(String accountId, Instant asOf) {
        return account(pool, accountId, asOf);
    }

    /**
     * The enterprise relationship with an account: its active {@code COMPANY} key persons scored as one group;
     * {@link NotFound} when no key person of the account was ever registered.
     */
    public Uni<GroupReading> account(SqlClient client, String accountId, Instant asOf) {
        return readings(client, List.of(new Subject(Subject.Kind.ACCOUNT, accountId)), asOf)
                .map(readings -> found(readings.accounts().get(accountId), "account", accountId));
    }

    /**
     * The closeness of many subjects as of one instant, without explanations, in two waves of queries however many
     * there are (the structures of persons, chains and accounts, then the inputs of everyone in them): what the
     * publisher evaluates a round with. A person's reading is {@link #person}'s without the activity breakdown. A
     * subject that {@link #person}, {@link #chain} or {@link #account} would not find is absent.
     */
    public Uni<Readings> readings(SqlClient client, Collection<Subject> subjects, Instant asOf) {
        Instant then = asOf.minus(settings.trendWindow());
        List<UUID> personIds = new ArrayList<>();
        List<String> chainIds = new ArrayList<>();
        List<String> accountIds = new ArrayList<>();
        for (Subject subject : subjects) {
            switch (subject.kind()) {
                case PERSON -> personIds.add(UUID.fromString(subject.id()));
                case DECISION_CHAIN -> chainIds.add(subject.id());
                default -> accountIds.add(subject.id());
            }
        }
        return Uni.combine().all()
                .unis(inputs.personsAt(client, personIds, asOf), inputs.chainsAt(client, chainIds, asOf, then),
                        inputs.knownAccounts(client, accountIds), inputs.accountsAt(client, accountIds, asOf, then))
                .asTuple()
                .flatMap(structures -> {
                    Map<String, NowAndThen<GroupStructure>> accounts = new HashMap<>(structures.getItem4());
                    accounts.keySet().retainAll(structures.getItem3());
                    Set<UUID> everyone = new LinkedHashSet<>(structures.getItem1().keySet());
                    structures.getItem2().values().forEach(chain -> addMembers(everyone, chain));
                    accounts.values().forEach(account -> addMembers(everyone, account));
                    return inputs.personInputs(client, everyone, asOf, then).map(read -> new Readings(
                            mapValues(structures.getItem1(), person -> personReading(person, read, asOf, then)),
                            mapValues(structures.getItem2(), chain -> groupReading(chain, read, asOf, then)),
                            mapValues(accounts, account -> groupReading(account, read, asOf, then))));
                });
    }

    /** What {@link #readings} found: each subject's reading, by its id. */
    public record Readings(Map<UUID, PersonReading> persons, Map<String, GroupReading> chains,
                           Map<String, GroupReading> accounts) {
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

    private PersonReading personReading(PersonStructure person, NowAndThen<Map<UUID, PersonInputs>> inputs, Instant asOf,
                                        Instant then) {
        UUID id = person.keyPersonId();
        PersonScores now = PersonCloseness.scores(inputsOf(id, inputs.now()), asOf, settings, scale);
        PersonScores before = PersonCloseness.scores(inputsOf(id, inputs.then()), then, settings, scale);
        return new PersonReading(person, asOf, now, then, before, Trend.between(now.c(), before.c(), settings));
    }

    /** A group's reading from its structure now and a trend window earlier, and the inputs of its members then. */
    private GroupReading groupReading(NowAndThen<GroupStructure> structures, NowAndThen<Map<UUID, PersonInputs>> inputs,
                                      Instant asOf, Instant then) {
        GroupStructure now = structures.now();
        GroupStructure before = structures.then();
        Map<UUID, PersonScores> nowMembers = scores(memberIds(now), inputs.now(), asOf);
        GroupScores nowScores = GroupCloseness.compute(now.members(), now.influences(), nowMembers, settings);
        GroupScores beforeScores = GroupCloseness.compute(before.members(), before.influences(),
                scores(memberIds(before), inputs.then(), then), settings);
        return new GroupReading(now, asOf, nowScores, then, beforeScores,
                Trend.between(nowScores.c(), beforeScores.c(), settings), nowMembers);
    }

    private static void addMembers(Set<UUID> everyone, NowAndThen<GroupStructure> group) {
        everyone.addAll(memberIds(group.now()));
        everyone.addAll(memberIds(group.then()));
    }

    private static <K, V, R> Map<K, R> mapValues(Map<K, V> map, Function<V, R> mapping) {
        Map<K, R> mapped = new HashMap<>();
        map.forEach((key, value) -> mapped.put(key, mapping.apply(value)));
        return mapped;
    }

    private static <T> T found(T reading, String what, String id) {
        if (reading == null) {
            throw new NotFound(what, id);
        }
        return reading;
    }

    private static List<UUID> memberIds(GroupStructure group) {
        Set<UUID> ids = new HashSet<>();
        return group.members().stream().map(GroupMember::keyPersonId).filter(ids::add).toList();
    }
}
