package com.fivearrows.network.interaction;

import com.fivearrows.network.app.KeyPersonFacts;
import com.fivearrows.network.interaction.InteractionEvent.InteractionRecorded;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.Decision;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records interactions from every source: a seller's (a new stream each) and those pushed with an external id by a
 * platform or a bid result (stream {@link Interaction#streamIdFor}{@code (source, externalId)}, so each is recorded
 * once). The key persons are loaded from their streams ({@link KeyPersonFacts}): an unknown one is a 404, a
 * deactivated one the decider's 422. The command is decided at the metadata's {@code occurredAt}.
 */
@ApplicationScoped
public class InteractionService {
    private final AggregateStore<RecordInteraction, InteractionState, InteractionEvent> interactions;
    private final KeyPersonFacts keyPersons;
    private final EventStore store;

    public InteractionService(AggregateStore<RecordInteraction, InteractionState, InteractionEvent> interactions,
                              KeyPersonFacts keyPersons, EventStore store) {
        this.interactions = interactions;
        this.keyPersons = keyPersons;
        this.store = store;
    }

    /** Records an interaction under a new id. */
    public Uni<Decision<InteractionState, InteractionEvent>> record(InteractionDraft draft, EventMetadata metadata) {
        UUID interactionId = UUID.randomUUID();
        return decideAndAppend(interactionId, draft, metadata);
    }

    /**
     * Records an interaction reported with an external id, under {@link Interaction#idFor}{@code (source,
     * externalId)}: empty when that interaction was recorded before (a second copy of the report, or a redelivery).
     */
    public Uni<Optional<InteractionRecorded>> recordOnce(InteractionDraft draft, EventMetadata metadata) {
        UUID interactionId = Interaction.idFor(draft.source(), draft.externalId());
        return decideAndAppend(interactionId, draft, metadata)
                .map(decision -> Optional.of((InteractionRecorded) decision.events().get(0)))
                .onFailure(ConcurrencyConflict.class).recoverWithItem(Optional.empty());
    }

    /** Whether the interaction a source reported under this external id is recorded already. */
    public Uni<Boolean> isRecorded(InteractionSource source, String externalId) {
        return store.currentVersion(store.pool(), Interaction.streamIdFor(source, externalId)).map(version -> version > 0);
    }

    private Uni<Decision<InteractionState, InteractionEvent>> decideAndAppend(UUID interactionId, InteractionDraft draft,
                                                                              EventMetadata metadata) {
        return loadPersons(draft.keyPersonIds()).flatMap(persons -> interactions.handle(Interaction.streamId(interactionId),
                EventStore.NO_STREAM, draft.toCommand(interactionId, persons, metadata.occurredAt()), metadata));
    }

    /**
     * The persons' facts. Loads at most one more than an interaction may name, which is enough for the decider to
     * refuse too many, so a request naming thousands of ids does not load thousands of streams.
     */
    private Uni<List<KeyPersonFact>> loadPersons(List<UUID> keyPersonIds) {
        List<UUID> ids = keyPersonIds.stream().distinct().limit(Interaction.MAX_KEY_PERSONS + 1).toList();
        return keyPersons.of(ids);
    }
}
