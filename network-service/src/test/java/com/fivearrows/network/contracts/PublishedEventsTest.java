package com.fivearrows.network.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.contracts.JsonSnapshots;
import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainEvent.ChainRelationAdded;
import com.fivearrows.network.chain.DecisionChainEvent.ChainRelationRemoved;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberAdded;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberChanged;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberRemoved;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainStarted;
import com.fivearrows.network.chain.DecisionChainEvent.OpportunityContextChanged;
import com.fivearrows.network.interaction.Interaction;
import com.fivearrows.network.interaction.InteractionEvent;
import com.fivearrows.network.interaction.InteractionEvent.InteractionRecorded;
import com.fivearrows.network.interaction.InteractionSource;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.StoreRoundTrip;
import com.fivearrows.network.keyperson.DecisionOrientation;
import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonEvent.KeyPersonDeactivated;
import com.fivearrows.network.keyperson.KeyPersonEvent.KeyPersonRegistered;
import com.fivearrows.network.keyperson.KeyPersonEvent.KeyPersonUpdated;
import com.fivearrows.network.keyperson.KeyPersonEvent.PriceStanceAssessed;
import com.fivearrows.network.keyperson.KeyPersonEvent.RelationshipLevelAssessed;
import com.fivearrows.network.keyperson.KeyPersonEvent.SolutionStanceAssessed;
import com.fivearrows.network.keyperson.KeyPersonProfile;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PoliticalStatus;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.network.keyperson.SolutionStance;
import com.fivearrows.network.relation.AccountNetwork;
import com.fivearrows.network.relation.AccountNetworkEvent;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationAdded;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationRemoved;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationStrengthChanged;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON of every event the four aggregates publish (STYLE.md "Events are forever"): each event, encoded by
 * its aggregate's codec as the event store holds it and the relay publishes it, conforms to its contract in the
 * contracts module and matches its committed snapshot under {@code src/test/resources/snapshots/network/}, so any
 * change of what consumers receive is a conscious diff in review. {@code ClosenessChanged}, which no aggregate
 * publishes, is pinned by {@code closeness.ClosenessChangedShapeTest}.
 *
 * <p>A snapshot is named {@code network/<EventName>.v<N>} and, for a variant that matters to consumers,
 * {@code network/<EventName>.v<N>.<variant>}, as the contracts module names its examples.
 */
class PublishedEventsTest {
    private static final String ACCOUNT = "acct-4711";
    private static final String OPPORTUNITY = "opp-2026-0815";
    private static final UUID CFO = UUID.fromString("3f2b8c1e-5a4d-4e7b-9c21-8d6f0a1b2c3d");
    private static final UUID CIO = UUID.fromString("7a9e4b20-1c3d-4f5e-8a6b-0c1d2e3f4a5b");
    private static final UUID ARCHITECT = UUID.fromString("c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f");
    private static final UUID BUYER = UUID.fromString("b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d1e");
    private static final UUID INFLUENCE = UUID.fromString("0e1d2c3b-4a59-4687-b6a5-948372615041");
    private static final UUID REPORTING = UUID.fromString("5b6c7d8e-9fa0-4b1c-8d2e-3f4a5b6c7d8e");
    private static final UUID CHAIN_REPORTING = UUID.fromString("a1b2c3d4-e5f6-4789-8abc-def012345678");
    private static final UUID CHAIN_INFLUENCE = UUID.fromString("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
    private static final UUID BID = UUID.fromString("6e5d4c3b-2a19-4f08-8e7d-6c5b4a392817");

    /** One published event: the snapshot that pins it, its contract's type and its JSON as stored. */
    record PublishedEvent(String snapshot, EventTypeName type, JsonNode json) {
        @Override
        public String toString() {
            return snapshot;
        }
    }

    static Stream<PublishedEvent> publishedEvents() {
        return Stream.of(keyPersonEvents(), accountNetworkEvents(), decisionChainEvents(), interactionEvents())
                .flatMap(List::stream);
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
    void everyEventTypeOfTheFourAggregatesHasItsShapePinned() {
        Set<String> types = Stream.of(names(KeyPerson.eventTypes()), names(AccountNetwork.eventTypes()),
                names(DecisionChain.eventTypes()), names(Interaction.eventTypes()))
                .flatMap(Set::stream).collect(Collectors.toSet());

        assertThat(publishedEvents().map(event -> event.type().name()).collect(Collectors.toSet())).isEqualTo(types);
    }

    private static List<PublishedEvent> keyPersonEvents() {
        KeyPersonProfile cfo = new KeyPersonProfile("Anna Keller", "Chief Financial Officer", "Finance",
                Seniority.EXECUTIVE, Scope.COMPANY, Kind.APPROVER, 4, PoliticalStatus.INNER_CIRCLE,
                DecisionOrientation.FINANCIAL, "anna.keller@nordwerk.example", List.of("hubspot:90211", "zendesk:4471"));
        KeyPersonProfile registeredWithNoDetails = new KeyPersonProfile("Lea Novak", null, null, Seniority.MANAGER,
                Scope.OPPORTUNITY, Kind.EVALUATOR, 3, null, null, null, List.of());
        KeyPersonProfile completed = new KeyPersonProfile("Lea Novak", "Lead Architect", "IT Architecture",
                Seniority.MANAGER, Scope.OPPORTUNITY, Kind.EVALUATOR, 3, PoliticalStatus.POLITICAL_STRUCTURE,
                DecisionOrientation.TECHNICAL, "lea.novak@nordwerk.example", List.of());
        List<EventCodec.EventType<? extends KeyPersonEvent>> types = KeyPerson.eventTypes();
        return List.of(
                stored(types, null, new KeyPersonRegistered(CFO, ACCOUNT, cfo, "seller-4")),
                stored(types, "minimal", new KeyPersonRegistered(ARCHITECT, ACCOUNT, registeredWithNoDetails, "seller-4")),
                stored(types, null, new KeyPersonUpdated(ARCHITECT, completed)),
                stored(types, null, new KeyPersonDeactivated(CIO, "left the company in October")),
                stored(types, "no-reason", new KeyPersonDeactivated(BUYER, null)),
                stored(types, null, new RelationshipLevelAssessed(CFO, RelationshipLevel.TRUSTED,
                        Instant.parse("2026-11-20T16:30:00Z"), "seller-4", "dinner after the steering committee")),
                stored(types, null, new SolutionStanceAssessed(ARCHITECT, SolutionStance.SKEPTIC,
                        Instant.parse("2026-11-24T10:15:30.125Z"), "presales-2", null)),
                stored(types, null, new PriceStanceAssessed(CFO, PriceStance.NEGOTIABLE,
                        Instant.parse("2026-11-26T08:00:00Z"), "seller-4", "asks for a three-year price lock")));
    }

    private static List<PublishedEvent> accountNetworkEvents() {
        List<EventCodec.EventType<? extends AccountNetworkEvent>> types = AccountNetwork.eventTypes();
        return List.of(
                stored(types, null, new EnterpriseRelationAdded(ACCOUNT, INFLUENCE, RelationType.INFLUENCES, CFO, CIO, 4)),
                stored(types, "reports-to", new EnterpriseRelationAdded(ACCOUNT, REPORTING, RelationType.REPORTS_TO,
                        ARCHITECT, CIO, null)),
                stored(types, null, new EnterpriseRelationStrengthChanged(ACCOUNT, INFLUENCE, 2)),
                stored(types, null, new EnterpriseRelationRemoved(ACCOUNT, INFLUENCE)));
    }

    private static List<PublishedEvent> decisionChainEvents() {
        List<EventCodec.EventType<? extends DecisionChainEvent>> types = DecisionChain.eventTypes();
        return List.of(
                stored(types, null, new DecisionChainStarted(OPPORTUNITY, ACCOUNT, "seller-4")),
                stored(types, null, new DecisionChainMemberAdded(OPPORTUNITY, ARCHITECT, Kind.EVALUATOR, 3, "seller-4")),
                stored(types, null, new DecisionChainMemberChanged(OPPORTUNITY, ARCHITECT, Kind.COACH, 2)),
                stored(types, null, new DecisionChainMemberRemoved(OPPORTUNITY, CIO)),
                stored(types, null, new ChainRelationAdded(OPPORTUNITY, CHAIN_REPORTING, RelationType.REPORTS_TO,
                        ARCHITECT, CFO, null)),
                stored(types, "influences", new ChainRelationAdded(OPPORTUNITY, CHAIN_INFLUENCE, RelationType.INFLUENCES,
                        BUYER, CIO, 3)),
                stored(types, null, new ChainRelationRemoved(OPPORTUNITY, CHAIN_REPORTING)),
                stored(types, null, new OpportunityContextChanged(OPPORTUNITY, ACCOUNT, "SOLUTION",
                        new BigDecimal("125000.00"), "EUR", "OPEN", "seller-4", List.of("seller-4", "presales-2"),
                        Instant.parse("2026-11-25T14:02:11.482913Z"))),
                // an opportunity event that named only the account, e.g. the chain's first context from a team change
                stored(types, "unknown", new OpportunityContextChanged("opp-2026-0901", ACCOUNT, null, null, null, null,
                        null, null, Instant.parse("2026-11-25T14:02:11Z"))));
    }

    private static List<PublishedEvent> interactionEvents() {
        List<EventCodec.EventType<? extends InteractionEvent>> types = Interaction.eventTypes();
        String webinar = "hubspot-evt-88213";
        return List.of(
                stored(types, null, new InteractionRecorded(UUID.fromString("9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a"),
                        List.of(CFO, CIO), "seller-4", InteractionType.EXECUTIVE_MEETING,
                        Instant.parse("2026-11-18T11:00:00Z"), Outcome.POSITIVE, InteractionSource.SELLER, null, OPPORTUNITY,
                        "Walked the CFO and CIO through the business case; both asked for the reference visit.")),
                stored(types, "platform", new InteractionRecorded(Interaction.idFor(InteractionSource.MARKETING, webinar),
                        List.of(ARCHITECT), null, InteractionType.MARKETING_EVENT, Instant.parse("2026-11-12T17:30:00Z"),
                        Outcome.NEUTRAL, InteractionSource.MARKETING, webinar, null, "Webinar: predictive maintenance")),
                stored(types, "bid", new InteractionRecorded(Interaction.idFor(InteractionSource.BID, BID.toString()),
                        List.of(CFO, ARCHITECT), "seller-4", InteractionType.BID_LOST,
                        Instant.parse("2026-11-27T08:00:00Z"), Outcome.NEGATIVE, InteractionSource.BID, BID.toString(),
                        OPPORTUNITY, null)));
    }

    /** The event as the store holds it: encoded by the aggregate's codec, written as JSON text, read back as a tree. */
    private static <E> PublishedEvent stored(List<EventCodec.EventType<? extends E>> types, String variant, E event) {
        NewEvent encoded = EventCodec.of(StoreRoundTrip.MAPPER, types).encode(event);
        EventTypeName type = new EventTypeName("network", encoded.type(), encoded.typeVersion());
        String snapshot = "network/" + type.name() + ".v" + type.version() + (variant == null ? "" : "." + variant);
        try {
            return new PublishedEvent(snapshot, type, StoreRoundTrip.MAPPER.readTree(encoded.data().encode()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the codec wrote JSON it cannot read: " + snapshot, e);
        }
    }

    private static <E> Set<String> names(List<EventCodec.EventType<? extends E>> types) {
        return types.stream().map(EventCodec.EventType::name).collect(Collectors.toSet());
    }
}
