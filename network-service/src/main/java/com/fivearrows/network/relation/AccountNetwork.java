package com.fivearrows.network.relation;

import com.fivearrows.network.keyperson.InputRules;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.relation.AccountNetworkCommand.AddEnterpriseRelation;
import com.fivearrows.network.relation.AccountNetworkCommand.ChangeEnterpriseRelationStrength;
import com.fivearrows.network.relation.AccountNetworkCommand.RemoveEnterpriseRelation;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationAdded;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationRemoved;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationStrengthChanged;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.util.List;
import java.util.UUID;

/**
 * An account's enterprise relations (企业关系), one stream per account. Besides the {@link RelationGraph} rules, both
 * ends must be active key persons of this account (422). An unknown relation is a 404 {@code ("relation", id)}.
 */
public final class AccountNetwork implements Decider<AccountNetworkCommand, AccountNetworkState, AccountNetworkEvent> {

    /** {@code account-network:<accountId>}. */
    public static String streamId(String accountId) {
        return "account-network:" + accountId;
    }

    /** The event records and their type names, to build the aggregate's {@link EventCodec}. */
    public static List<EventCodec.EventType<? extends AccountNetworkEvent>> eventTypes() {
        return List.of(
                EventCodec.type(EnterpriseRelationAdded.class, "EnterpriseRelationAdded", 1),
                EventCodec.type(EnterpriseRelationStrengthChanged.class, "EnterpriseRelationStrengthChanged", 1),
                EventCodec.type(EnterpriseRelationRemoved.class, "EnterpriseRelationRemoved", 1));
    }

    @Override
    public AccountNetworkState initialState() {
        return AccountNetworkState.NONE;
    }

    @Override
    public List<AccountNetworkEvent> decide(AccountNetworkCommand command, AccountNetworkState state) {
        if (!InputRules.isOpaqueId(command.accountId())) {
            throw ValidationFailed.of("accountId", InputRules.OPAQUE_ID_RULE);
        }
        if (command instanceof AddEnterpriseRelation add) {
            return add(add, state);
        }
        if (command instanceof ChangeEnterpriseRelationStrength change) {
            RelationGraph.validateStrength(change.strength());
            Relation relation = existing(state, change.relationId());
            if (relation.type() != RelationType.INFLUENCES) {
                throw RuleViolated.of("only an INFLUENCES relation has a strength; relation " + relation.relationId()
                        + " is " + relation.type());
            }
            if (relation.strength() == change.strength()) {
                return List.of();
            }
            return List.of(new EnterpriseRelationStrengthChanged(command.accountId(), relation.relationId(), change.strength()));
        }
        RemoveEnterpriseRelation remove = (RemoveEnterpriseRelation) command;
        Relation relation = existing(state, remove.relationId());
        return List.of(new EnterpriseRelationRemoved(command.accountId(), relation.relationId()));
    }

    private static List<AccountNetworkEvent> add(AddEnterpriseRelation command, AccountNetworkState state) {
        Relation relation = new Relation(command.relationId(), command.type(), idOf(command.from()), idOf(command.to()),
                command.strength());
        RelationGraph.validate(relation);
        for (KeyPersonFact person : List.of(command.from(), command.to())) {
            person.requireAccount(command.accountId());
            person.requireActive();
        }
        state.relations().checkCanAdd(relation);
        return List.of(new EnterpriseRelationAdded(command.accountId(), relation.relationId(), relation.type(),
                relation.from(), relation.to(), relation.strength()));
    }

    private static UUID idOf(KeyPersonFact person) {
        return person == null ? null : person.keyPersonId();
    }

    private static Relation existing(AccountNetworkState state, UUID relationId) {
        return state.relations().find(relationId)
                .orElseThrow(() -> new NotFound("relation", String.valueOf(relationId)));
    }

    @Override
    public AccountNetworkState evolve(AccountNetworkState state, AccountNetworkEvent event) {
        RelationGraph relations = state.relations();
        if (event instanceof EnterpriseRelationAdded added) {
            relations = relations.with(new Relation(added.relationId(), added.type(), added.fromKeyPersonId(),
                    added.toKeyPersonId(), added.strength()));
        } else if (event instanceof EnterpriseRelationStrengthChanged changed) {
            relations = relations.find(changed.relationId())
                    .map(relation -> state.relations().with(relation.withStrength(changed.strength())))
                    .orElse(relations);
        } else {
            relations = relations.without(event.relationId());
        }
        return new AccountNetworkState(event.accountId(), relations);
    }
}
