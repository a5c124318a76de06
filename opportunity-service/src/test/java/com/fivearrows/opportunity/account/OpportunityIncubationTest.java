package com.fivearrows.opportunity.account;

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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An account's opportunity idea, promoted by account-service, opens an opportunity in the first stage, once. */
@QuarkusTest
class OpportunityIncubationTest {
    private static final String TOPIC = "five-arrows.account.events";

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
    void anIncubatedIdeaOpensInIdentifyFromIncubationOnceEvenWhenSentTwice() {
        UUID ideaId = UUID.randomUUID();
        String id = AccountEventConsumer.incubatedOpportunityId(ideaId);

        topics.send(TOPIC, accountId, incubated(ideaId, new JsonObject().put("value", "40000").put("currency", "USD")),
                incubated(ideaId, new JsonObject().put("value", "40000").put("currency", "USD")));

        await().atMost(Duration.ofSeconds(30)).until(() -> Opportunities.get(id) != null);
        JsonPath opportunity = Opportunities.get(id);
        assertThat(opportunity.getString("stage")).isEqualTo("IDENTIFY");
        assertThat(opportunity.getString("accountId")).isEqualTo(accountId);
        assertThat(opportunity.getString("amount.value")).isEqualTo("40000");
        UUID markerIdea = UUID.randomUUID();
        long version = opportunity.getLong("version");
        topics.send(TOPIC, accountId, incubated(ideaId, null), incubated(markerIdea, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Opportunities.get(AccountEventConsumer.incubatedOpportunityId(markerIdea)) != null);
        assertThat(Opportunities.get(id).getLong("version")).as("opened once").isEqualTo(version);
        assertThat(Opportunities.get(id).getString("amount.value")).as("as first opened").isEqualTo("40000");
    }

    @Test
    void anIdeaWithoutAnEstimateOpensAtZeroInTheReportingCurrencyForTheGateToAskFor() {
        UUID ideaId = UUID.randomUUID();
        String id = AccountEventConsumer.incubatedOpportunityId(ideaId);

        topics.send(TOPIC, accountId, incubated(ideaId, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> Opportunities.get(id) != null);
        assertThat(Opportunities.get(id).getString("amount.value")).isEqualTo("0");
        assertThat(Opportunities.get(id).getString("amount.currency")).isEqualTo("EUR");
    }

    private byte[] incubated(UUID ideaId, JsonObject amount) {
        JsonObject data = new JsonObject().put("ideaId", ideaId.toString()).put("accountId", accountId)
                .put("name", "Predictive maintenance pilot").put("owner", "sam.seller")
                .put("team", new JsonArray().add("sam.seller")).put("amount", amount).put("expectedCloseDate", null)
                .put("incubatedAt", Instant.now().toString());
        return Topics.cloudEvent("/five-arrows/account-service", "five-arrows.account.OpportunityIncubated.v1",
                accountId, Instant.now(), 4L, data);
    }
}
