package com.fivearrows.network.chain;

import com.fivearrows.network.chain.DecisionChainCommand.AddChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.AddChainRelation;
import com.fivearrows.network.chain.DecisionChainCommand.ApplyOpportunityContext;
import com.fivearrows.network.chain.DecisionChainCommand.ChangeChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.RemoveChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.RemoveChainRelation;
import com.fivearrows.network.chain.DecisionChainEvent.ChainRelationAdded;
import com.fivearrows.network.chain.DecisionChainEvent.ChainRelationRemoved;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberAdded;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberChanged;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberRemoved;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainStarted;
import com.fivearrows.network.chain.DecisionChainEvent.OpportunityContextChanged;
import com.fivearrows.network.keyperson.InputRules;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.relation.Relation;
import com.fivearrows.network.relation.RelationGraph;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An opportunity's decision chain (商机决策链), one stream per opportunity: its members with their role and
 * influence in this decision, the reporting and influence edges among them, and the opportunity's context.
 *
 * <p>Members (422): active key persons of the chain's account, each once. A member's role defaults to its kind,
 * its influence (1..5, else 400) to the role's default. Removing a member removes its edges first. Relations follow
 * the {@link RelationGraph} rules and join two current members (422). A chain starts with its first member (the
 * account is the person's) or its first opportunity context (the account is the context's). Anything else on a chain
 * that does not exist is a 404 {@code ("decision chain", opportunityId)}.
 */
public final class DecisionChain implements Decider<DecisionChainCommand, DecisionChainState, DecisionChainEvent> {

    /** {@code decision-chain:<opportunityId>}. */
    public static String streamId(String opportunityId) {
        return "decision-chain:" + opportunityId;
    }

    /** The event records and their type names, to build the aggregate's {@link EventCodec}. */
    public static List<EventCodec.EventType<? extends DecisionChainEvent>> eventTypes() {
        return List.of(
                EventCodec.type(DecisionChainStarted.class, "DecisionChainStarted", 1),
                EventCodec.type(DecisionChainMemberAdded.class, "DecisionChainMemberAdded", 1),
                EventCodec.type(DecisionChainMemberChanged.class, "DecisionChainMemberChanged", 1),
                EventCodec.type(DecisionChainMemberRemoved.class, "DecisionChainMemberRemoved", 1),
                EventCodec.type(ChainRelationAdded.class, "ChainRelationAdded", 1),
                EventCodec.type(ChainRelationRemoved.class, "ChainRelationRemoved", 1),
                EventCodec.type(OpportunityContextChanged.class, "OpportunityContextChanged", 1));
    }

    @Override
    public DecisionChainState initialState() {
        return DecisionChainState.NONE;
    }

    @Override
    public List<DecisionChainEvent> decide(DecisionChainCommand command, DecisionChainState state) {
        if (!InputRules.isOpaqueId(command.opportunityId())) {
            throw ValidationFailed.of("opportunityId", InputRules.OPAQUE_ID_RULE);
        }
        if (command instanceof AddChainMember add) {
            return addMember(add, state);
        }
        if (command instanceof ApplyOpportunityContext context) {
            return applyContext(context, state);
        }
        if (!state.exists()) {
            throw new NotFound("decision chain", command.opportunityId());
        }
        if (command instanceof ChangeChainMember change) {
            return changeMember(change, state);
        }
        if (command instanceof RemoveChainMember remove) {
            return removeMember(remove, state);
        }
        if (command instanceof AddChainRelation add) {
            return addRelation(add, state);
        }
        RemoveChainRelation remove = (RemoveChainRelation) command;
        Relation relation = state.relations().find(remove.relationId())
                .orElseThrow(() -> new NotFound("chain relation", String.valueOf(remove.relationId())));
        return List.of(new ChainRelationRemoved(state.opportunityId(), relation.relationId()));
    }

    private static List<DecisionChainEvent> addMember(AddChainMember command, DecisionChainState state) {
        KeyPersonFact person = command.person();
        if (person == null) {
            throw ValidationFailed.of("keyPersonId", "is required");
        }
        checkInfluence(command.influence());
        if (state.exists()) {
            person.requireAccount(state.accountId());
        }
        person.requireActive();
        if (state.isMember(person.keyPersonId())) {
            throw RuleViolated.of("key person " + person.keyPersonId() + " is already a member of this decision chain");
        }
        Kind role = command.role() == null ? person.kind() : command.role();
        int influence = command.influence() == null ? role.defaultInfluence() : command.influence();

        List<DecisionChainEvent> events = new ArrayList<>();
        if (!state.exists()) {
            events.add(new DecisionChainStarted(command.opportunityId(), person.accountId(), command.actor()));
        }
        events.add(new DecisionChainMemberAdded(command.opportunityId(), person.keyPersonId(), role, influence, command.actor()));
        return events;
    }

    private static List<DecisionChainEvent> changeMember(ChangeChainMember command, DecisionChainState state) {
        checkInfluence(command.influence());
        ChainMember member = existingMember(state, command.keyPersonId());
        Kind role = command.role() == null ? member.role() : command.role();
        int influence = command.influence() == null ? role.defaultInfluence() : command.influence();
        if (role == member.role() && influence == member.influence()) {
            return List.of();
        }
        return List.of(new DecisionChainMemberChanged(state.opportunityId(), member.keyPersonId(), role, influence));
    }

    private static List<DecisionChainEvent> removeMember(RemoveChainMember command, DecisionChainState state) {
        ChainMember member = existingMember(state, command.keyPersonId());
        List<DecisionChainEvent> events = new ArrayList<>();
        for (Relation relation : state.relations().relationsOf(member.keyPersonId())) {
            events.add(new ChainRelationRemoved(state.opportunityId(), relation.relationId()));
        }
        events.add(new DecisionChainMemberRemoved(state.opportunityId(), member.keyPersonId()));
        return events;
    }

    private static List<DecisionChainEvent> addRelation(AddChainRelation command, DecisionChainState state) {
        Relation relation = new Relation(command.relationId(), command.type(), command.fromKeyPersonId(),
                command.toKeyPersonId(), command.strength());
        RelationGraph.validate(relation);
        for (UUID end : List.of(relation.from(), relation.to())) {
            if (!state.isMember(end)) {
                throw RuleViolated.of("key person " + end + " is not a member of this decision chain");
            }
        }
        state.relations().checkCanAdd(relation);
        return List.of(new ChainRelationAdded(state.opportunityId(), relation.relationId(), relation.type(),
                relation.from(), relation.to(), relation.strength()));
    }

    private static List<DecisionChainEvent> applyContext(ApplyOpportunityContext command, DecisionChainState state) {
        List<FieldError> errors = new ArrayList<>();
        if (command.accountId() == null && !state.exists()) {
            errors.add(new FieldError("accountId", "is required to start a decision chain"));
        } else if (command.accountId() != null && !InputRules.isOpaqueId(command.accountId())) {
            errors.add(new FieldError("accountId", InputRules.OPAQUE_ID_RULE));
        }
        if (command.changedAt() == null) {
            errors.add(new FieldError("changedAt", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        OpportunityContext current = state.context();
        String accountId = orElse(command.accountId(), state.accountId());
        if (state.exists() && !accountId.equals(state.accountId()) && !state.members().isEmpty()) {
            throw RuleViolated.of("opportunity " + command.opportunityId() + " is reported in account " + accountId
                    + " but its decision chain holds key persons of account " + state.accountId()
                    + "; remove them from the chain before the opportunity moves");
        }
        OpportunityContext merged = new OpportunityContext(
                orElse(command.stage(), current.stage()),
                orElse(command.amount(), current.amount()),
                orElse(command.currency(), current.currency()),
                orElse(command.status(), current.status()),
                orElse(command.owner(), current.owner()),
                orElse(command.team(), current.team()),
                latest(current.changedAt(), command.changedAt()));
        if (state.exists() && accountId.equals(state.accountId()) && sameValues(merged, current)) {
            return List.of();
        }

        List<DecisionChainEvent> events = new ArrayList<>();
        if (!state.exists()) {
            events.add(new DecisionChainStarted(command.opportunityId(), accountId, command.actor()));
        }
        events.add(new OpportunityContextChanged(command.opportunityId(), accountId, merged.stage(), merged.amount(),
                merged.currency(), merged.status(), merged.owner(), merged.team(), merged.changedAt()));
        return events;
    }

    /**
     * Reports are applied in the order they arrive: the producer's topic keeps one opportunity's events in order, while
     * their business times need not be (an award dated before a later team change). The context says when it was
     * last changed in business time.
     */
    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Equal apart from {@code changedAt}; amounts by value, so 10.0 and 10.00 are the same amount. */
    private static boolean sameValues(OpportunityContext a, OpportunityContext b) {
        boolean sameAmount = a.amount() == null ? b.amount() == null
                : b.amount() != null && a.amount().compareTo(b.amount()) == 0;
        return sameAmount
                && Objects.equals(a.stage(), b.stage())
                && Objects.equals(a.currency(), b.currency())
                && Objects.equals(a.status(), b.status())
                && Objects.equals(a.owner(), b.owner())
                && a.team().equals(b.team());
    }

    private static <T> T orElse(T value, T current) {
        return value == null ? current : value;
    }

    private static void checkInfluence(Integer influence) {
        if (influence != null && (influence < 1 || influence > 5)) {
            throw ValidationFailed.of("influence", "must be 1..5");
        }
    }

    private static ChainMember existingMember(DecisionChainState state, UUID keyPersonId) {
        return state.member(keyPersonId)
                .orElseThrow(() -> new NotFound("decision chain member", String.valueOf(keyPersonId)));
    }

    @Override
    public DecisionChainState evolve(DecisionChainState state, DecisionChainEvent event) {
        if (event instanceof DecisionChainStarted started) {
            return new DecisionChainState(started.opportunityId(), started.accountId(), started.startedBy(), List.of(),
                    RelationGraph.EMPTY, OpportunityContext.UNKNOWN);
        }
        if (event instanceof DecisionChainMemberAdded added) {
            List<ChainMember> members = new ArrayList<>(state.members());
            members.add(new ChainMember(added.keyPersonId(), added.role(), added.influence(), added.addedBy()));
            return withMembers(state, members);
        }
        if (event instanceof DecisionChainMemberChanged changed) {
            List<ChainMember> members = state.members().stream()
                    .map(m -> m.keyPersonId().equals(changed.keyPersonId())
                            ? new ChainMember(m.keyPersonId(), changed.role(), changed.influence(), m.addedBy())
                            : m)
                    .toList();
            return withMembers(state, members);
        }
        if (event instanceof DecisionChainMemberRemoved removed) {
            List<ChainMember> members = state.members().stream()
                    .filter(m -> !m.keyPersonId().equals(removed.keyPersonId()))
                    .toList();
            return withMembers(state, members);
        }
        if (event instanceof ChainRelationAdded added) {
            return withRelations(state, state.relations().with(new Relation(added.relationId(), added.type(),
                    added.fromKeyPersonId(), added.toKeyPersonId(), added.strength())));
        }
        if (event instanceof ChainRelationRemoved removed) {
            return withRelations(state, state.relations().without(removed.relationId()));
        }
        OpportunityContextChanged changed = (OpportunityContextChanged) event;
        OpportunityContext context = new OpportunityContext(changed.stage(), changed.amount(), changed.currency(),
                changed.status(), changed.owner(), changed.team(), changed.changedAt());
        return new DecisionChainState(state.opportunityId(), orElse(changed.accountId(), state.accountId()),
                state.startedBy(), state.members(), state.relations(), context);
    }

    private static DecisionChainState withMembers(DecisionChainState state, List<ChainMember> members) {
        return new DecisionChainState(state.opportunityId(), state.accountId(), state.startedBy(), members,
                state.relations(), state.context());
    }

    private static DecisionChainState withRelations(DecisionChainState state, RelationGraph relations) {
        return new DecisionChainState(state.opportunityId(), state.accountId(), state.startedBy(), state.members(),
                relations, state.context());
    }
}
