package com.fivearrows.opportunity.account;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import com.fivearrows.platform.eventsourcing.envelope.InvalidCloudEvent;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * account-service's events on {@code five-arrows.account.events} that concern opportunities: {@code AccountRegistered}
 * makes the account known ({@link KnownAccounts}). Other account events are acknowledged and ignored unread.
 *
 * <p>Each event is applied once ({@link Inbox}, consumer {@value #CONSUMER}). One that is not a CloudEvent, breaks
 * its contract or has a version of its type this service does not know goes to {@code five-arrows.account.events.dlq}
 * with the reason.
 */
@ApplicationScoped
public class AccountEventConsumer {
    static final String CONSUMER = "opportunity-accounts";
    private static final String CONTEXT = "account";
    private static final int KNOWN_VERSION = 1;
    private static final String ACCOUNT_REGISTERED = "AccountRegistered";
    private static final Set<String> APPLIED = Set.of(ACCOUNT_REGISTERED);

    private final KnownAccounts accounts;
    private final Inbox inbox;

    public AccountEventConsumer(KnownAccounts accounts, Inbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    @Incoming("account-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent envelope = CloudEventCodec.parse(record.value());
        EventTypeName type = envelope.typeName();
        if (!CONTEXT.equals(type.context()) || !APPLIED.contains(type.name())) {
            return Uni.createFrom().voidItem();
        }
        if (type.version() != KNOWN_VERSION) {
            throw new InvalidCloudEvent("unsupported event type " + type + ": opportunity-service reads "
                    + new EventTypeName(CONTEXT, type.name(), KNOWN_VERSION));
        }
        CloudEvent event = CloudEventCodec.parseConforming(record.value());
        JsonObject data = event.data();
        return inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> accounts.remember(tx,
                        data.getString("accountId"), data.getString("name"), data.getString("owner"),
                        data.getString("tier"), DataTimes.instant("registeredAt", data.getString("registeredAt"))))
                .replaceWithVoid();
    }
}
