package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.platform.domain.FieldChecks.checkText;
import static com.fivearrows.platform.domain.FieldChecks.failOn;
import static com.fivearrows.platform.domain.FieldChecks.requirePresent;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.Abandon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.AdvanceStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
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
import com.fivearrows.opportunity.opportunity.OpportunityState.StepStatus;
import com.fivearrows.opportunity.stage.Stage;
import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The opportunity aggregate: the visible line (stages through their {@link Gates}, the {@link Grading grade}, the
 * forecast category) and the hidden line (the six win steps, steps 2 and 3 completing themselves, see
 * {@link WinSteps}), proposals and attached tactics.
 *
 * <p>Input (400, every bad field at once, named as in the JSON): {@code opportunityId} and {@code accountId} opaque
 * ids ({@code [A-Za-z0-9._:-]{1,64}}); {@code name} 1..200 characters; {@code owner} and each {@code team[i]}
 * 1..200, at most 50 team members, each once; {@code amount} required, {@code amount.value} ≥ 0 with at most 15
 * integer and 4 fraction digits, {@code amount.currency} three capital letters; {@code expectedCloseDate} not before
 * {@code now}'s UTC date when set or changed (an unchanged past date may be sent back); {@code toStage} a stage of the
 * plan; reasons 1..1000 characters, evidence 1..4000; {@code source} at most 100, {@code reference} and
 * {@code competitor} at most 200. An optional text that is blank is recorded as null.
 *
 * <p>Rules (422, every unmet one listed): an opportunity opens once; it advances one open stage at a time, through
 * the gate of the stage it advances to, unless a manager overrides the gate; it goes back only to an earlier open
 * stage, with a reason; a closed opportunity changes no more, except that closing it again the same way as won or lost
 * (a redelivered bid result) changes nothing. A command for an opportunity never opened is a 404.
 *
 * <p>One decision emits, in this order: the automatic win-step completions and re-openings the command's chain facts
 * cause (the gate is judged with them applied); the command's own event(s); {@code OpportunityGraded} when the grade
 * changed; {@code ForecastCategoryChanged} when the category derived from the grade changed and no seller pinned it.
 * Closing always moves the category, pinned or not: won to {@code CLOSED}, lost or abandoned to {@code OMITTED}.
 */
public final class Opportunity implements Decider<OpportunityCommand, OpportunityState, OpportunityEvent> {
    static final int MAX_NAME = 200;
    static final int MAX_PRINCIPAL = 200;
    static final int MAX_TEAM = 50;
    static final int MAX_REASON = 1000;
    static final int MAX_EVIDENCE = 4000;
    static final int MAX_SOURCE = 100;
    static final int MAX_REFERENCE = 200;
    static final int MAX_COMPETITOR = 200;
    static final String OPAQUE_ID_RULE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'";

    private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Set<String> PROPOSAL_KINDS = Set.of("BID", "PROPOSAL");

    private final StagePlan plan;

    /**
     * @throws IllegalArgumentException when the plan has {@linkplain StagePlan#problems() problems}
     */
    public Opportunity(StagePlan plan) {
        List<String> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the stage plan cannot be used: " + String.join("; ", problems));
        }
        this.plan = plan;
    }

    /** {@code opportunity:<opportunityId>}. */
    public static String streamId(String opportunityId) {
        return "opportunity:" + opportunityId;
    }

    /** The event records and their type names, to build the aggregate's {@link EventCodec}. */
    public static List<EventCodec.EventType<? extends OpportunityEvent>> eventTypes() {
        return List.of(
                EventCodec.type(OpportunityOpened.class, "OpportunityOpened", 1),
                EventCodec.type(OpportunityDetailsChanged.class, "OpportunityDetailsChanged", 1),
                EventCodec.type(OpportunityTeamChanged.class, "OpportunityTeamChanged", 1),
                EventCodec.type(AmountChanged.class, "AmountChanged", 1),
                EventCodec.type(GateOverridden.class, "GateOverridden", 1),
                EventCodec.type(StageAdvanced.class, "StageAdvanced", 1),
                EventCodec.type(StageRegressed.class, "StageRegressed", 1),
                EventCodec.type(OpportunityGraded.class, "OpportunityGraded", 1),
                EventCodec.type(ForecastCategoryChanged.class, "ForecastCategoryChanged", 1),
                EventCodec.type(ProposalRegistered.class, "ProposalRegistered", 1),
                EventCodec.type(WinStepCompleted.class, "WinStepCompleted", 1),
                EventCodec.type(WinStepReopened.class, "WinStepReopened", 1),
                EventCodec.type(TacticAttached.class, "TacticAttached", 1),
                EventCodec.type(TacticDetached.class, "TacticDetached", 1),
                EventCodec.type(OpportunityWon.class, "OpportunityWon", 1),
                EventCodec.type(OpportunityLost.class, "OpportunityLost", 1),
                EventCodec.type(OpportunityAbandoned.class, "OpportunityAbandoned", 1));
    }

    @Override
    public OpportunityState initialState() {
        return OpportunityState.NONE;
    }

    @Override
    public List<OpportunityEvent> decide(OpportunityCommand command, OpportunityState state) {
        if (!isOpaqueId(command.opportunityId())) {
            throw ValidationFailed.of("opportunityId", OPAQUE_ID_RULE);
        }
        if (command instanceof OpenOpportunity open) {
            return open(open, state);
        }
        if (command instanceof ChangeDetails change) {
            return changeDetails(change, state);
        }
        if (command instanceof ChangeAmount change) {
            return changeAmount(change, state);
        }
        if (command instanceof ChangeTeam change) {
            return changeTeam(change, state);
        }
        if (command instanceof AdvanceStage advance) {
            return advance(advance, state);
        }
        if (command instanceof OverrideGate override) {
            return overrideGate(override, state);
        }
        if (command instanceof RegressStage regress) {
            return regress(regress, state);
        }
        if (command instanceof CloseWon won) {
            return closeWon(won, state);
        }
        if (command instanceof CloseLost lost) {
            return closeLost(lost, state);
        }
        if (command instanceof Abandon abandon) {
            return abandon(abandon, state);
        }
        if (command instanceof RegisterProposal proposal) {
            return registerProposal(proposal, state);
        }
        if (command instanceof CompleteWinStep complete) {
            return completeWinStep(complete, state);
        }
        if (command instanceof ReopenWinStep reopen) {
            return reopenWinStep(reopen, state);
        }
        if (command instanceof ApplyChainFacts apply) {
            return applyChainFacts(apply, state);
        }
        if (command instanceof OverrideForecastCategory override) {
            return overrideForecastCategory(override, state);
        }
        if (command instanceof AttachTactic attach) {
            return attachTactic(attach, state);
        }
        return detachTactic((DetachTactic) command, state);
    }

    private List<OpportunityEvent> open(OpenOpportunity command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        if (!isOpaqueId(command.accountId())) {
            errors.add(new FieldError("accountId", OPAQUE_ID_RULE));
        }
        checkText(errors, "name", command.name(), true, MAX_NAME);
        checkText(errors, "owner", command.owner(), true, MAX_PRINCIPAL);
        List<String> team = checkTeam(errors, command.team());
        checkAmount(errors, command.amount());
        if (command.expectedCloseDate() != null) {
            checkCloseDate(errors, command.expectedCloseDate(), command.now());
        }
        checkText(errors, "source", command.source(), false, MAX_SOURCE);
        failOn(errors);
        if (state.exists()) {
            throw RuleViolated.of("the opportunity is already open");
        }
        OpportunityOpened opened = new OpportunityOpened(command.opportunityId(), command.accountId(), command.name(),
                command.owner(), team, plan.first().name(), command.amount(), command.expectedCloseDate(),
                blankToNull(command.source()), command.now());
        return withFollowUps(state, List.of(opened), ChainFacts.UNKNOWN, command.now());
    }

    private List<OpportunityEvent> changeDetails(ChangeDetails command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "name", command.name(), true, MAX_NAME);
        boolean dateChanged = !Objects.equals(command.expectedCloseDate(), state.expectedCloseDate());
        if (dateChanged && command.expectedCloseDate() != null) {
            checkCloseDate(errors, command.expectedCloseDate(), command.now());
        }
        failOn(errors);
        requireOpen(state, command.opportunityId());
        if (!dateChanged && command.name().equals(state.name())) {
            return List.of();
        }
        return List.of(new OpportunityDetailsChanged(state.opportunityId(), state.accountId(), command.name(),
                command.expectedCloseDate(), state.expectedCloseDate(), command.now()));
    }

    private List<OpportunityEvent> changeAmount(ChangeAmount command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkAmount(errors, command.amount());
        failOn(errors);
        requireOpen(state, command.opportunityId());
        Money previous = state.amount();
        if (command.amount().currency().equals(previous.currency())
                && command.amount().value().compareTo(previous.value()) == 0) {
            return List.of();
        }
        return List.of(new AmountChanged(state.opportunityId(), state.accountId(), command.amount(), previous,
                command.now()));
    }

    private List<OpportunityEvent> changeTeam(ChangeTeam command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "owner", command.owner(), true, MAX_PRINCIPAL);
        List<String> team = checkTeam(errors, command.team());
        failOn(errors);
        requireOpen(state, command.opportunityId());
        if (command.owner().equals(state.owner()) && Set.copyOf(team).equals(Set.copyOf(state.team()))) {
            return List.of();
        }
        return List.of(new OpportunityTeamChanged(state.opportunityId(), state.accountId(), command.owner(), team,
                command.now()));
    }

    private List<OpportunityEvent> advance(AdvanceStage command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkStage(errors, command.toStage());
        failOn(errors);
        ChainFacts chain = orUnknown(command.chain());
        Passage passage = passage(command.opportunityId(), state, command.toStage(), chain, command.accountKnown(),
                command.now());
        if (!passage.unmet().isEmpty()) {
            throw new RuleViolated("the gate to " + command.toStage() + " is not met", passage.unmet());
        }
        passage.events().add(advanced(state, command.toStage(), false, command.now()));
        return withFollowUps(state, passage.events(), chain, command.now());
    }

    /**
     * Where an advance to {@code toStage} stands: the opportunity must be open and {@code toStage} its next stage;
     * the automatic win-step changes the chain brings come first, and the gate is judged with them applied.
     */
    private Passage passage(String opportunityId, OpportunityState state, String toStage, ChainFacts chain,
                            boolean accountKnown, Instant now) {
        requireOpen(state, opportunityId);
        requireNextStage(state, toStage);
        List<OpportunityEvent> events = new ArrayList<>(WinSteps.changes(state, chain, now));
        return new Passage(events, Gates.unmet(toStage, fold(state, events), chain, accountKnown, plan));
    }

    /** The events of an advance so far (automatic win steps) and the gate's unmet criteria. */
    private record Passage(List<OpportunityEvent> events, List<String> unmet) {
    }

    private List<OpportunityEvent> overrideGate(OverrideGate command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkStage(errors, command.toStage());
        checkText(errors, "reason", command.reason(), true, MAX_REASON);
        checkText(errors, "manager", command.manager(), true, MAX_PRINCIPAL);
        failOn(errors);
        ChainFacts chain = orUnknown(command.chain());
        Passage passage = passage(command.opportunityId(), state, command.toStage(), chain, command.accountKnown(),
                command.now());
        List<OpportunityEvent> events = passage.events();
        List<String> unmet = passage.unmet();
        if (!unmet.isEmpty()) {
            events.add(new GateOverridden(state.opportunityId(), state.accountId(), state.stage(), command.toStage(),
                    unmet, command.reason(), command.manager(), command.now()));
        }
        events.add(advanced(state, command.toStage(), !unmet.isEmpty(), command.now()));
        return withFollowUps(state, events, chain, command.now());
    }

    private List<OpportunityEvent> regress(RegressStage command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkStage(errors, command.toStage());
        checkText(errors, "reason", command.reason(), true, MAX_REASON);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        String to = command.toStage();
        // From a stage the plan no longer has, every stage of the plan counts as earlier: the way back into the plan.
        boolean earlier = plan.isOpen(to) && (!plan.isOpen(state.stage()) || plan.order(to) < plan.order(state.stage()));
        if (!earlier) {
            throw RuleViolated.of("an opportunity goes back only to an earlier open stage: " + to + " is not before "
                    + state.stage());
        }
        ChainFacts chain = orUnknown(command.chain());
        List<OpportunityEvent> events = new ArrayList<>(WinSteps.changes(state, chain, command.now()));
        events.add(new StageRegressed(state.opportunityId(), state.accountId(), state.stage(), to,
                plan.probability(to), command.reason(), command.now()));
        return withFollowUps(state, events, chain, command.now());
    }

    private List<OpportunityEvent> closeWon(CloseWon command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "reason", command.reason(), false, MAX_REASON);
        failOn(errors);
        requireExisting(state, command.opportunityId());
        if (StagePlan.WON.equals(state.stage())) {
            return List.of();
        }
        requireOpen(state, command.opportunityId());
        return withFollowUps(state, List.of(new OpportunityWon(state.opportunityId(), state.accountId(), state.amount(),
                command.now(), blankToNull(command.reason()))), null, command.now());
    }

    private List<OpportunityEvent> closeLost(CloseLost command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "reason", command.reason(), true, MAX_REASON);
        checkText(errors, "competitor", command.competitor(), false, MAX_COMPETITOR);
        failOn(errors);
        requireExisting(state, command.opportunityId());
        if (StagePlan.LOST.equals(state.stage())) {
            return List.of();
        }
        requireOpen(state, command.opportunityId());
        return withFollowUps(state, List.of(new OpportunityLost(state.opportunityId(), state.accountId(),
                state.amount(), command.now(), command.reason(), blankToNull(command.competitor()))), null, command.now());
    }

    private List<OpportunityEvent> abandon(Abandon command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "reason", command.reason(), true, MAX_REASON);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        return withFollowUps(state, List.of(new OpportunityAbandoned(state.opportunityId(), state.accountId(),
                command.now(), command.reason())), null, command.now());
    }

    private List<OpportunityEvent> registerProposal(RegisterProposal command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        if (command.proposalId() == null) {
            errors.add(new FieldError("proposalId", "is required"));
        }
        if (command.kind() == null || command.kind().isBlank()) {
            errors.add(new FieldError("kind", "is required"));
        } else if (!PROPOSAL_KINDS.contains(command.kind())) {
            errors.add(new FieldError("kind", "must be BID or PROPOSAL"));
        }
        // Required: the published ProposalRegistered carries it, and a bid without its reference tells nobody which.
        checkText(errors, "reference", command.reference(), true, MAX_REFERENCE);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        if (state.proposals().contains(command.proposalId())) {
            return List.of();
        }
        return List.of(new ProposalRegistered(state.opportunityId(), state.accountId(), command.proposalId(),
                command.kind(), blankToNull(command.reference()), command.now()));
    }

    private List<OpportunityEvent> completeWinStep(CompleteWinStep command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        requirePresent(errors, "step", command.step());
        checkText(errors, "evidence", command.evidence(), true, MAX_EVIDENCE);
        checkText(errors, "by", command.by(), true, MAX_PRINCIPAL);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        // A step the chain completed may be completed again by hand: it is then the seller's, and automation leaves it.
        if (state.stepCompleted(command.step()) && !state.stepLeftToAutomation(command.step())) {
            throw RuleViolated.of("win step " + command.step().number() + " is already completed");
        }
        return List.of(new WinStepCompleted(state.opportunityId(), state.accountId(), command.step().number(),
                command.evidence(), false, command.by(), command.now()));
    }

    private List<OpportunityEvent> reopenWinStep(ReopenWinStep command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        requirePresent(errors, "step", command.step());
        checkText(errors, "reason", command.reason(), true, MAX_REASON);
        checkText(errors, "by", command.by(), true, MAX_PRINCIPAL);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        if (!state.stepCompleted(command.step())) {
            throw RuleViolated.of("win step " + command.step().number() + " is not completed");
        }
        return List.of(new WinStepReopened(state.opportunityId(), state.accountId(), command.step().number(),
                command.reason(), false, command.by(), command.now()));
    }

    private List<OpportunityEvent> applyChainFacts(ApplyChainFacts command, OpportunityState state) {
        if (command.chain() == null) {
            throw ValidationFailed.of("chain", "is required");
        }
        if (!command.chain().known()) {
            throw ValidationFailed.of("chain.evaluatedAt", "is required: the facts must say when they were evaluated");
        }
        requireExisting(state, command.opportunityId());
        if (state.closed()) {
            return List.of();
        }
        return withFollowUps(state, WinSteps.changes(state, command.chain(), command.now()), command.chain(),
                command.now());
    }

    private List<OpportunityEvent> overrideForecastCategory(OverrideForecastCategory command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        ForecastCategory category = command.category();
        if (category == ForecastCategory.CLOSED) {
            errors.add(new FieldError("category",
                    "must be COMMIT, BEST_CASE, PIPELINE or OMITTED, or none to go back to the derived category"));
        }
        if (category != null) {
            checkText(errors, "reason", command.reason(), true, MAX_REASON);
        }
        checkText(errors, "seller", command.seller(), true, MAX_PRINCIPAL);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        if (category == null) {
            if (!state.categoryOverridden()) {
                return List.of();
            }
            return List.of(new ForecastCategoryChanged(state.opportunityId(), state.accountId(),
                    Grading.category(state.grade()), state.category(), false, null, null, command.now()));
        }
        if (state.categoryOverridden() && state.category() == category) {
            return List.of();
        }
        return List.of(new ForecastCategoryChanged(state.opportunityId(), state.accountId(), category,
                state.category(), true, command.reason(), command.seller(), command.now()));
    }

    private List<OpportunityEvent> attachTactic(AttachTactic command, OpportunityState state) {
        List<FieldError> errors = new ArrayList<>();
        requirePresent(errors, "tacticId", command.tacticId());
        requirePresent(errors, "step", command.step());
        checkText(errors, "seller", command.seller(), true, MAX_PRINCIPAL);
        failOn(errors);
        requireOpen(state, command.opportunityId());
        WinStep attachedTo = state.tactics().get(command.tacticId());
        if (attachedTo == command.step()) {
            return List.of();
        }
        if (attachedTo != null) {
            throw RuleViolated.of("tactic " + command.tacticId() + " is attached to win step " + attachedTo.number()
                    + " already; detach it first");
        }
        return List.of(new TacticAttached(state.opportunityId(), state.accountId(), command.tacticId(),
                command.step().number(), command.seller(), command.now()));
    }

    private List<OpportunityEvent> detachTactic(DetachTactic command, OpportunityState state) {
        if (command.tacticId() == null) {
            throw ValidationFailed.of("tacticId", "is required");
        }
        requireOpen(state, command.opportunityId());
        if (!state.tactics().containsKey(command.tacticId())) {
            throw RuleViolated.of("tactic " + command.tacticId() + " is not attached to the opportunity");
        }
        return List.of(new TacticDetached(state.opportunityId(), state.accountId(), command.tacticId(), command.now()));
    }

    private StageAdvanced advanced(OpportunityState state, String toStage, boolean gateOverridden, Instant now) {
        return new StageAdvanced(state.opportunityId(), state.accountId(), state.stage(), toStage,
                plan.probability(toStage), gateOverridden, now);
    }

    /**
     * The primary events followed by what they cause: on a close, the category the outcome fixes; while open and
     * with chain facts, the new grade if it changed, then the derived category if it changed and is not pinned.
     * {@code chain} null: the command does not touch the grade.
     */
    private List<OpportunityEvent> withFollowUps(OpportunityState state, List<OpportunityEvent> primary,
                                                 ChainFacts chain, Instant now) {
        List<OpportunityEvent> events = new ArrayList<>(primary);
        OpportunityState after = fold(state, primary);
        if (after.closed()) {
            ForecastCategory outcome = StagePlan.WON.equals(after.stage())
                    ? ForecastCategory.CLOSED : ForecastCategory.OMITTED;
            if (after.category() != outcome || after.categoryOverridden()) {
                events.add(new ForecastCategoryChanged(after.opportunityId(), after.accountId(), outcome,
                        after.category(), false, null, null, now));
            }
            return events;
        }
        Grade grade = after.grade();
        if (chain != null) {
            Grade regraded = Grading.grade(after.stage(), chain, plan);
            if (regraded != grade) {
                events.add(new OpportunityGraded(after.opportunityId(), after.accountId(), regraded, grade,
                        after.stage(), chain.known() ? chain.c() : null, now));
                grade = regraded;
            }
        }
        if (!after.categoryOverridden()) {
            ForecastCategory derived = Grading.category(grade);
            if (derived != after.category()) {
                events.add(new ForecastCategoryChanged(after.opportunityId(), after.accountId(), derived,
                        after.category(), false, null, null, now));
            }
        }
        return events;
    }

    private void requireNextStage(OpportunityState state, String toStage) {
        String current = state.stage();
        if (plan.isClosed(toStage)) {
            throw RuleViolated.of(toStage + " is reached by closing the opportunity, not by advancing it");
        }
        if (!plan.isOpen(current)) {
            throw RuleViolated.of("the opportunity's stage " + current
                    + " is no longer in the stage plan: regress it to a stage of the plan first");
        }
        if (toStage.equals(current)) {
            throw RuleViolated.of("the opportunity is in " + current + " already");
        }
        if (plan.order(toStage) < plan.order(current)) {
            throw RuleViolated.of(toStage + " does not come after " + current + ": going back is a regress, with a reason");
        }
        Optional<Stage> next = plan.next(current);
        if (next.isPresent() && !next.get().name().equals(toStage)) {
            throw RuleViolated.of("an opportunity advances one stage at a time: from " + current
                    + " the next stage is " + next.get().name() + ", not " + toStage);
        }
    }

    private void checkStage(List<FieldError> errors, String stage) {
        if (stage == null || stage.isBlank()) {
            errors.add(new FieldError("toStage", "is required"));
        } else if (plan.stage(stage).isEmpty()) {
            List<String> names = new ArrayList<>();
            plan.open().forEach(open -> names.add(open.name()));
            names.addAll(List.of(StagePlan.WON, StagePlan.LOST, StagePlan.ABANDONED));
            errors.add(new FieldError("toStage", "is not a stage; the stages are " + String.join(", ", names)));
        }
    }

    private static void checkCloseDate(List<FieldError> errors, LocalDate date, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (date.isBefore(today)) {
            errors.add(new FieldError("expectedCloseDate", "must not be before today, " + today + " (UTC)"));
        }
    }

    private static void checkAmount(List<FieldError> errors, Money amount) {
        if (amount == null) {
            errors.add(new FieldError("amount", "is required"));
            return;
        }
        if (amount.value().signum() < 0) {
            errors.add(new FieldError("amount.value", "must not be negative"));
        } else if (!amount.fitsWireForm()) {
            errors.add(new FieldError("amount.value", "must have at most " + Money.MAX_INTEGER_DIGITS
                    + " integer and " + Money.MAX_FRACTION_DIGITS + " fraction digits"));
        }
        if (!amount.currencyWellFormed()) {
            errors.add(new FieldError("amount.currency", "must be an ISO 4217 code of three capital letters"));
        }
    }

    /** Checks the team (null: none) and returns it as a list. */
    private static List<String> checkTeam(List<FieldError> errors, List<String> team) {
        List<String> members = team == null ? List.of() : team;
        if (members.size() > MAX_TEAM) {
            errors.add(new FieldError("team", "must name at most " + MAX_TEAM + " sellers"));
            return members;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            String field = "team[" + i + "]";
            if (member == null || member.isBlank()) {
                errors.add(new FieldError(field, "must not be blank"));
            } else if (member.length() > MAX_PRINCIPAL) {
                errors.add(new FieldError(field, "must be at most " + MAX_PRINCIPAL + " characters"));
            } else if (!seen.add(member)) {
                errors.add(new FieldError(field, "repeats " + member));
            }
        }
        return members;
    }

    private static boolean isOpaqueId(String value) {
        return value != null && OPAQUE_ID.matcher(value).matches();
    }

    // A blank optional text says nothing: it is recorded as none, as the published contracts expect.
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static ChainFacts orUnknown(ChainFacts chain) {
        return chain == null ? ChainFacts.UNKNOWN : chain;
    }

    private static void requireExisting(OpportunityState state, String opportunityId) {
        if (!state.exists()) {
            throw new NotFound("opportunity", opportunityId);
        }
    }

    private static void requireOpen(OpportunityState state, String opportunityId) {
        requireExisting(state, opportunityId);
        if (state.closed()) {
            throw RuleViolated.of("the opportunity is closed as " + state.stage() + " and does not change any more");
        }
    }

    @Override
    public OpportunityState evolve(OpportunityState state, OpportunityEvent event) {
        if (event instanceof OpportunityOpened opened) {
            return new OpportunityState(opened.opportunityId(), opened.accountId(), opened.name(), opened.owner(),
                    opened.team(), opened.stage(), opened.amount(), opened.expectedCloseDate(), null, null, false,
                    Map.of(), Set.of(), Map.of(), opened.openedAt());
        }
        if (event instanceof OpportunityDetailsChanged changed) {
            return state.withDetails(changed.name(), changed.expectedCloseDate(), changed.changedAt());
        }
        if (event instanceof OpportunityTeamChanged changed) {
            return state.withTeam(changed.owner(), changed.team(), changed.changedAt());
        }
        if (event instanceof AmountChanged changed) {
            return state.withAmount(changed.amount(), changed.changedAt());
        }
        if (event instanceof GateOverridden overridden) {
            return state.touched(overridden.overriddenAt());
        }
        if (event instanceof StageAdvanced advanced) {
            return state.withStage(advanced.toStage(), advanced.advancedAt());
        }
        if (event instanceof StageRegressed regressed) {
            return state.withStage(regressed.toStage(), regressed.regressedAt());
        }
        if (event instanceof OpportunityGraded graded) {
            return state.withGrade(graded.grade(), graded.gradedAt());
        }
        if (event instanceof ForecastCategoryChanged changed) {
            return state.withCategory(changed.category(), changed.overridden(), changed.changedAt());
        }
        if (event instanceof ProposalRegistered registered) {
            return state.withProposal(registered.proposalId(), registered.registeredAt());
        }
        if (event instanceof WinStepCompleted completed) {
            return state.withStep(WinStep.of(completed.step()), new StepStatus(true, completed.automatic()),
                    completed.completedAt());
        }
        if (event instanceof WinStepReopened reopened) {
            return state.withStep(WinStep.of(reopened.step()), new StepStatus(false, reopened.automatic()),
                    reopened.reopenedAt());
        }
        if (event instanceof TacticAttached attached) {
            return state.withTactic(attached.tacticId(), WinStep.of(attached.step()), attached.attachedAt());
        }
        if (event instanceof TacticDetached detached) {
            return state.withTactic(detached.tacticId(), null, detached.detachedAt());
        }
        if (event instanceof OpportunityWon won) {
            return state.withStage(StagePlan.WON, won.wonAt());
        }
        if (event instanceof OpportunityLost lost) {
            return state.withStage(StagePlan.LOST, lost.lostAt());
        }
        OpportunityAbandoned abandoned = (OpportunityAbandoned) event;
        return state.withStage(StagePlan.ABANDONED, abandoned.abandonedAt());
    }
}
