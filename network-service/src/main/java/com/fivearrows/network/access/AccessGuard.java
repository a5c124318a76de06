package com.fivearrows.network.access;

import com.fivearrows.network.access.Editor.Reach;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Applies {@link NetworkAccess} to the current caller, looking up what the rule needs about a seller: who registered
 * a key person (from its stream, so a person registered a moment ago counts at once) and whether the seller is on an
 * account's team (owner or team member of any of its opportunities, from the read model's {@code decision_chain},
 * which learns teams from opportunity events). Managers, sales-ops and integration clients need no look-up.
 *
 * <pre>{@code
 * Editor editor = guard.editor();                 // while the request is dispatched: the Actor is request scoped
 * return guard.checkChangePerson(editor, person.state()).flatMap(ok -> keyPersons.handle(...));
 * }</pre>
 */
@ApplicationScoped
public class AccessGuard {

    private static final String ON_ACCOUNT_TEAM = """
            SELECT EXISTS (SELECT 1 FROM decision_chain
                            WHERE account_id = $1 AND (owner = $2 OR $2 = ANY (team))) AS on_team""";

    private final Actor actor;
    private final Pool pool;
    private final AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;

    public AccessGuard(Actor actor, Pool pool, AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons) {
        this.actor = actor;
        this.pool = pool;
        this.keyPersons = keyPersons;
    }

    /** The current caller as the rule sees it; call it while the request is dispatched, before any await. */
    public Editor editor() {
        Reach reach;
        if (actor.isManagerOrSalesOps()) {
            reach = Reach.EVERYTHING;
        } else if (actor.hasRole(Roles.SELLER)) {
            reach = Reach.OWN_AND_TEAMS;
        } else if (actor.mayPushInteractionsOnly()) {
            reach = Reach.INTERACTIONS_ONLY;
        } else {
            reach = Reach.READ_ONLY;
        }
        return new Editor(actor.name(), reach);
    }

    /** Whether the editor may change the (existing) key person. */
    public Uni<Void> checkChangePerson(Editor editor, KeyPersonState person) {
        return onAccountTeam(editor, person.accountId())
                .invoke(onTeam -> NetworkAccess.requireMayChangePerson(editor, ties(person, onTeam)))
                .replaceWithVoid();
    }

    /** Whether the editor may change the account's relations, one between {@code ends} (none: the account's as a whole). */
    public Uni<Void> checkChangeRelations(Editor editor, String accountId, Collection<UUID> ends) {
        if (!editor.isLimited()) {
            NetworkAccess.requireMayChangeRelations(editor, accountId, false, List.of());
            return Uni.createFrom().voidItem();
        }
        Uni<List<String>> registrants = ends.isEmpty()
                ? Uni.createFrom().item(List.of())
                : Uni.join().all(ends.stream().map(this::registrantOf).toList()).andFailFast();
        return Uni.combine().all().unis(onAccountTeam(editor, accountId), registrants).asTuple()
                .invoke(found -> NetworkAccess.requireMayChangeRelations(editor, accountId, found.getItem1(), found.getItem2()))
                .replaceWithVoid();
    }

    /** Whether the editor may change the existing chain; no look-up needed. */
    public Uni<Void> checkChangeChain(Editor editor, DecisionChainState chain) {
        return Uni.createFrom().voidItem().invoke(() -> NetworkAccess.requireMayChangeChain(editor, chain));
    }

    /** Whether the editor may start the chain of {@code opportunityId} with the (existing) key person. */
    public Uni<Void> checkStartChain(Editor editor, String opportunityId, UUID firstMember) {
        NetworkAccess.requireMayWrite(editor);
        return keyPersons.load(KeyPerson.streamId(firstMember))
                .flatMap(person -> onAccountTeam(editor, person.state().accountId())
                        .invoke(onTeam -> NetworkAccess.requireMayStartChain(editor, opportunityId,
                                ties(person.state(), onTeam))))
                .replaceWithVoid();
    }

    private static PersonTies ties(KeyPersonState person, boolean onTeam) {
        return new PersonTies(person.keyPersonId(), person.accountId(), person.registeredBy(), onTeam);
    }

    private Uni<String> registrantOf(UUID keyPersonId) {
        return keyPersons.load(KeyPerson.streamId(keyPersonId)).map(person -> person.state().registeredBy());
    }

    private Uni<Boolean> onAccountTeam(Editor editor, String accountId) {
        if (!editor.isLimited() || accountId == null) {
            return Uni.createFrom().item(false);
        }
        return pool.preparedQuery(ON_ACCOUNT_TEAM).execute(Tuple.of(accountId, editor.name()))
                .map(rows -> rows.iterator().next().getBoolean("on_team"));
    }
}
