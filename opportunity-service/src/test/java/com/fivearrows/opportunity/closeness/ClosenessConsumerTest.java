package com.fivearrows.opportunity.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.opportunity.opportunity.ChainFacts;
import com.fivearrows.opportunity.testing.Topics;
import com.fivearrows.opportunity.testing.Topics.Keyed;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each decision chain's closeness is learned from network-service's ClosenessChanged events, latest version wins. */
@QuarkusTest
class ClosenessConsumerTest {
    private static final String TOPIC = "five-arrows.network.events";
    private static final Instant EVALUATED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ChainClosenessRepository closeness;

    Topics topics;
    String opportunityId;

    @BeforeEach
    void connect() {
        topics = Topics.connect();
        opportunityId = "opp-" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }

    @Test
    void theChainsScoresRolesCoachAndSupportersAreKept() {
        send(chainClosenessChanged(opportunityId, 3, 52.5, 61.0, List.of("DECISION_MAKER", "EVALUATOR"), 64.2, 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> facts(opportunityId).known());
        ChainFacts facts = facts(opportunityId);
        assertThat(facts.c()).isEqualTo(52.5);
        assertThat(facts.s()).isEqualTo(61.0);
        assertThat(facts.rolesPresent()).isEqualTo(Set.of("DECISION_MAKER", "EVALUATOR"));
        assertThat(facts.bestCoachC()).isEqualTo(64.2);
        assertThat(facts.supporters()).isEqualTo(2);
        assertThat(facts.evaluatedAt()).isEqualTo(EVALUATED);
    }

    @Test
    void anOlderVersionArrivingLateChangesNothingAndAChainWithoutCoachHasNone() {
        String marker = "opp-" + UUID.randomUUID();
        send(chainClosenessChanged(opportunityId, 5, 70.0, 55.0, List.of("DECISION_MAKER"), null, 0),
                chainClosenessChanged(opportunityId, 4, 30.0, 20.0, List.of(), null, 0),
                chainClosenessChanged(marker, 1, 10.0, 10.0, List.of(), null, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> facts(marker).known());
        ChainFacts facts = facts(opportunityId);
        assertThat(facts.c()).as("version 5 stays").isEqualTo(70.0);
        assertThat(facts.bestCoachC()).isNull();
    }

    @Test
    void aChainClosenessBreakingItsContractIsDeadLetteredWithTheReason() {
        ConsumerTask<String, String> deadLetters = topics.deadLetters(TOPIC);
        JsonObject broken = chainData(opportunityId, 40.0, 40.0, List.of(), null, 0);
        broken.remove("c");
        String marker = "opp-" + UUID.randomUUID();

        send(event(opportunityId, 1, broken), chainClosenessChanged(marker, 1, 10.0, 10.0, List.of(), null, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> facts(marker).known());
        assertThat(facts(opportunityId).known()).as("the broken closeness is not kept").isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(deadLetters, opportunityId).size() == 1);
        assertThat(Topics.reason(deadLettered(deadLetters, opportunityId).get(0)))
                .contains("required property 'c' not found");
    }

    @Test
    void aRecordKeyedByAPersonsClosenessIsSkippedUnreadButAChainsThatIsNotJsonIsDeadLettered() {
        ConsumerTask<String, String> deadLetters = topics.deadLetters(TOPIC);
        String person = "closeness:person:" + UUID.randomUUID();
        String chain = "closeness:chain:" + opportunityId;
        String marker = "opp-" + UUID.randomUUID();

        send(garbage(person), garbage(chain), chainClosenessChanged(marker, 1, 10.0, 10.0, List.of(), null, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> facts(marker).known());
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(deadLetters, chain).size() == 1);
        assertThat(Topics.reason(deadLettered(deadLetters, chain).get(0))).contains("value is not a JSON object");
        assertThat(deadLettered(deadLetters, person)).as("the person's record is not even read").isEmpty();
    }

    @Test
    void aRecordWithoutAKeyIsReadAsBeforeAChainsClosenessKeptAndAPersonsIgnored() {
        ConsumerTask<String, String> deadLetters = topics.deadLetters(TOPIC);
        UUID keyPersonId = UUID.randomUUID();
        String person = "closeness:person:" + keyPersonId;
        // Not this service's business, so not checked: an incomplete person is ignored, not dead-lettered.
        JsonObject incomplete = chainData(opportunityId, 90.0, 90.0, List.of(), null, 0).put("level", "PERSON")
                .put("keyPersonId", keyPersonId.toString()).put("opportunityId", null).put("group", null)
                .put("person", new JsonObject().put("kind", "COACH"));
        byte[] personEvent = Topics.cloudEvent("/five-arrows/network-service",
                "five-arrows.network.ClosenessChanged.v1", person, EVALUATED, 1L, incomplete);

        send(new Keyed(null, personEvent), unkeyed(garbage(person)),
                unkeyed(chainClosenessChanged(opportunityId, 1, 45.0, 45.0, List.of(), null, 0)));

        await().atMost(Duration.ofSeconds(30)).until(() -> facts(opportunityId).known());
        assertThat(facts(opportunityId).c()).isEqualTo(45.0);
        String garbage = "<not JSON, of " + person;
        await().atMost(Duration.ofSeconds(30)).until(() -> !deadLettered(deadLetters, garbage).isEmpty());
        assertThat(Topics.reason(deadLettered(deadLetters, garbage).get(0))).contains("value is not a JSON object");
        assertThat(deadLettered(deadLetters, person)).as("the garbage is read and dead-lettered, the person ignored")
                .hasSize(1);
    }

    /** The dead letters whose value mentions {@code text}. */
    private static List<ConsumerRecord<String, String>> deadLettered(ConsumerTask<String, String> deadLetters,
                                                                     String text) {
        return deadLetters.getRecords().stream().filter(record -> record.value().contains(text)).toList();
    }

    private ChainFacts facts(String opportunity) {
        return closeness.factsOf(opportunity).await().indefinitely();
    }

    private static Keyed chainClosenessChanged(String opportunity, long version, double c, double s, List<String> roles,
                                               Double bestCoachC, int supporters) {
        return event(opportunity, version, chainData(opportunity, c, s, roles, bestCoachC, supporters));
    }

    private static JsonObject chainData(String opportunity, double c, double s, List<String> roles, Double bestCoachC,
                                        int supporters) {
        JsonObject group = new JsonObject().put("members", 3).put("rolesPresent", new JsonArray(roles))
                .put("bestCoachC", bestCoachC).put("supporters", supporters).put("coverage", 66.67)
                .put("decisionMakerCovered", false).put("approverCovered", false).put("unassessedMembers", 0)
                .put("gaps", new JsonArray()).put("blockers", new JsonArray());
        return new JsonObject().put("level", "DECISION_CHAIN").put("opportunityId", opportunity)
                .put("accountId", "acct-4711").put("evaluatedAt", EVALUATED.toString()).put("trigger", "INPUTS_CHANGED")
                .put("r", 50.0).put("s", s).put("p", 40.0).put("c", c).put("band", "FAIR").put("trend", "STEADY")
                .put("previous", null).put("group", group).put("opportunityStage", "QUALIFY");
    }

    /** A chain's closeness as network-service's relay publishes it: keyed by the stream id of the event. */
    private static Keyed event(String opportunity, long version, JsonObject data) {
        String stream = "closeness:chain:" + opportunity;
        return new Keyed(stream, Topics.cloudEvent("/five-arrows/network-service",
                "five-arrows.network.ClosenessChanged.v1", stream, EVALUATED, version, data));
    }

    /** A record keyed by {@code stream} whose value is not JSON but names the stream, to find its dead letter by. */
    private static Keyed garbage(String stream) {
        return new Keyed(stream, ("<not JSON, of " + stream + ">").getBytes(StandardCharsets.UTF_8));
    }

    private static Keyed unkeyed(Keyed record) {
        return new Keyed(null, record.value());
    }

    private void send(Keyed... records) {
        topics.sendToOnePartition(TOPIC, records);
    }
}
