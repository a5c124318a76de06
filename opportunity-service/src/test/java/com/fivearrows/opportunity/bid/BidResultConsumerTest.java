package com.fivearrows.opportunity.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.opportunity.testing.Opportunities;
import com.fivearrows.opportunity.testing.Topics;
import com.fivearrows.platform.service.sql.SqlTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bid result closes the opportunity WON or LOST, once, at the instant the bid was decided. */
@QuarkusTest
class BidResultConsumerTest {
    private static final String TOPIC = "five-arrows.bid.events";
    private static final Instant DECIDED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    Pool pool;

    Topics topics;
    String accountId;

    @BeforeEach
    void connect() {
        topics = Topics.connect();
        accountId = "acct-" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }

    @Test
    void aWonBidClosesTheOpportunityWonAndTheSameResultAgainChangesNothing() {
        String id = Opportunities.open(accountId);
        byte[] won = bidResult(id, "WON", null);

        topics.send(TOPIC, id, won, bidResult(id, "WON", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> "WON".equals(Opportunities.get(id).getString("status")));
        JsonPath opportunity = Opportunities.get(id);
        assertThat(opportunity.getString("forecastCategory")).isEqualTo("CLOSED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(closedAt(id))
                .as("the forecast counts it by when the bid was decided, not when the result arrived").isEqualTo(DECIDED));
        long version = opportunity.getLong("version");
        String marker = Opportunities.open(accountId);
        topics.send(TOPIC, id, bidResult(id, "WON", null), bidResult(marker, "LOST", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> "LOST".equals(Opportunities.get(marker).getString("status")));
        assertThat(Opportunities.get(id).getLong("version")).as("the repeated result appended nothing").isEqualTo(version);
    }

    @Test
    void aBidForAnOpportunityThisServiceDoesNotHaveIsDeadLetteredWithTheReason() {
        ConsumerTask<String, String> deadLetters = topics.deadLetters(TOPIC);
        String unknown = "opp-unknown-" + UUID.randomUUID();

        topics.send(TOPIC, unknown, bidResult(unknown, "LOST", "price"));

        await().atMost(Duration.ofSeconds(30)).until(() -> ours(deadLetters, unknown).size() == 1);
        assertThat(Topics.reason(ours(deadLetters, unknown).get(0))).contains("opportunity").contains(unknown);
    }

    private Instant closedAt(String opportunityId) {
        var rows = pool.preparedQuery("SELECT closed_at FROM opportunity WHERE opportunity_id = $1")
                .execute(Tuple.of(opportunityId)).await().indefinitely();
        return rows.size() == 0 ? null : SqlTime.instant(rows.iterator().next(), "closed_at");
    }

    private static List<ConsumerRecord<String, String>> ours(ConsumerTask<String, String> deadLetters, String id) {
        return deadLetters.getRecords().stream().filter(record -> record.value().contains(id)).toList();
    }

    private byte[] bidResult(String opportunityId, String result, String reason) {
        UUID bidId = UUID.randomUUID();
        JsonObject data = new JsonObject().put("bidId", bidId.toString()).put("opportunityId", opportunityId)
                .put("accountId", accountId).put("result", result).put("decidedAt", DECIDED.toString())
                .put("amount", new JsonObject().put("value", "118000.00").put("currency", "EUR"))
                .put("winningCompetitor", "WON".equals(result) ? null : "Globex").put("reason", reason);
        return Topics.cloudEvent("/five-arrows/bid-analytics-service", "five-arrows.bid.BidResultRecorded.v1",
                bidId.toString(), DECIDED, 3L, data);
    }
}
