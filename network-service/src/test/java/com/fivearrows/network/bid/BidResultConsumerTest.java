package com.fivearrows.network.bid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.network.app.KeyPersonFacts;
import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainCommand.AddChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.ApplyOpportunityContext;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.interaction.Interaction;
import com.fivearrows.network.interaction.InteractionSource;
import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonCommand.DeactivateKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand.RegisterKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonProfile;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bid result gives every member of the opportunity's decision chain one BID_WON or BID_LOST interaction. */
@QuarkusTest
class BidResultConsumerTest {
    private static final String TOPIC = "five-arrows.bid.events";
    private static final Instant DECIDED = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;

    @Inject
    AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains;

    @Inject
    KeyPersonFacts facts;

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    KafkaCompanion kafka;
    String run;
    String accountId;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        run = UUID.randomUUID().toString().substring(0, 8);
        accountId = "acct-" + run;
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aLostBidGivesTheWholeChainOneNegativeBidLostInteraction() {
        String opportunityId = "opp-" + run;
        UUID cfo = registerPerson(Kind.APPROVER);
        UUID cto = registerPerson(Kind.DECISION_MAKER);
        chainWith(opportunityId, cfo, cto);
        UUID bidId = UUID.randomUUID();

        send(bidResult(bidId, opportunityId, "LOST"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .queryParam("opportunityId", opportunityId)
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].interactionId", equalTo(Interaction.idFor(InteractionSource.BID, bidId.toString()).toString()))
                .body("items[0].keyPersonIds", containsInAnyOrder(cfo.toString(), cto.toString()))
                .body("items[0].type", equalTo("BID_LOST"))
                .body("items[0].outcome", equalTo("NEGATIVE"))
                .body("items[0].source", equalTo("BID"))
                .body("items[0].externalId", equalTo(bidId.toString()))
                .body("items[0].seller", equalTo("sam.seller"))
                .body("items[0].occurredAt", equalTo(DECIDED.toString())));
    }

    @Test
    void aRedeliveredBidResultRecordsNothingMore() {
        String opportunityId = "opp-" + run;
        chainWith(opportunityId, registerPerson(Kind.EVALUATOR), registerPerson(Kind.USER));
        String marker = "opp-" + run + "-marker";
        chainWith(marker, registerPerson(Kind.COACH));
        byte[] won = bidResult(UUID.randomUUID(), opportunityId, "WON");

        send(won, won, bidResult(UUID.randomUUID(), marker, "WON"));

        await().atMost(Duration.ofSeconds(30)).until(() -> interactionsAbout(marker) == 1);
        assertThat(interactionsAbout(opportunityId)).isEqualTo(1);
    }

    @Test
    void aChainWithoutActiveMembersGetsNoInteractionAndTheNextResultIsStillRecorded() {
        String unknown = "opp-" + run + "-unknown";
        String withDeactivated = "opp-" + run + "-left";
        UUID left = registerPerson(Kind.APPROVER);
        UUID stays = registerPerson(Kind.EVALUATOR);
        chainWith(withDeactivated, left, stays);
        keyPersons.handle(KeyPerson.streamId(left), EventStore.ANY, new DeactivateKeyPerson(left, "retired"),
                EventMetadata.command("test", Instant.now())).await().indefinitely();
        UUID unknownBid = UUID.randomUUID();

        send(bidResult(unknownBid, unknown, "LOST"), bidResult(UUID.randomUUID(), withDeactivated, "WON"));

        await().atMost(Duration.ofSeconds(30)).until(() -> interactionsAbout(withDeactivated) == 1);
        assertThat(pool.preparedQuery("SELECT key_person_ids FROM interaction WHERE opportunity_id = $1")
                .execute(Tuple.of(withDeactivated)).await().indefinitely().iterator().next().getArrayOfUUIDs("key_person_ids"))
                .containsExactly(stays);
        assertThat(store.currentVersion(pool, Interaction.streamIdFor(InteractionSource.BID, unknownBid.toString()))
                .await().indefinitely()).isZero();
    }

    private UUID registerPerson(Kind kind) {
        UUID id = UUID.randomUUID();
        KeyPersonProfile profile = new KeyPersonProfile("Person " + id, null, null, Seniority.SENIOR_MANAGER, Scope.OPPORTUNITY,
                kind, 0, null, null, null, List.of());
        keyPersons.handle(KeyPerson.streamId(id), EventStore.NO_STREAM, new RegisterKeyPerson(id, accountId, profile, "test"),
                EventMetadata.command("test", Instant.now())).await().indefinitely();
        return id;
    }

    /** A chain of the given members whose opportunity sam.seller owns. */
    private void chainWith(String opportunityId, UUID... members) {
        String stream = DecisionChain.streamId(opportunityId);
        chains.handle(stream, EventStore.ANY, new ApplyOpportunityContext(opportunityId, accountId, "NEGOTIATE", null, null,
                "OPEN", "sam.seller", List.of("sam.seller"), DECIDED.minus(30, ChronoUnit.DAYS), "test"),
                EventMetadata.command("test", Instant.now())).await().indefinitely();
        for (UUID member : members) {
            chains.handle(stream, EventStore.ANY, new AddChainMember(opportunityId, facts.of(member).await().indefinitely(),
                    null, null, "test"), EventMetadata.command("test", Instant.now())).await().indefinitely();
        }
    }

    private byte[] bidResult(UUID bidId, String opportunityId, String result) {
        JsonObject data = new JsonObject().put("bidId", bidId.toString()).put("opportunityId", opportunityId)
                .put("accountId", accountId).put("result", result).put("decidedAt", DECIDED.toString())
                .put("amount", null).put("winningCompetitor", null).put("reason", null);
        return CloudEventCodec.toBytes(new CloudEvent(UUID.randomUUID().toString(), "/five-arrows/bid-analytics-service",
                "five-arrows.bid.BidResultRecorded.v1", bidId.toString(), DECIDED, 2L, UUID.randomUUID().toString(), null,
                "mia.manager", null, data));
    }

    /** Sends the events with one key, so they share a partition and arrive in this order. */
    @SuppressWarnings("unchecked")
    private void send(byte[]... events) {
        ProducerRecord<String, String>[] records = Arrays.stream(events)
                .map(event -> new ProducerRecord<>(TOPIC, run, new String(event, StandardCharsets.UTF_8)))
                .toArray(ProducerRecord[]::new);
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    private long interactionsAbout(String opportunityId) {
        return pool.preparedQuery("SELECT count(*) AS n FROM interaction WHERE opportunity_id = $1")
                .execute(Tuple.of(opportunityId)).await().indefinitely().iterator().next().getLong("n");
    }
}
