package com.fivearrows.platform.eventsourcing.relay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelayTest {
    private static final String TOPIC = "five-arrows.sample.events";
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final String TRACE_PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Inject
    EventStore store;

    KafkaCompanion kafka;
    ConsumerTask<String, String> published;
    String run;

    @BeforeEach
    void consumeTheTopic() {
        kafka = new KafkaCompanion(FiveArrowsTestStack.kafka().bootstrapServers());
        published = kafka.consumeStrings().withGroupId("relay-test-" + UUID.randomUUID()).fromTopics(TOPIC);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stop() {
        published.stop();
        kafka.close();
    }

    @Test
    void everyEventIsPublishedOnceInStreamOrderWhenTransactionsCommitOutOfOrder() {
        int streams = 12;
        int eventsPerStream = 15;
        List<Uni<Void>> appends = new ArrayList<>();
        for (int version = 1; version <= eventsPerStream; version++) {
            for (int s = 0; s < streams; s++) {
                appends.add(appendHoldingTheTransaction(stream(s), version));
            }
        }
        // Eight writers at once, each holding its transaction open for a random moment after inserting:
        // transactions commit in another order than their events were numbered.
        Multi.createFrom().iterable(appends).onItem().transformToUni(append -> append).merge(8)
                .collect().asList().await().atMost(Duration.ofMinutes(2));
        String marker = appendMarker();

        await().atMost(Duration.ofSeconds(60)).until(() -> ours().stream().anyMatch(r -> r.key().equals(marker)));

        List<ConsumerRecord<String, String>> records = ours().stream().filter(r -> !r.key().equals(marker)).toList();
        assertThat(records).hasSize(streams * eventsPerStream);
        assertThat(records.stream().map(r -> CloudEventCodec.parse(bytes(r)).id()).distinct()).hasSize(streams * eventsPerStream);
        Map<String, List<Long>> versionsByStream = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            versionsByStream.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(CloudEventCodec.parse(bytes(record)).streamVersion());
        }
        List<Long> expected = IntStream.rangeClosed(1, eventsPerStream).mapToObj(Long::valueOf).toList();
        assertThat(versionsByStream).hasSize(streams);
        versionsByStream.forEach((stream, versions) -> assertThat(versions).as(stream).isEqualTo(expected));
    }

    @Test
    void eventsArePublishedAsCloudEventsKeyedByStream() throws Exception {
        String stream = stream(0);
        UUID correlation = UUID.randomUUID();
        store.append("Counter", stream, EventStore.NO_STREAM, List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", 7))),
                new EventMetadata(correlation, null, "seller-9", NOW, null, TRACE_PARENT)).await().indefinitely();

        await().atMost(Duration.ofSeconds(30)).until(() -> !ours().isEmpty());

        ConsumerRecord<String, String> record = ours().get(0);
        assertThat(record.key()).isEqualTo(stream);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        JsonObject json = new JsonObject(record.value());
        assertThat(json.getString("specversion")).isEqualTo("1.0");
        assertThat(json.getString("type")).isEqualTo("five-arrows.sample.Incremented.v1");
        assertThat(json.getString("source")).isEqualTo("/five-arrows/sample-service");
        assertThat(json.getString("subject")).isEqualTo(stream);
        assertThat(json.getString("datacontenttype")).isEqualTo("application/json");
        assertThat(json.getString("time")).isEqualTo("2026-11-27T10:15:30Z");
        assertThat(json.getLong("streamversion")).isEqualTo(1L);
        assertThat(json.getString("correlationid")).isEqualTo(correlation.toString());
        assertThat(json.getString("actor")).isEqualTo("seller-9");
        assertThat(json.getJsonObject("data")).isEqualTo(new JsonObject().put("amount", 7));
        assertThat(json.getString("traceparent")).isEqualTo(TRACE_PARENT);
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8)).isEqualTo(TRACE_PARENT);
        assertThat(EventContracts.onClasspath().envelopeViolations(new ObjectMapper().readTree(record.value()))).isEmpty();
        assertThat(CloudEventCodec.parse(bytes(record)).typeName()).isEqualTo(new EventTypeName("sample", "Incremented", 1));
    }

    @Test
    void commandsAreAcceptedWhileKafkaIsDownAndEveryEventArrivesAfterItsReturn() {
        FiveArrowsTestStack.kafka().stop();
        Set<String> appended = new HashSet<>();
        try {
            for (int i = 0; i < 30; i++) {
                String stream = stream(i % 5);
                store.append("Counter", stream, EventStore.ANY, List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", i))),
                        EventMetadata.command("test", NOW)).await().atMost(Duration.ofSeconds(10));
                appended.add(stream + "#" + i);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> relayReadiness().equals("DOWN"));
            await().atMost(Duration.ofSeconds(10)).until(() -> relayBacklog() >= 30);
        } finally {
            FiveArrowsTestStack.kafka().start();
        }
        assertThat(appended).hasSize(30);

        await().atMost(Duration.ofSeconds(90)).until(() -> ours().stream()
                .map(r -> r.key() + "#" + CloudEventCodec.parse(bytes(r)).data().getLong("amount"))
                .collect(java.util.stream.Collectors.toSet())
                .containsAll(appended));
        await().atMost(Duration.ofSeconds(30)).until(() -> relayReadiness().equals("UP"));
        await().atMost(Duration.ofSeconds(30)).until(() -> relayBacklog() == 0);
    }

    private static double relayBacklog() {
        String metrics = given().get("/q/metrics").then().extract().asString();
        return metrics.lines().filter(line -> line.startsWith("five_arrows_relay_backlog{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    private static String relayReadiness() {
        return given().get("/q/health/ready").then().extract().path("checks.find { it.name == 'event-relay' }.status");
    }

    private Uni<Void> appendHoldingTheTransaction(String stream, long version) {
        return store.pool().withTransaction(tx -> store.append(tx, "Counter", stream, version - 1,
                                List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", version))), EventMetadata.command("test", NOW))
                        .call(() -> tx.query("SELECT pg_sleep(random() * 0.03)").execute()))
                .onFailure(ConcurrencyConflict.class).retry().withBackOff(Duration.ofMillis(5), Duration.ofMillis(50)).atMost(100)
                .replaceWithVoid();
    }

    private String appendMarker() {
        String marker = stream(999);
        store.append("Counter", marker, EventStore.NO_STREAM, List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", 1))),
                EventMetadata.command("test", NOW)).await().indefinitely();
        return marker;
    }

    private String stream(int index) {
        return "relay-" + run + "-" + index;
    }

    private List<ConsumerRecord<String, String>> ours() {
        return Collections.unmodifiableList(published.getRecords().stream()
                .filter(r -> r.key() != null && r.key().startsWith("relay-" + run + "-"))
                .toList());
    }

    private static byte[] bytes(ConsumerRecord<String, String> record) {
        return record.value().getBytes(StandardCharsets.UTF_8);
    }
}
