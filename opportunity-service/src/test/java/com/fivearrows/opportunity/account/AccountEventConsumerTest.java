package com.fivearrows.opportunity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.opportunity.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.core.json.JsonObject;
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

/** An account account-service registers becomes known here: the gate to QUALIFY asks for it. */
@QuarkusTest
class AccountEventConsumerTest {
    private static final String TOPIC = "five-arrows.account.events";
    private static final Instant REGISTERED = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    KnownAccounts accounts;

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
    void aRegisteredAccountBecomesKnownAndAnAccountNeverAnnouncedIsNot() {
        topics.send(TOPIC, accountId, registered(accountId, registeredData(accountId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> known(accountId));
        assertThat(known("acct-never-announced-" + UUID.randomUUID())).isFalse();
    }

    @Test
    void aRegistrationBreakingItsContractIsDeadLetteredWithTheReasonAndOtherAccountEventsAreIgnored() {
        ConsumerTask<String, String> deadLetters = topics.deadLetters(TOPIC);
        JsonObject noTier = registeredData(accountId);
        noTier.remove("tier");
        String marker = accountId + "-marker";

        topics.send(TOPIC, accountId, registered(accountId, noTier),
                Topics.cloudEvent("/five-arrows/account-service", "five-arrows.account.AccountTiered.v1", accountId,
                        REGISTERED, 2L, new JsonObject().put("accountId", accountId)),
                registered(marker, registeredData(marker)));

        await().atMost(Duration.ofSeconds(30)).until(() -> known(marker));
        assertThat(known(accountId)).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> ours(deadLetters).size() == 1);
        assertThat(Topics.reason(ours(deadLetters).get(0))).contains("required property 'tier' not found");
    }

    private List<ConsumerRecord<String, String>> ours(ConsumerTask<String, String> deadLetters) {
        return deadLetters.getRecords().stream().filter(record -> record.value().contains(accountId)).toList();
    }

    private boolean known(String account) {
        return accounts.isKnown(account).await().indefinitely();
    }

    private static JsonObject registeredData(String account) {
        return new JsonObject().put("accountId", account).put("name", "Contoso Manufacturing").put("owner", "kim.kam")
                .put("tier", "KEY").put("registeredAt", REGISTERED.toString());
    }

    private static byte[] registered(String account, JsonObject data) {
        return Topics.cloudEvent("/five-arrows/account-service", "five-arrows.account.AccountRegistered.v1", account,
                REGISTERED, 1L, data);
    }
}
