package com.fivearrows.opportunity.tactic.api;

import com.fivearrows.opportunity.tactic.Tactic;
import com.fivearrows.opportunity.tactic.TacticCommand;
import com.fivearrows.opportunity.tactic.TacticCommand.CreateTactic;
import com.fivearrows.opportunity.tactic.TacticCommand.RetireTactic;
import com.fivearrows.opportunity.tactic.TacticCommand.ReviseTactic;
import com.fivearrows.opportunity.tactic.TacticEvent;
import com.fivearrows.opportunity.tactic.TacticState;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.Decision;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.request.RequestContext;
import com.fivearrows.platform.service.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * The tactic commands and reads of the REST API: checks who may ({@link TacticAccess}), then lets the {@link Tactic}
 * decider decide at the expected version (409 when stale).
 */
@ApplicationScoped
public class TacticService {
    private final AggregateStore<TacticCommand, TacticState, TacticEvent> tactics;
    private final TacticQueries queries;
    private final Actor actor;
    private final RequestContext request;
    private final Clock clock;

    public TacticService(AggregateStore<TacticCommand, TacticState, TacticEvent> tactics, TacticQueries queries,
                         Actor actor, RequestContext request, Clock clock) {
        this.tactics = tactics;
        this.queries = queries;
        this.actor = actor;
        this.request = request;
        this.clock = clock;
    }

    /** The tactic from its stream (fresh, unlike the read model): 404 when never created, 403 for another seller. */
    public Uni<Aggregate<TacticState>> get(String tacticId) {
        UUID id = id(tacticId);
        return tactics.load(Tactic.streamId(id)).map(tactic -> {
            if (!tactic.state().exists()) {
                throw new NotFound("tactic", tacticId);
            }
            TacticAccess.requireMayRead(actor, tactic.state().seller());
            return tactic;
        });
    }

    /** A new tactic of the caller's, under a new id. */
    public Uni<Aggregate<TacticState>> create(String name, String description) {
        TacticAccess.requireMayCreate(actor);
        UUID tacticId = UUID.randomUUID();
        Instant now = clock.instant();
        return tactics.handle(Tactic.streamId(tacticId), EventStore.NO_STREAM,
                        new CreateTactic(tacticId, actor.name(), name, description, now), metadata(now))
                .map(Decision::aggregate);
    }

    public Uni<Aggregate<TacticState>> revise(String tacticId, long expectedVersion, String name, String description) {
        return changed(tacticId, expectedVersion, now -> new ReviseTactic(id(tacticId), name, description, now));
    }

    public Uni<Aggregate<TacticState>> retire(String tacticId, long expectedVersion, String reason) {
        return changed(tacticId, expectedVersion, now -> new RetireTactic(id(tacticId), reason, now));
    }

    /** A seller's tactics from the read model; {@code seller} null: the caller's. */
    public Uni<Page<TacticQueries.Summary>> list(String seller, String status, Page.Request page) {
        String whose = seller == null || seller.isBlank() ? actor.name() : seller.strip();
        TacticAccess.requireMayRead(actor, whose);
        return queries.list(whose, status, page);
    }

    /** The tactic's win rate with and without it, over its seller's closed opportunities. */
    public Uni<TacticQueries.WinRate> winRate(String tacticId) {
        return get(tacticId).flatMap(tactic -> queries.winRate(tactic.state().tacticId(), tactic.state().seller()));
    }

    /** Loads the tactic (404), checks the caller is its seller (403), then decides at the expected version (409). */
    private Uni<Aggregate<TacticState>> changed(String tacticId, long expectedVersion,
                                                Function<Instant, TacticCommand> command) {
        Instant now = clock.instant();
        return get(tacticId)
                .invoke(tactic -> TacticAccess.requireMayChange(actor, tactic.state()))
                .flatMap(tactic -> tactics.handle(tactic.id(), expectedVersion, command.apply(now), metadata(now)))
                .map(Decision::aggregate);
    }

    private EventMetadata metadata(Instant now) {
        return EventMetadata.forRequest(request.correlationId(), request.actor(), now, request.traceParent());
    }

    /** A tactic id that is no UUID names no tactic: 404, as for an unknown one. */
    private static UUID id(String tacticId) {
        try {
            return UUID.fromString(tacticId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("tactic", tacticId);
        }
    }
}
