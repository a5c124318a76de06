package com.fivearrows.opportunity.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.opportunity.testing.Opportunities;
import com.fivearrows.opportunity.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain's closeness moves the opportunity at once: its grade, and win steps 2 and 3 both ways. */
@QuarkusTest
class ClosenessAppliedTest {
    private static final String TOPIC = "five-arrows.network.events";

    Topics topics;
    String opportunityId;

    @BeforeEach
    void open() {
        topics = Topics.connect();
        opportunityId = Opportunities.open("acct-" + UUID.randomUUID());
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }

    @Test
    void aChainWithDecisionMakerEvaluatorAndACoachCompletesSteps2And3AndGradesBFromSolution() {
        Opportunities.override(opportunityId, "QUALIFY");
        Opportunities.override(opportunityId, "SOLUTION");
        assertThat(Opportunities.get(opportunityId).getString("grade")).isEqualTo("C");

        closeness(1, 55.0, List.of("DECISION_MAKER", "EVALUATOR", "COACH"), 64.0, 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> "B".equals(Opportunities.get(opportunityId).getString("grade")));
        JsonPath opportunity = Opportunities.get(opportunityId);
        assertThat(opportunity.getList("winSteps.completed", Boolean.class)).containsExactly(false, true, true, false, false, false);
        assertThat(opportunity.getList("winSteps.automatic", Boolean.class)).containsExactly(false, true, true, false, false, false);
        assertThat(opportunity.getString("forecastCategory")).isEqualTo("BEST_CASE");
    }

    @Test
    void aChainThatLosesItsEvaluatorReopensStep2AutomaticallyAndFallsBackToGradeC() {
        Opportunities.override(opportunityId, "QUALIFY");
        Opportunities.override(opportunityId, "SOLUTION");
        closeness(1, 55.0, List.of("DECISION_MAKER", "EVALUATOR"), null, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> "B".equals(Opportunities.get(opportunityId).getString("grade")));

        closeness(2, 48.0, List.of("DECISION_MAKER"), null, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> "C".equals(Opportunities.get(opportunityId).getString("grade")));
        assertThat(Opportunities.get(opportunityId).getList("winSteps.completed", Boolean.class))
                .as("step 2 re-opened, step 3 (two supporters) still holds")
                .containsExactly(false, false, true, false, false, false);
    }

    private void closeness(long version, double c, List<String> roles, Double bestCoachC, int supporters) {
        JsonObject group = new JsonObject().put("members", roles.size()).put("rolesPresent", new JsonArray(roles))
                .put("bestCoachC", bestCoachC).put("supporters", supporters).put("coverage", 50.0)
                .put("decisionMakerCovered", false).put("approverCovered", false).put("unassessedMembers", 0)
                .put("gaps", new JsonArray()).put("blockers", new JsonArray());
        JsonObject data = new JsonObject().put("level", "DECISION_CHAIN").put("opportunityId", opportunityId)
                .put("accountId", null).put("evaluatedAt", Instant.now().toString()).put("trigger", "INPUTS_CHANGED")
                .put("r", 50.0).put("s", 50.0).put("p", 50.0).put("c", c).put("band", "FAIR").put("trend", "STEADY")
                .put("previous", null).put("group", group).put("opportunityStage", null);
        topics.send(TOPIC, "closeness:chain:" + opportunityId, Topics.cloudEvent("/five-arrows/network-service",
                "five-arrows.network.ClosenessChanged.v1", "closeness:chain:" + opportunityId, Instant.now(), version, data));
    }
}
