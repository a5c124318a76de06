package com.fivearrows.opportunity.opportunity.api;

import com.fivearrows.opportunity.account.KnownAccounts;
import com.fivearrows.opportunity.closeness.ChainClosenessRepository;
import com.fivearrows.opportunity.forecast.ForecastSettings;
import com.fivearrows.opportunity.opportunity.ChainFacts;
import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.Abandon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.AdvanceStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.AttachTactic;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeAmount;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeDetails;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeTeam;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseLost;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseWon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CompleteWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.DetachTactic;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideForecastCategory;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideGate;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegisterProposal;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegressStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ReopenWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.opportunity.opportunity.WinStep;
import com.fivearrows.opportunity.opportunity.api.Bodies.CloseBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.OpenBody;
import com.fivearrows.opportunity.tactic.Tactic;
import com.fivearrows.opportunity.tactic.TacticCommand;
import com.fivearrows.opportunity.tactic.TacticEvent;
import com.fivearrows.opportunity.tactic.TacticState;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.Decision;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.service.request.RequestContext;
import com.fivearrows.platform.service.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The opportunity commands of the REST API: checks who may ({@link OpportunityAccess}), reads what a decision needs
 * besides the opportunity (the chain's closeness as network-service last published it, whether account-service
 * knows the account), then lets the {@link Opportunity} decider decide at the expected version.
 */
@ApplicationScoped
public class OpportunityService {
    private final AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities;
    private final AggregateStore<TacticCommand, TacticState, TacticEvent> tactics;
    private final ChainClosenessRepository closeness;
    private final KnownAccounts accounts;
    private final Actor actor;
    private final RequestContext request;
    private final ForecastSettings forecast;
    private final Clock clock;

    public OpportunityService(AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities,
                              AggregateStore<TacticCommand, TacticState, TacticEvent> tactics,
                              ChainClosenessRepository closeness, KnownAccounts accounts, Actor actor,
                              RequestContext request, ForecastSettings forecast, Clock clock) {
        this.opportunities = opportunities;
        this.tactics = tactics;
        this.closeness = closeness;
        this.accounts = accounts;
        this.actor = actor;
        this.request = request;
        this.forecast = forecast;
        this.clock = clock;
    }

    /** The opportunity from its stream (fresh, unlike the read model); 404 when it was never opened. */
    public Uni<Aggregate<OpportunityState>> get(String opportunityId) {
        return opportunities.load(Opportunity.streamId(opportunityId)).map(opportunity -> {
            if (!opportunity.state().exists()) {
                throw new NotFound("opportunity", opportunityId);
            }
            return opportunity;
        });
    }

    /** Opens a new opportunity under a new id; the owner is the caller unless the body names one. */
    public Uni<Aggregate<OpportunityState>> open(OpenBody body) {
        Bodies.Reader reader = new Bodies.Reader();
        var amount = reader.money("amount", body.amount());
        var closeDate = reader.date("expectedCloseDate", body.expectedCloseDate());
        reader.requireRate("amount", amount, forecast);
        reader.check();
        String owner = body.owner() == null ? actor.name() : body.owner();
        List<String> team = body.team() == null ? List.of() : body.team();
        OpportunityAccess.requireMayOpen(actor, owner, team);
        String opportunityId = "opp-" + UUID.randomUUID();
        Instant now = clock.instant();
        EventMetadata metadata = metadata(now);
        Uni<Boolean> known = body.accountId() == null ? Uni.createFrom().item(false) : accounts.isKnown(body.accountId());
        return known.flatMap(accountKnown -> opportunities.handle(Opportunity.streamId(opportunityId), EventStore.NO_STREAM,
                        new OpenOpportunity(opportunityId, body.accountId(), body.name(), owner, team, amount, closeDate,
                                body.source(), accountKnown, now), metadata))
                .map(Decision::aggregate);
    }

    public Uni<Aggregate<OpportunityState>> changeDetails(String opportunityId, long expectedVersion, String name,
                                                          String expectedCloseDate) {
        Bodies.Reader reader = new Bodies.Reader();
        var closeDate = reader.date("expectedCloseDate", expectedCloseDate);
        reader.check();
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new ChangeDetails(opportunityId, name, closeDate, now)));
    }

    public Uni<Aggregate<OpportunityState>> changeAmount(String opportunityId, long expectedVersion, Bodies.AmountBody body) {
        Bodies.Reader reader = new Bodies.Reader();
        var amount = reader.money("amount", body);
        reader.require("amount", body);
        reader.requireRate("amount", amount, forecast);
        reader.check();
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new ChangeAmount(opportunityId, amount, now)));
    }

    public Uni<Aggregate<OpportunityState>> changeTeam(String opportunityId, long expectedVersion, String owner,
                                                       List<String> team) {
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new ChangeTeam(opportunityId, owner, team == null ? List.of() : team, now)));
    }

    /** One stage on, through the gate of {@code toStage}: 422 listing every unmet criterion. */
    public Uni<Aggregate<OpportunityState>> advance(String opportunityId, long expectedVersion, String toStage) {
        return changed(opportunityId, expectedVersion, (state, now) -> facts(opportunityId, state)
                .map(facts -> new AdvanceStage(opportunityId, toStage, facts.chain(), facts.accountKnown(), now)));
    }

    /** One stage on although the gate is not met, by a manager, with a reason recorded as its own event. */
    public Uni<Aggregate<OpportunityState>> overrideGate(String opportunityId, long expectedVersion, String toStage,
                                                         String reason) {
        OpportunityAccess.requireManager(actor, "override a stage gate");
        return changed(opportunityId, expectedVersion, (state, now) -> facts(opportunityId, state)
                .map(facts -> new OverrideGate(opportunityId, toStage, reason, actor.name(), facts.chain(),
                        facts.accountKnown(), now)));
    }

    public Uni<Aggregate<OpportunityState>> regress(String opportunityId, long expectedVersion, String toStage,
                                                    String reason) {
        return changed(opportunityId, expectedVersion, (state, now) -> closeness.factsOf(opportunityId)
                .map(chain -> new RegressStage(opportunityId, toStage, reason, chain, now)));
    }

    /** Closes the opportunity as WON, LOST or ABANDONED. */
    public Uni<Aggregate<OpportunityState>> close(String opportunityId, long expectedVersion, CloseBody body) {
        Bodies.Reader reader = new Bodies.Reader();
        reader.require("outcome", body.outcome());
        Outcome outcome = reader.enumValue("outcome", body.outcome(), Outcome.class);
        reader.check();
        return changed(opportunityId, expectedVersion, (state, now) -> Uni.createFrom().item(switch (outcome) {
            case WON -> new CloseWon(opportunityId, body.reason(), now);
            case LOST -> new CloseLost(opportunityId, body.reason(), body.competitor(), now);
            case ABANDONED -> new Abandon(opportunityId, body.reason(), now);
        }));
    }

    public Uni<Aggregate<OpportunityState>> registerProposal(String opportunityId, long expectedVersion, String kind,
                                                             String reference) {
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new RegisterProposal(opportunityId, UUID.randomUUID(), kind, reference, now)));
    }

    public Uni<Aggregate<OpportunityState>> completeWinStep(String opportunityId, long expectedVersion, int step,
                                                            String evidence) {
        WinStep winStep = winStep(step);
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new CompleteWinStep(opportunityId, winStep, evidence, actor.name(), now)));
    }

    public Uni<Aggregate<OpportunityState>> reopenWinStep(String opportunityId, long expectedVersion, int step,
                                                          String reason) {
        WinStep winStep = winStep(step);
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new ReopenWinStep(opportunityId, winStep, reason, actor.name(), now)));
    }

    /** The seller's forecast category with a reason; {@code category} null puts the derived one back. */
    public Uni<Aggregate<OpportunityState>> overrideForecastCategory(String opportunityId, long expectedVersion,
                                                                     String category, String reason) {
        Bodies.Reader reader = new Bodies.Reader();
        ForecastCategory chosen = reader.enumValue("category", category, ForecastCategory.class);
        reader.check();
        return changed(opportunityId, expectedVersion, (state, now) -> Uni.createFrom()
                .item(new OverrideForecastCategory(opportunityId, chosen, reason, actor.name(), now)));
    }

    /**
     * Attaches one of the caller's tactics at a win step: a tactic that does not exist, is retired or is another
     * seller's is refused (422).
     */
    public Uni<Aggregate<OpportunityState>> attachTactic(String opportunityId, long expectedVersion, UUID tacticId,
                                                         Integer step) {
        Bodies.Reader reader = new Bodies.Reader();
        reader.require("tacticId", tacticId);
        reader.require("step", step);
        reader.check();
        WinStep winStep = winStep(step);
        return changed(opportunityId, expectedVersion, (state, now) -> tactics.load(Tactic.streamId(tacticId))
                .map(tactic -> {
                    requireAttachable(tacticId, tactic.state());
                    return new AttachTactic(opportunityId, tacticId, winStep, actor.name(), now);
                }));
    }

    /** 422 unless the tactic exists, is active and is the caller's own (read from its stream, not the read model). */
    private void requireAttachable(UUID tacticId, TacticState tactic) {
        if (!tactic.exists()) {
            throw RuleViolated.of("tactic " + tacticId + " does not exist");
        }
        if (tactic.retired()) {
            throw RuleViolated.of("tactic " + tacticId + " is retired");
        }
        if (!actor.name().equals(tactic.seller())) {
            throw RuleViolated.of("tactic " + tacticId + " is not one of " + actor.name() + "'s tactics");
        }
    }

    public Uni<Aggregate<OpportunityState>> detachTactic(String opportunityId, long expectedVersion, UUID tacticId) {
        return changed(opportunityId, expectedVersion, (state, now) ->
                Uni.createFrom().item(new DetachTactic(opportunityId, tacticId, now)));
    }

    /**
     * Loads the opportunity (404), checks the caller may change it (403), builds the command (reading what it
     * needs), then decides at the expected version (409 when stale; without {@code If-Match}, the store decides
     * again when another writer appended in between).
     */
    private Uni<Aggregate<OpportunityState>> changed(
            String opportunityId, long expectedVersion,
            BiFunction<OpportunityState, Instant, Uni<? extends OpportunityCommand>> command) {
        Instant now = clock.instant();
        EventMetadata metadata = metadata(now);
        return get(opportunityId)
                .invoke(opportunity -> OpportunityAccess.requireMayChange(actor, opportunity.state()))
                .flatMap(opportunity -> command.apply(opportunity.state(), now)
                        .flatMap(next -> opportunities.handle(opportunity.id(), expectedVersion, next, metadata)))
                .map(Decision::aggregate);
    }

    private Uni<Facts> facts(String opportunityId, OpportunityState state) {
        return Uni.combine().all().unis(closeness.factsOf(opportunityId), accounts.isKnown(state.accountId()))
                .asTuple().map(both -> new Facts(both.getItem1(), both.getItem2()));
    }

    private EventMetadata metadata(Instant now) {
        return EventMetadata.forRequest(request.correlationId(), request.actor(), now, request.traceParent());
    }

    private static WinStep winStep(int step) {
        if (step < 1 || step > WinStep.values().length) {
            throw ValidationFailed.of("step", "must be 1 to 6, was " + step);
        }
        return WinStep.of(step);
    }

    /** How an opportunity is closed. */
    enum Outcome { WON, LOST, ABANDONED }

    private record Facts(ChainFacts chain, boolean accountKnown) {
    }
}
