package com.fivearrows.network.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.chain.OpportunityContext;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** opportunity-service's events keep each decision chain's opportunity context, once per event. */
@QuarkusTest
class OpportunityEventConsumerTest {
    private static final String TOPIC = "five-arrows.opportunity.events";
    private static final String DEAD_LETTERS = TOPIC + ".dlq";
    private static final Instant OPENED = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains;

    @Inject
    EventStore store;

    KafkaCompanion kafka;
    String opportunityId;
    String accountId;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        String run = UUID.randomUUID().toString().substring(0, 8);
        opportunityId = "opp-" + run;
        accountId = "acct-" + run;
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anOpenedOpportunityThatAdvancesGivesItsChainAccountStageOwnerAndTeam() {
        send(opportunityId, event("OpportunityOpened", opened()),
                event("StageAdvanced", stageAdvanced("QUALIFY", OPENED.plus(2, ChronoUnit.DAYS))));

        await().atMost(Duration.ofSeconds(30)).until(() -> "QUALIFY".equals(chain(opportunityId).state().context().stage()));
        DecisionChainState chain = chain(opportunityId).state();
        OpportunityContext context = chain.context();
        assertThat(chain.accountId()).isEqualTo(accountId);
        assertThat(context.owner()).isEqualTo("sam.seller");
        assertThat(context.team()).containsExactly("sam.seller", "olga.seller");
        assertThat(context.status()).isEqualTo("OPEN");
        assertThat(context.amount()).isEqualByComparingTo(new BigDecimal("125000.50"));
        assertThat(context.currency()).isEqualTo("EUR");
        assertThat(context.changedAt()).isEqualTo(OPENED.plus(2, ChronoUnit.DAYS));
        assertThat(chain.startedBy()).as("the CloudEvent's actor").isEqualTo("ops.bot");
    }

    @Test
    void theSameEventTwiceChangesTheChainOnce() {
        byte[] opened = event("OpportunityOpened", opened());
        send(opportunityId, opened);
        await().atMost(Duration.ofSeconds(30)).until(() -> chain(opportunityId).version() > 0);
        long version = chain(opportunityId).version();
        String marker = opportunityId + "-marker";

        send(opportunityId, opened);
        send(opportunityId, event("OpportunityOpened", opened().put("opportunityId", marker)));

        await().atMost(Duration.ofSeconds(30)).until(() -> chain(marker).version() > 0);
        assertThat(chain(opportunityId).version()).isEqualTo(version);
    }

    @Test
    void theMeaningOfEachEventReachesTheChain() {
        Instant won = OPENED.plus(30, ChronoUnit.DAYS);
        send(opportunityId, event("OpportunityOpened", opened()),
                event("OpportunityTeamChanged", common().put("owner", "olga.seller")
                        .put("team", new JsonArray().add("olga.seller")).put("changedAt", OPENED.plus(1, ChronoUnit.DAYS).toString())),
                event("AmountChanged", common().put("amount", money("99000.00")).put("previousAmount", money("125000.50"))
                        .put("changedAt", OPENED.plus(3, ChronoUnit.DAYS).toString())),
                event("StageRegressed", common().put("fromStage", "QUALIFY").put("toStage", "IDENTIFY").put("probability", 10)
                        .put("reason", "budget frozen").put("regressedAt", OPENED.plus(4, ChronoUnit.DAYS).toString())),
                event("OpportunityWon", common().put("amount", money("98000.00")).put("wonAt", won.toString())
                        .put("reason", null)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "WON".equals(chain(opportunityId).state().context().status()));
        OpportunityContext context = chain(opportunityId).state().context();
        assertThat(context.owner()).isEqualTo("olga.seller");
        assertThat(context.team()).containsExactly("olga.seller");
        assertThat(context.stage()).isEqualTo("IDENTIFY");
        assertThat(context.amount()).isEqualByComparingTo(new BigDecimal("98000.00"));
        assertThat(context.changedAt()).isEqualTo(won);
    }

    @Test
    void aStageAdvancedWithoutToStageIsDeadLetteredAndOtherOpportunityEventsAreIgnored() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().withGroupId("dlq-" + opportunityId)
                .fromTopics(DEAD_LETTERS);
        JsonObject broken = stageAdvanced("QUALIFY", OPENED.plus(1, ChronoUnit.DAYS));
        broken.remove("toStage");
        String graded = opportunityId + "-graded";
        String marker = opportunityId + "-marker";

        send(opportunityId, event("StageAdvanced", broken),
                event("OpportunityGraded", new JsonObject().put("opportunityId", graded).put("grade", "A")),
                event("OpportunityOpened", opened().put("opportunityId", marker)));

        await().atMost(Duration.ofSeconds(30)).until(() -> chain(marker).version() > 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> ours(deadLetters).size() == 1);
        String reason = new String(ours(deadLetters).get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8);
        assertThat(reason).contains("breaks the contract of five-arrows.opportunity.StageAdvanced.v1").contains("toStage");
        assertThat(chain(opportunityId).version()).as("nothing applied of the broken event").isZero();
        assertThat(chain(graded).version()).as("a grade does not concern the chain").isZero();
        deadLetters.stop();
    }

    @Test
    void theOpportunityContextIsPublishedWithTheCloudEventAsItsCause() {
        UUID eventId = UUID.randomUUID();
        UUID correlationId = UUID.randomUUID();
        CloudEvent opened = new CloudEvent(eventId.toString(), "/five-arrows/opportunity-service",
                "five-arrows.opportunity.OpportunityOpened.v1", opportunityId, OPENED, 1L, correlationId.toString(),
                null, null, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", opened());

        send(opportunityId, CloudEventCodec.toBytes(opened));

        await().atMost(Duration.ofSeconds(30)).until(() -> chain(opportunityId).version() > 0);
        List<StoredEvent> stored = store.load(DecisionChain.streamId(opportunityId)).await().indefinitely();
        assertThat(stored).extracting(StoredEvent::type).containsExactly("DecisionChainStarted", "OpportunityContextChanged");
        assertThat(stored).allSatisfy(event -> {
            assertThat(event.metadata().causationId()).isEqualTo(eventId);
            assertThat(event.metadata().correlationId()).isEqualTo(correlationId);
            assertThat(event.metadata().actor()).isEqualTo("opportunity-service");
            assertThat(event.metadata().traceParent()).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        });
    }

    private JsonObject common() {
        return new JsonObject().put("opportunityId", opportunityId).put("accountId", accountId);
    }

    private JsonObject opened() {
        return common().put("name", "Predictive maintenance, plant 2").put("owner", "sam.seller")
                .put("team", new JsonArray().add("sam.seller").add("olga.seller")).put("stage", "IDENTIFY")
                .put("amount", money("125000.50")).put("expectedCloseDate", "2027-03-31").put("source", null)
                .put("openedAt", OPENED.toString());
    }

    private JsonObject stageAdvanced(String toStage, Instant at) {
        return common().put("fromStage", "IDENTIFY").put("toStage", toStage).put("probability", 20)
                .put("gateOverridden", false).put("advancedAt", at.toString());
    }

    private static JsonObject money(String value) {
        return new JsonObject().put("value", value).put("currency", "EUR");
    }

    private byte[] event(String name, JsonObject data) {
        return CloudEventCodec.toBytes(new CloudEvent(UUID.randomUUID().toString(), "/five-arrows/opportunity-service",
                "five-arrows.opportunity." + name + ".v1", data.getString("opportunityId"), Instant.now(), null,
                UUID.randomUUID().toString(), null, "ops.bot", null, data));
    }

    private Aggregate<DecisionChainState> chain(String opportunity) {
        return chains.load(DecisionChain.streamId(opportunity)).await().indefinitely();
    }

    /** Sends the events with one key, so they share a partition and arrive in this order. */
    @SuppressWarnings("unchecked")
    private void send(String key, byte[]... events) {
        ProducerRecord<String, String>[] records = Arrays.stream(events)
                .map(event -> new ProducerRecord<>(TOPIC, key, new String(event, StandardCharsets.UTF_8)))
                .toArray(ProducerRecord[]::new);
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    private List<ConsumerRecord<String, String>> ours(ConsumerTask<String, String> deadLetters) {
        return deadLetters.getRecords().stream().filter(record -> opportunityId.equals(record.key())).toList();
    }
}
