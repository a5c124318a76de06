package com.fivearrows.opportunity.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.contracts.JsonSnapshots;
import com.fivearrows.opportunity.app.MoneyJson;
import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Grade;
import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.AmountChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ForecastCategoryChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.GateOverridden;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityAbandoned;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityDetailsChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityGraded;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityLost;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityOpened;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityTeamChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityWon;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ProposalRegistered;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.StageAdvanced;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.StageRegressed;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.TacticAttached;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.TacticDetached;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepReopened;
import com.fivearrows.opportunity.tactic.Tactic;
import com.fivearrows.opportunity.tactic.TacticEvent;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticCreated;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticRetired;
import com.fivearrows.opportunity.tactic.TacticEvent.TacticRevised;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON of every event the opportunity and tactic aggregates publish (STYLE.md "Events are forever"): each event,
 * encoded by the aggregate's codec as the event store holds it and the relay publishes it, conforms to its contract in
 * the contracts module and matches its committed snapshot under {@code src/test/resources/snapshots/opportunity/}.
 * A snapshot is named {@code opportunity/<EventName>.v<N>}, and {@code .<variant>} for a variant that matters.
 */
class PublishedEventsTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .addModule(MoneyJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String OPP = "opp-2026-0815";
    private static final String ACCOUNT = "acct-4711";
    private static final Instant AT = Instant.parse("2026-11-27T09:30:00Z");
    private static final Money AMOUNT = Money.of("250000.00", "EUR");
    private static final UUID TACTIC = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    private static final UUID PROPOSAL = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    static Stream<PublishedEvent> publishedEvents() {
        return Stream.of(
                stored(null, new OpportunityOpened(OPP, ACCOUNT, "Plant 7 MES rollout", "sam.seller",
                        List.of("sam.seller", "lee.presales"), "IDENTIFY", AMOUNT, LocalDate.parse("2027-03-31"),
                        "trade fair", AT)),
                stored("incubated", new OpportunityOpened(OPP, ACCOUNT, "Predictive maintenance pilot", "sam.seller",
                        List.of(), "IDENTIFY", Money.of("0", "EUR"), null, "INCUBATION", AT)),
                stored(null, new OpportunityDetailsChanged(OPP, ACCOUNT, "Plant 7 and 8 MES rollout",
                        LocalDate.parse("2027-06-30"), LocalDate.parse("2027-03-31"), AT)),
                stored(null, new OpportunityTeamChanged(OPP, ACCOUNT, "olga.seller", List.of("olga.seller", "sam.seller"), AT)),
                stored(null, new AmountChanged(OPP, ACCOUNT, Money.of("310000.00", "EUR"), AMOUNT, AT)),
                stored(null, new GateOverridden(OPP, ACCOUNT, "SOLUTION", "BID",
                        List.of("the decision chain's composite closeness must be at least 40, is 35.2"),
                        "steering committee asked for the bid", "mia.manager", AT)),
                stored(null, new StageAdvanced(OPP, ACCOUNT, "SOLUTION", "BID", 60, true, AT)),
                stored(null, new StageRegressed(OPP, ACCOUNT, "BID", "SOLUTION", 40, "scope re-opened by the customer", AT)),
                stored(null, new OpportunityGraded(OPP, ACCOUNT, Grade.B, Grade.C, "SOLUTION", 55.4, AT)),
                stored("first", new OpportunityGraded(OPP, ACCOUNT, Grade.D, null, "IDENTIFY", null, AT)),
                stored("derived", new ForecastCategoryChanged(OPP, ACCOUNT, ForecastCategory.BEST_CASE,
                        ForecastCategory.PIPELINE, false, null, null, AT)),
                stored("overridden", new ForecastCategoryChanged(OPP, ACCOUNT, ForecastCategory.COMMIT,
                        ForecastCategory.BEST_CASE, true, "verbal award from the CFO", "sam.seller", AT)),
                stored(null, new ProposalRegistered(OPP, ACCOUNT, PROPOSAL, "BID", "RFP-2026-113 response", AT)),
                stored("automatic", new WinStepCompleted(OPP, ACCOUNT, 3, "coach at C 64.0", true, null, AT)),
                stored("manual", new WinStepCompleted(OPP, ACCOUNT, 1, "budget confirmed by the CIO", false,
                        "sam.seller", AT)),
                stored("automatic", new WinStepReopened(OPP, ACCOUNT, 2, "the chain no longer has an EVALUATOR", true,
                        null, AT)),
                stored(null, new TacticAttached(OPP, ACCOUNT, TACTIC, 3, "sam.seller", AT)),
                stored(null, new TacticDetached(OPP, ACCOUNT, TACTIC, AT)),
                stored(null, new OpportunityWon(OPP, ACCOUNT, AMOUNT, AT, null)),
                stored(null, new OpportunityLost(OPP, ACCOUNT, AMOUNT, AT, "bid lost", "Globex")),
                stored(null, new OpportunityAbandoned(OPP, ACCOUNT, AT, "the customer stopped the project")),
                stored(null, new TacticCreated(TACTIC, "sam.seller", "Reference plant visit before the bid",
                        "Take the evaluator to a running installation of the same line.", AT)),
                stored("no-description", new TacticCreated(TACTIC, "sam.seller", "Reference plant visit before the bid",
                        null, AT)),
                stored(null, new TacticRevised(TACTIC, "Reference plant visit with the plant manager", null, AT)),
                stored(null, new TacticRetired(TACTIC, "every competitor offers reference visits now", AT)),
                stored("no-reason", new TacticRetired(TACTIC, null, AT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void conformsToItsPublishedContract(PublishedEvent event) {
        assertThat(EventContracts.onClasspath().violations(event.type(), event.json())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedEvents")
    void keepsTheShapeItWasPublishedWith(PublishedEvent event) {
        JsonSnapshots.assertMatches(event.snapshot(), event.json());
    }

    @Test
    void everyEventTypeOfTheAggregateHasItsShapePinned() {
        Set<String> types = Stream.concat(Opportunity.eventTypes().stream(), Tactic.eventTypes().stream())
                .map(EventCodec.EventType::name).collect(Collectors.toSet());

        assertThat(publishedEvents().map(event -> event.type().name()).collect(Collectors.toSet())).isEqualTo(types);
    }

    /** The event as the store holds it: encoded by the aggregate's codec, written as JSON text, read back as a tree. */
    private static PublishedEvent stored(String variant, OpportunityEvent event) {
        return published(variant, EventCodec.of(MAPPER, Opportunity.eventTypes()).encode(event));
    }

    /** A tactic's event as the store holds it, encoded by the tactic aggregate's codec. */
    private static PublishedEvent stored(String variant, TacticEvent event) {
        return published(variant, EventCodec.of(MAPPER, Tactic.eventTypes()).encode(event));
    }

    private static PublishedEvent published(String variant, NewEvent encoded) {
        EventTypeName type = new EventTypeName("opportunity", encoded.type(), encoded.typeVersion());
        String snapshot = "opportunity/" + type.name() + ".v" + type.version() + (variant == null ? "" : "." + variant);
        try {
            return new PublishedEvent(snapshot, type, MAPPER.readTree(encoded.data().encode()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the codec wrote JSON it cannot read: " + snapshot, e);
        }
    }

    record PublishedEvent(String snapshot, EventTypeName type, JsonNode json) {
        @Override
        public String toString() {
            return snapshot;
        }
    }
}
