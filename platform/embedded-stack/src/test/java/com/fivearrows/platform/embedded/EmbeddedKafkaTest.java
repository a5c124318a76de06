package com.fivearrows.platform.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.createTemporary(Path.of("target"));
        kafka.start();
    }

    @AfterAll
    static void closeBroker() {
        kafka.close();
    }

    @Test
    void aRestartKeepsTheClusterItsAddressAndItsRecords() {
        String topic = "restart-" + UUID.randomUUID();
        kafka.createTopics(topic);
        produce(topic, "opportunity-1", "StageAdvanced");
        String address = kafka.bootstrapServers();
        String clusterId = clusterId();

        kafka.stop();
        kafka.start();

        assertEquals(address, kafka.bootstrapServers());
        assertEquals(clusterId, clusterId());
        produce(topic, "opportunity-1", "BidWon");
        assertEquals(List.of("StageAdvanced", "BidWon"), consumeAll(topic, 2));
    }

    @Test
    void creatingTopicsTwiceKeepsTheFirstOnes() throws Exception {
        kafka.createTopics("five-arrows.network.events", "five-arrows.network.events.dlq");
        kafka.createTopics("five-arrows.network.events");

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            var description = admin.describeTopics(List.of("five-arrows.network.events")).allTopicNames().get()
                    .get("five-arrows.network.events");
            assertEquals(3, description.partitions().size());
            assertTrue(admin.listTopics().names().get().contains("five-arrows.network.events.dlq"));
        }
    }

    private static String clusterId() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Cannot describe the cluster", e);
        }
    }

    private static void produce(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("Cannot produce to " + topic, e);
        }
    }

    private static List<String> consumeAll(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return values.size() >= expected;
            });
        }
        return values;
    }
}
