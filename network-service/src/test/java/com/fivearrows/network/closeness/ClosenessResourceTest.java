package com.fivearrows.network.closeness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading the four scores over HTTP, now and as of past instants, with their explanations. Expected numbers are
 * worked out by hand in the comments.
 */
@QuarkusTest
class ClosenessResourceTest {
    @Inject
    EventStore store;
    @Inject
    Projections projections;

    // A minute ago, so every read "as of T" is in the past and exact.
    final Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
    String account;
    String opportunity;
    UUID decisionMaker;
    UUID evaluator;

    /**
     * The decision maker: TRUSTED (75), SUPPORTER (75), NEGOTIABLE (50), all assessed 10 days before T, and one
     * positive MEETING (weight 4) exactly one half-life (60 days) before T. The evaluator: nothing. In the chain the
     * evaluator INFLUENCES the decision maker with strength 5.
     */
    @BeforeEach
    void seed() {
        NetworkEvents events = new NetworkEvents(store, projections);
        account = NetworkEvents.newId("acct");
        opportunity = NetworkEvents.newId("opp");
        Instant registered = t.minus(Duration.ofDays(90));
        decisionMaker = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, registered);
        evaluator = events.registerPerson(account, Scope.COMPANY, Kind.EVALUATOR, 3, registered);
        events.startChain(opportunity, account, registered);
        events.addMember(opportunity, decisionMaker, Kind.DECISION_MAKER, 5, registered);
        events.addMember(opportunity, evaluator, Kind.EVALUATOR, 3, registered);
        events.addChainRelation(opportunity, RelationType.INFLUENCES, evaluator, decisionMaker, 5, registered);
        Instant assessed = t.minus(Duration.ofDays(10));
        events.assess(decisionMaker, "RelationshipLevelAssessed", "TRUSTED", assessed, assessed);
        events.assess(decisionMaker, "SolutionStanceAssessed", "SUPPORTER", assessed, assessed);
        events.assess(decisionMaker, "PriceStanceAssessed", "NEGOTIABLE", assessed, assessed);
        events.recordInteraction(List.of(decisionMaker), InteractionType.MEETING, Outcome.POSITIVE, t.minus(Duration.ofDays(60)), t);
        events.awaitProjected();
    }

    @Test
    void aPersonsScoresComeWithTheirExplanationAndTrend() {
        JsonPath person = read("/closeness/key-persons/" + decisionMaker + "?asOf=" + t);

        // A = 4 × 1.0 × 2^(−60/60) = 2; I = 100 × (1 − e^(−0.2)) = 18.127; R = 0.6 × 75 + 0.4 × 18.127 = 52.251
        assertThat(person.getDouble("r")).isCloseTo(52.251, within(1e-3));
        assertThat(person.getDouble("s")).isEqualTo(75.0);
        assertThat(person.getDouble("p")).isEqualTo(50.0);
        // C = 0.4 × 52.251 + 0.3 × 75 + 0.3 × 50 = 58.400
        assertThat(person.getDouble("c")).isCloseTo(58.400, within(1e-3));
        assertThat(person.getString("band")).isEqualTo("FAIR");
        // 30 days before T: nothing assessed, A = 4 × 2^(−30/60) = 2.828, I = 24.636, R = 9.854, C = 3.942 → UP
        assertThat(person.getDouble("trendBasis.c")).isCloseTo(3.942, within(1e-3));
        assertThat(person.getString("trend")).isEqualTo("UP");
        assertThat(person.getList("explanation.score")).containsExactly("R", "S", "P", "C");
        List<Map<String, Object>> rTerms = person.getList("explanation[0].terms");
        assertThat(rTerms).extracting(term -> ((Number) term.get("contribution")).doubleValue())
                .satisfiesExactly(level -> assertThat(level).isCloseTo(45.0, within(1e-9)),
                        activity -> assertThat(activity).isCloseTo(7.251, within(1e-3)));
        assertThat(person.getString("activity.contributions[0].type")).isEqualTo("MEETING");
        assertThat(person.getFloat("activity.activity")).isCloseTo(2.0f, within(1e-6f));
    }

    @Test
    void asOfBeforeTheAssessmentsReadsThemAsUnassessed() {
        JsonPath person = read("/closeness/key-persons/" + decisionMaker + "?asOf=" + t.minus(Duration.ofDays(20)));

        // A = 4 × 2^(−40/60) = 2.520; I = 100 × (1 − e^(−0.2520)) = 22.274; R = 0.4 × 22.274 = 8.910; S = P = 0; C = 3.564
        assertThat(person.getDouble("r")).isCloseTo(8.910, within(1e-3));
        assertThat(person.getDouble("s")).isZero();
        assertThat(person.getBoolean("solutionAssessed")).isFalse();
        assertThat(person.getDouble("c")).isCloseTo(3.564, within(1e-3));
    }

    @Test
    void aChainWeighsItsMembersByEffectiveInfluence() {
        JsonPath chain = read("/closeness/decision-chains/" + opportunity + "?asOf=" + t);

        // e(decision maker) = 5; e(evaluator) = 3 + 0.5 × (5/5) × 5 = 5.5
        // C = (5 × 58.400 + 5.5 × 0) ÷ 10.5 = 27.810
        assertThat(chain.getDouble("c")).isCloseTo(27.810, within(1e-3));
        assertThat(chain.getString("band")).isEqualTo("POOR");
        assertThat(chain.getInt("members")).isEqualTo(2);
        assertThat(chain.getInt("unassessedMembers")).isEqualTo(1);
        // Coverage: only the decision maker has R ≥ 50 → 50 %. Neither reaches C ≥ 60.
        assertThat(chain.getDouble("coverage")).isEqualTo(50.0);
        assertThat(chain.getBoolean("decisionMakerCovered")).isFalse();
        // The evaluator (effective influence 5.5 ≥ 4, C = 0 < 40) is a gap.
        assertThat(chain.getList("gaps.keyPersonId")).containsExactly(evaluator.toString());
        Map<String, Object> evaluatorRow = chain.getMap("breakdown.find { it.keyPersonId == '" + evaluator + "' }");
        assertThat(((Number) ((Map<?, ?>) evaluatorRow.get("effectiveInfluence")).get("value")).doubleValue()).isEqualTo(5.5);
        assertThat(chain.getString("formula")).contains("Σ eₘ");
    }

    @Test
    void theAccountScoresItsCompanyKeyPersons() {
        JsonPath accountScores = read("/closeness/accounts/" + account + "?asOf=" + t);

        // No enterprise relations: e = 5 and 3; C = (5 × 58.400 + 3 × 0) ÷ 8 = 36.500
        assertThat(accountScores.getDouble("c")).isCloseTo(36.500, within(1e-3));
        assertThat(accountScores.getString("level")).isEqualTo("ACCOUNT");
    }

    @Test
    void theNextActionsPutTheMostValuableMemberFirst() {
        JsonPath actions = read("/strategies/decision-chains/" + opportunity + "/next-actions?asOf=" + t);

        // Evaluator: influence 3 × (100 − 0) = 300, C < 40 → LOW; decision maker: 5 × (100 − 58.400) = 208.0, MID.
        assertThat(actions.getList("actions.keyPersonId")).containsExactly(evaluator.toString(), decisionMaker.toString());
        assertThat(actions.getList("actions.action")).containsExactly("TECHNICAL_DISCOVERY", "BUSINESS_CASE_REVIEW");
        assertThat(actions.getDouble("actions[0].priority")).isEqualTo(300.0);
        assertThat(actions.getDouble("actions[1].priority")).isCloseTo(208.0, within(1e-2));
    }

    @Test
    void aMalformedOrFutureAsOfIsABadRequestNamingTheParameter() {
        given().header("Authorization", Tokens.seller()).get("/closeness/key-persons/" + decisionMaker + "?asOf=yesterday")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().header("Authorization", Tokens.seller()).get("/closeness/key-persons/" + decisionMaker + "?asOf=" + Instant.now().plus(Duration.ofDays(1)))
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void unknownSubjectsAreNotFound() {
        given().header("Authorization", Tokens.seller()).get("/closeness/key-persons/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.seller()).get("/closeness/decision-chains/no-such-opportunity")
                .then().statusCode(404);
        given().header("Authorization", Tokens.seller()).get("/closeness/accounts/no-such-account")
                .then().statusCode(404);
    }

    @Test
    void readingNeedsAToken() {
        given().get("/closeness/key-persons/" + decisionMaker).then().statusCode(401);
    }

    private static JsonPath read(String path) {
        return given().header("Authorization", Tokens.seller()).get(path).then().statusCode(200).extract().jsonPath();
    }
}
