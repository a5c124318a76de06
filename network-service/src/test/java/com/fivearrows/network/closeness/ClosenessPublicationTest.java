package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publisher tells other services about closeness: a change of a point or more, or of a flag, is published as a
 * ClosenessChanged event for the person, each chain it is in and its account; a smaller drift is not; time alone
 * moving a score is published by the decay pass. Every event conforms to its published contract.
 */
@QuarkusTest
class ClosenessPublicationTest {
    private static final String TOPIC = "five-arrows.network.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventStore store;
    @Inject
    Projections projections;
    @Inject
    Pool pool;
    @Inject
    DecayPass decayPass;
    @Inject
    ClosenessPublisher publisher;

    NetworkEvents events;
    KafkaCompanion kafka;
    ConsumerTask<String, String> published;

    @BeforeEach
    void consume() {
        events = new NetworkEvents(store, projections);
        kafka = new KafkaCompanion(FiveArrowsTestStack.kafka().bootstrapServers());
        published = kafka.consumeStrings().withGroupId("closeness-test-" + UUID.randomUUID()).fromTopics(TOPIC);
    }

    @AfterEach
    void stop() {
        published.stop();
        kafka.close();
    }

    @Test
    void anAssessmentIsPublishedForThePersonItsChainAndItsAccount() {
        String account = NetworkEvents.newId("acct");
        String opportunity = NetworkEvents.newId("opp");
        Instant now = Instant.now();
        UUID person = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, now);
        events.startChain(opportunity, account, now);
        events.addMember(opportunity, person, Kind.DECISION_MAKER, 5, now);
        JsonObject first = awaitClosenessChanged("closeness:person:" + person, 1);
        assertThat(first.getDouble("c")).isZero();
        assertThat(first.getValue("previous")).isNull();
        // The chain and the account are first published once they hold the member, before anything is assessed.
        long chainVersion = awaitChainWithMembers(opportunity, 1);
        awaitClosenessChanged("closeness:account:" + account, 1);

        events.assess(person, "SolutionStanceAssessed", "CHAMPION", now, now);

        JsonObject personEvent = awaitClosenessChanged("closeness:person:" + person, 2);
        // S = 100 (CHAMPION), C = 0.4 × 0 + 0.3 × 100 + 0.3 × 0 = 30
        assertThat(personEvent.getDouble("s")).isEqualTo(100.0);
        assertThat(personEvent.getDouble("c")).isCloseTo(30.0, within(1e-9));
        assertThat(personEvent.getString("band")).isEqualTo("POOR");
        assertThat(personEvent.getString("trigger")).isEqualTo("INPUTS_CHANGED");
        assertThat(personEvent.getJsonObject("previous").getDouble("c")).isZero();
        assertThat(personEvent.getJsonObject("person").getString("kind")).isEqualTo("DECISION_MAKER");
        assertThat(personEvent.getJsonObject("person").getBoolean("solutionAssessed")).isTrue();

        JsonObject chainEvent = awaitClosenessChanged("closeness:chain:" + opportunity, chainVersion + 1);
        assertThat(chainEvent.getString("level")).isEqualTo("DECISION_CHAIN");
        assertThat(chainEvent.getString("opportunityId")).isEqualTo(opportunity);
        assertThat(chainEvent.getDouble("c")).isCloseTo(30.0, within(1e-9));
        assertThat(chainEvent.getJsonObject("group").getInteger("members")).isEqualTo(1);
        assertThat(chainEvent.getJsonObject("group").getJsonArray("rolesPresent")).containsExactly("DECISION_MAKER");
        assertThat(chainEvent.getJsonObject("group").getBoolean("decisionMakerCovered")).isFalse();

        JsonObject accountEvent = awaitClosenessChanged("closeness:account:" + account, 2);
        assertThat(accountEvent.getString("level")).isEqualTo("ACCOUNT");
        assertThat(accountEvent.getDouble("s")).isEqualTo(100.0);
    }

    @Test
    void aDriftBelowOnePointIsNotPublished() {
        String account = NetworkEvents.newId("acct");
        Instant now = Instant.now();
        UUID person = events.registerPerson(account, Scope.COMPANY, Kind.USER, 2, now);
        awaitClosenessChanged("closeness:person:" + person, 1);

        // One neutral e-mail a year ago: A = 1 × 0.6 × 2^(−365/60) ≈ 0.0087, I ≈ 0.087, R ≈ 0.035, C ≈ 0.014 — under a point.
        events.recordInteraction(List.of(person), InteractionType.EMAIL, Outcome.NEUTRAL, now.minus(Duration.ofDays(365)), now);
        events.awaitProjected();
        await().atMost(Duration.ofSeconds(30)).until(() -> !marked(person));

        assertThat(streamVersion("closeness:person:" + person)).isEqualTo(1);
    }

    @Test
    void theDecayPassPublishesWhatTimeAloneMoved() {
        String account = NetworkEvents.newId("acct");
        Instant now = Instant.now();
        UUID person = events.registerPerson(account, Scope.OPPORTUNITY, Kind.EVALUATOR, 3, now);
        awaitClosenessChanged("closeness:person:" + person, 1);
        events.recordInteraction(List.of(person), InteractionType.SITE_VISIT, Outcome.POSITIVE, now, now);
        JsonObject fresh = awaitClosenessChanged("closeness:person:" + person, 2);
        // A = 6, I = 100 × (1 − e^−0.6) = 45.119, R = 0.4 × 45.119 = 18.048, C = 0.4 × R = 7.219
        assertThat(fresh.getDouble("c")).isCloseTo(7.219, within(1e-3));

        QuarkusMock.installMockForType(Clock.fixed(now.plus(Duration.ofDays(60)), ZoneOffset.UTC), Clock.class);
        decayPass.markAll().await().indefinitely();
        publisher.wake();

        JsonObject decayed = awaitClosenessChanged("closeness:person:" + person, 3);
        // One half-life later: A = 3, I = 100 × (1 − e^−0.3) = 25.918, R = 10.367, C = 4.147
        assertThat(decayed.getString("trigger")).isEqualTo("TIME_PASSED");
        assertThat(decayed.getDouble("c")).isCloseTo(4.147, within(1e-3));
        assertThat(decayed.getJsonObject("previous").getDouble("c")).isCloseTo(7.219, within(1e-3));
    }

    /** The ClosenessChanged event at this version of the subject's stream, once published, checked against its contract. */
    private JsonObject awaitClosenessChanged(String streamId, long version) {
        JsonObject[] found = new JsonObject[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : List.copyOf(published.getRecords())) {
                JsonObject cloudEvent = new JsonObject(record.value());
                if (record.key().equals(streamId) && cloudEvent.getLong("streamversion") == version) {
                    found[0] = cloudEvent;
                    return true;
                }
            }
            return false;
        });
        JsonObject cloudEvent = found[0];
        assertThat(cloudEvent.getString("type")).isEqualTo("five-arrows.network.ClosenessChanged.v1");
        JsonObject data = cloudEvent.getJsonObject("data");
        try {
            assertThat(EventContracts.onClasspath().violations(EventTypeName.parse(cloudEvent.getString("type")),
                    JSON.readTree(data.encode()))).isEmpty();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return data;
    }

    /**
     * The version of the chain's closeness stream once it has published the chain with this many members (it may
     * have been published empty before, when the chain started ahead of its first member).
     */
    private long awaitChainWithMembers(String opportunity, int members) {
        long[] version = new long[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : List.copyOf(published.getRecords())) {
                JsonObject cloudEvent = new JsonObject(record.value());
                JsonObject group = cloudEvent.getJsonObject("data").getJsonObject("group");
                if (record.key().equals("closeness:chain:" + opportunity) && group != null && group.getInteger("members") == members) {
                    version[0] = cloudEvent.getLong("streamversion");
                    return true;
                }
            }
            return false;
        });
        return version[0];
    }

    private boolean marked(UUID person) {
        return pool.preparedQuery("SELECT 1 FROM closeness_dirty WHERE subject_kind = 'PERSON' AND subject_id = $1")
                .execute(Tuple.of(person.toString())).await().indefinitely().size() > 0;
    }

    private long streamVersion(String streamId) {
        return store.currentVersion(pool, streamId).await().indefinitely();
    }
}
