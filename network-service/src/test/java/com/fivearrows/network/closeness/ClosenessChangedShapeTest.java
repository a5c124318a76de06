package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.contracts.JsonSnapshots;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.network.keyperson.SolutionStance;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON of {@code ClosenessChanged} (STYLE.md "Events are forever") for each level, on a subject's first
 * publication and on a later one: the data the publisher appends, scored by the engine from fixed inputs, conforms
 * to the published contract and matches its committed snapshot under {@code src/test/resources/snapshots/network/}.
 *
 * <p>The account acct-4711 and the opportunity opp-2026-0815 (stage SOLUTION). First publications on 2 November,
 * when only the CFO had been assessed (ACQUAINTED) and the CIO not at all; later ones on 27 November:
 * <pre>
 * CIO       DECISION_MAKER 5, COMPANY      ACQUAINTED, OPPONENT, REJECTS    R 15, S 0,   P 0,  C 6
 * CFO       APPROVER 4, COMPANY            TRUSTED, CHAMPION, NEGOTIABLE    R 45, S 100, P 50, C 18 + 30 + 15 = 63
 * architect EVALUATOR 3, OPPORTUNITY       FAMILIAR, CHAMPION, NEGOTIABLE   R 30, S 100, P 50, C 12 + 30 + 15 = 57
 * buyer     COACH 1, COMPANY               ALLY, SUPPORTER, price unknown   R 60, S 75,  P 0,  C 24 + 22.5 = 46.5
 * buyer INFLUENCES CIO (strength 4): e = 1 + 0.5 × 4/5 × 5 = 3; architect INFLUENCES CFO (5): e = 3 + 0.5 × 4 = 5
 * </pre>
 * No interactions: the activity part of R goes through e^x, whose last bit the JVM may compute differently on
 * another CPU, and a snapshot must not depend on the machine.
 */
class ClosenessChangedShapeTest {
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final DecayScale SCALE = new DecayScale(Duration.ofDays(60));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventTypeName TYPE = new EventTypeName("network", ClosenessChangedData.TYPE, ClosenessChangedData.VERSION);

    private static final Instant FIRST = Instant.parse("2026-11-02T08:15:00Z");
    private static final Instant LATER = Instant.parse("2026-11-27T09:00:00Z");
    private static final String ACCOUNT = "acct-4711";
    private static final String OPPORTUNITY = "opp-2026-0815";
    private static final UUID CIO = UUID.fromString("7a9e4b20-1c3d-4f5e-8a6b-0c1d2e3f4a5b");
    private static final UUID CFO = UUID.fromString("3f2b8c1e-5a4d-4e7b-9c21-8d6f0a1b2c3d");
    private static final UUID ARCHITECT = UUID.fromString("c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f");
    private static final UUID BUYER = UUID.fromString("b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d1e");

    /** One publication: the snapshot that pins it and the event's data as stored. */
    record Publication(String snapshot, JsonNode json) {
        @Override
        public String toString() {
            return snapshot;
        }
    }

    static Stream<Publication> publications() {
        return Stream.of(person(), chain(), account()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publications")
    void conformsToItsPublishedContract(Publication publication) {
        assertThat(EventContracts.onClasspath().violations(TYPE, publication.json())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publications")
    void keepsTheShapeItWasPublishedWith(Publication publication) {
        JsonSnapshots.assertMatches(publication.snapshot(), publication.json());
    }

    /**
     * The CFO: first C = 0.4 × 15 = 6, POOR (30 days earlier not yet known: C 0, so UP); later C = 63, GOOD, UP,
     * with the first publication as previous.
     */
    private static List<Publication> person() {
        PersonStructure cfo = new PersonStructure(CFO, ACCOUNT, Kind.APPROVER, Scope.COMPANY, 4, true, "Finance",
                Seniority.EXECUTIVE);
        PersonReading first = personReading(cfo, FIRST, scores(CFO, RelationshipLevel.ACQUAINTED, null, null, FIRST));
        PersonReading later = personReading(cfo, LATER,
                scores(CFO, RelationshipLevel.TRUSTED, SolutionStance.CHAMPION, PriceStance.NEGOTIABLE, LATER));
        Published previous = new Published(1, ClosenessSnapshot.of(first.scores(), first.trend(), Map.of()));
        return List.of(
                publication("first", ClosenessChangedData.person(first, null, ClosenessTrigger.INPUTS_CHANGED)),
                publication(null, ClosenessChangedData.person(later, previous, ClosenessTrigger.INPUTS_CHANGED)));
    }

    /**
     * First: the chain started from the CIO and the CFO, its stage not known yet; R = 4 × 15 / 9 = 6.667,
     * C = 4 × 6 / 9 = 2.667, POOR; both are gaps (e ≥ 4, C < 40), no coach. Later, all four with Σe = 5 + 4 + 5 + 3
     * = 17: R = (75 + 180 + 150 + 180) / 17 = 34.412, S = (0 + 400 + 500 + 225) / 17 = 66.176,
     * P = (0 + 200 + 250 + 0) / 17 = 26.471, C = (30 + 252 + 285 + 139.5) / 17 = 41.559, FAIR; coverage 1 of 4 = 25;
     * the approver covered (63 ≥ 60), the decision maker not; the CIO a gap and a blocker (OPPONENT, REJECTS).
     */
    private static List<Publication> chain() {
        Subject subject = new Subject(Subject.Kind.DECISION_CHAIN, OPPORTUNITY);
        List<GroupMember> firstMembers = List.of(new GroupMember(CIO, Kind.DECISION_MAKER, 5),
                new GroupMember(CFO, Kind.APPROVER, 4));
        GroupReading first = groupReading(new GroupStructure(ACCOUNT, OPPORTUNITY, null, firstMembers, List.of(), List.of()),
                FIRST, firstScores());
        List<GroupMember> members = List.of(new GroupMember(CIO, Kind.DECISION_MAKER, 5),
                new GroupMember(CFO, Kind.APPROVER, 4), new GroupMember(ARCHITECT, Kind.EVALUATOR, 3),
                new GroupMember(BUYER, Kind.COACH, 1));
        List<InfluenceEdge> influences = List.of(new InfluenceEdge(BUYER, CIO, 4), new InfluenceEdge(ARCHITECT, CFO, 5));
        GroupReading later = groupReading(new GroupStructure(ACCOUNT, OPPORTUNITY, "SOLUTION", members, influences, List.of()),
                LATER, laterScores());
        Published previous = new Published(1, ClosenessSnapshot.of(first.scores(), first.trend()));
        return List.of(
                publication("chain-first", ClosenessChangedData.group(subject, first, null, ClosenessTrigger.INPUTS_CHANGED)),
                publication("chain", ClosenessChangedData.group(subject, later, previous, ClosenessTrigger.INPUTS_CHANGED)));
    }

    /**
     * The company key persons (not the architect, an OPPORTUNITY key person). First, found by the decay pass before
     * the buyer was registered: as the chain's first. Later, Σe = 5 + 4 + 3 = 12: R = (75 + 180 + 180) / 12 = 36.25,
     * S = (0 + 400 + 225) / 12 = 52.083, P = 200 / 12 = 16.667, C = (30 + 252 + 139.5) / 12 = 35.125, POOR;
     * coverage 1 of 3 = 33.333.
     */
    private static List<Publication> account() {
        Subject subject = new Subject(Subject.Kind.ACCOUNT, ACCOUNT);
        List<GroupMember> firstMembers = List.of(new GroupMember(CIO, Kind.DECISION_MAKER, 5),
                new GroupMember(CFO, Kind.APPROVER, 4));
        GroupReading first = groupReading(new GroupStructure(ACCOUNT, null, null, firstMembers, List.of(), List.of()),
                FIRST, firstScores());
        List<GroupMember> members = List.of(new GroupMember(CIO, Kind.DECISION_MAKER, 5),
                new GroupMember(CFO, Kind.APPROVER, 4), new GroupMember(BUYER, Kind.COACH, 1));
        GroupReading later = groupReading(new GroupStructure(ACCOUNT, null, null, members,
                List.of(new InfluenceEdge(BUYER, CIO, 4)), List.of()), LATER, laterScores());
        Published previous = new Published(1, ClosenessSnapshot.of(first.scores(), first.trend()));
        return List.of(
                publication("account-first", ClosenessChangedData.group(subject, first, null, ClosenessTrigger.TIME_PASSED)),
                publication("account", ClosenessChangedData.group(subject, later, previous, ClosenessTrigger.INPUTS_CHANGED)));
    }

    private static Map<UUID, PersonScores> firstScores() {
        Map<UUID, PersonScores> scores = new LinkedHashMap<>();
        scores.put(CIO, scores(CIO, null, null, null, FIRST));
        scores.put(CFO, scores(CFO, RelationshipLevel.ACQUAINTED, null, null, FIRST));
        return scores;
    }

    private static Map<UUID, PersonScores> laterScores() {
        Map<UUID, PersonScores> scores = new LinkedHashMap<>();
        scores.put(CIO, scores(CIO, RelationshipLevel.ACQUAINTED, SolutionStance.OPPONENT, PriceStance.REJECTS, LATER));
        scores.put(CFO, scores(CFO, RelationshipLevel.TRUSTED, SolutionStance.CHAMPION, PriceStance.NEGOTIABLE, LATER));
        scores.put(ARCHITECT, scores(ARCHITECT, RelationshipLevel.FAMILIAR, SolutionStance.CHAMPION, PriceStance.NEGOTIABLE,
                LATER));
        scores.put(BUYER, scores(BUYER, RelationshipLevel.ALLY, SolutionStance.SUPPORTER, null, LATER));
        return scores;
    }

    private static PersonScores scores(UUID keyPersonId, RelationshipLevel level, SolutionStance solution, PriceStance price,
                                       Instant t) {
        return PersonCloseness.compute(new PersonInputs(keyPersonId, level, solution, price, 0, List.of()), t, SETTINGS, SCALE);
    }

    /** As the reader does; a trend window earlier (before the first publication) nothing was known yet. */
    private static PersonReading personReading(PersonStructure person, Instant asOf, PersonScores scores) {
        PersonScores before = scores(person.keyPersonId(), null, null, null, asOf.minus(SETTINGS.trendWindow()));
        return new PersonReading(person, asOf, scores, asOf.minus(SETTINGS.trendWindow()), before,
                Trend.between(scores.c(), before.c(), SETTINGS));
    }

    /** As the reader does; a trend window earlier (before the first publication) the group had no members yet. */
    private static GroupReading groupReading(GroupStructure structure, Instant asOf, Map<UUID, PersonScores> scores) {
        Map<UUID, PersonScores> memberScores = new LinkedHashMap<>();
        structure.members().forEach(member -> memberScores.put(member.keyPersonId(), scores.get(member.keyPersonId())));
        GroupScores now = GroupCloseness.compute(structure.members(), structure.influences(), memberScores, SETTINGS);
        GroupScores before = GroupCloseness.compute(List.of(), List.of(), Map.of(), SETTINGS);
        return new GroupReading(structure, asOf, now, asOf.minus(SETTINGS.trendWindow()), before,
                Trend.between(now.c(), before.c(), SETTINGS), memberScores);
    }

    /** The data as the event store holds it: written as JSON text and read back as a tree. */
    private static Publication publication(String variant, JsonObject data) {
        String snapshot = "network/" + TYPE.name() + ".v" + TYPE.version() + (variant == null ? "" : "." + variant);
        try {
            return new Publication(snapshot, JSON.readTree(data.encode()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the publisher wrote JSON that cannot be read: " + snapshot, e);
        }
    }
}
