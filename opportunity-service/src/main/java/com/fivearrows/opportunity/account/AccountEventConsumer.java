package com.fivearrows.opportunity.account;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.opportunity.forecast.ForecastSettings;
import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import com.fivearrows.platform.eventsourcing.envelope.InboundEvents;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * account-service's events on {@code five-arrows.account.events} that concern opportunities: {@code AccountRegistered}
 * makes the account known ({@link KnownAccounts}); {@code OpportunityIncubated} opens an opportunity in the first
 * stage with source {@value #INCUBATION}, once per idea (its id is derived from the idea's, see
 * {@link #incubatedOpportunityId}). Other account events are acknowledged and ignored unread.
 *
 * <p>An idea without an estimate opens with amount 0 in the reporting currency (the gate to QUALIFY then asks for
 * one); an expected close date already past when the idea arrives (a late delivery) opens as not known rather than
 * being refused, since the idea itself is sound. An estimate in a currency without a rate to the reporting currency
 * goes to the dead-letter topic with that reason: the forecast could not count it.
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
    static final String INCUBATION = "INCUBATION";
    static final String DEFAULT_ACTOR = "account-service";
    private static final String ACCOUNT_REGISTERED = "AccountRegistered";
    private static final String OPPORTUNITY_INCUBATED = "OpportunityIncubated";
    private static final Set<String> APPLIED = Set.of(ACCOUNT_REGISTERED, OPPORTUNITY_INCUBATED);

    private final KnownAccounts accounts;
    private final AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities;
    private final ForecastSettings forecast;
    private final Inbox inbox;
    private final Clock clock;

    public AccountEventConsumer(KnownAccounts accounts,
                                AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities,
                                ForecastSettings forecast, Inbox inbox, Clock clock) {
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.forecast = forecast;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** {@code opp-} and the name-based UUID of {@code incubation|<ideaId>}: the same idea always opens the same one. */
    public static String incubatedOpportunityId(UUID ideaId) {
        return "opp-" + UUID.nameUUIDFromBytes(("incubation|" + ideaId).getBytes(StandardCharsets.UTF_8));
    }

    @Incoming("account-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        Optional<CloudEvent> applicable = InboundEvents.applicable(record.value(), CONTEXT, APPLIED::contains,
                KNOWN_VERSION, "opportunity-service");
        if (applicable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event = applicable.get();
        EventTypeName type = event.typeName();
        JsonObject data = event.data();
        if (ACCOUNT_REGISTERED.equals(type.name())) {
            return inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> accounts.remember(tx,
                            data.getString("accountId"), data.getString("name"), data.getString("owner"),
                            data.getString("tier"), DataTimes.instant("registeredAt", data.getString("registeredAt"))))
                    .replaceWithVoid();
        }
        return incubated(event, data);
    }

    private Uni<Void> incubated(CloudEvent event, JsonObject data) {
        Instant now = clock.instant();
        String opportunityId = incubatedOpportunityId(UUID.fromString(data.getString("ideaId")));
        JsonObject amount = data.getJsonObject("amount");
        Money estimate = amount == null
                ? new Money(BigDecimal.ZERO, forecast.reportingCurrency())
                : new Money(new BigDecimal(amount.getString("value")), amount.getString("currency"));
        if (!estimate.currency().equals(forecast.reportingCurrency())
                && !forecast.ratesToReporting().containsKey(estimate.currency())) {
            throw new IllegalArgumentException("idea " + data.getString("ideaId") + " is estimated in "
                    + estimate.currency() + ", which has no rate to the reporting currency " + forecast.reportingCurrency()
                    + ": configure opportunity.forecast.rates." + estimate.currency() + " and send it again");
        }
        String closeDate = data.getString("expectedCloseDate");
        LocalDate expectedCloseDate = closeDate == null || LocalDate.parse(closeDate).isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))
                ? null
                : LocalDate.parse(closeDate);
        List<String> team = data.getJsonArray("team").stream().map(String::valueOf).toList();
        EventMetadata metadata = InboundEvents.causedBy(event, DEFAULT_ACTOR, now);
        String accountId = data.getString("accountId");
        return inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> accounts.isKnown(tx, accountId)
                        .flatMap(known -> opportunities.handle(tx, Opportunity.streamId(opportunityId), EventStore.NO_STREAM,
                                new OpenOpportunity(opportunityId, accountId, data.getString("name"),
                                        data.getString("owner"), team, estimate, expectedCloseDate, INCUBATION, known, now),
                                metadata)))
                .onFailure(ConcurrencyConflict.class).recoverWithItem(false)
                .replaceWithVoid();
    }
}
