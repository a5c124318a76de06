package com.fivearrows.network.relation.api;

import com.fivearrows.network.access.AccessGuard;
import com.fivearrows.network.access.Editor;
import com.fivearrows.network.access.NetworkAccess;
import com.fivearrows.network.app.KeyPersonFacts;
import com.fivearrows.network.app.RequestMetadata;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.relation.AccountNetwork;
import com.fivearrows.network.relation.AccountNetworkCommand;
import com.fivearrows.network.relation.AccountNetworkCommand.AddEnterpriseRelation;
import com.fivearrows.network.relation.AccountNetworkCommand.ChangeEnterpriseRelationStrength;
import com.fivearrows.network.relation.AccountNetworkCommand.RemoveEnterpriseRelation;
import com.fivearrows.network.relation.AccountNetworkEvent;
import com.fivearrows.network.relation.AccountNetworkState;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.Decision;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enterprise relation commands of the REST API: loads the persons a new relation names
 * ({@link KeyPersonFacts}, 404 when unknown), checks who may ({@link NetworkAccess}), then lets the
 * {@link AccountNetwork} decider decide on the account's stream.
 */
@ApplicationScoped
public class RelationService {

    /** A relation just added and the account stream's version after it. */
    public record Added(RelationView relation, long version) {
    }

    private final AggregateStore<AccountNetworkCommand, AccountNetworkState, AccountNetworkEvent> networks;
    private final KeyPersonFacts persons;
    private final AccessGuard access;
    private final RequestMetadata request;

    public RelationService(AggregateStore<AccountNetworkCommand, AccountNetworkState, AccountNetworkEvent> networks,
                           KeyPersonFacts persons, AccessGuard access, RequestMetadata request) {
        this.networks = networks;
        this.persons = persons;
        this.access = access;
        this.request = request;
    }

    /** The account's relations and version, from its stream (fresh, unlike the read model). */
    public Uni<Aggregate<AccountNetworkState>> network(String accountId) {
        return networks.load(AccountNetwork.streamId(accountId));
    }

    /** Adds a relation under a new id; answers it with the account stream's version. */
    public Uni<Added> add(String accountId, long expectedVersion, RelationBody body) {
        Editor editor = access.editor();
        NetworkAccess.requireMayWrite(editor);
        EventMetadata metadata = request.metadata();
        UUID relationId = UUID.randomUUID();
        List<UUID> ends = new ArrayList<>();
        if (body.fromKeyPersonId() != null) {
            ends.add(body.fromKeyPersonId());
        }
        if (body.toKeyPersonId() != null) {
            ends.add(body.toKeyPersonId());
        }
        return persons.of(ends)
                .map(facts -> facts.stream().collect(Collectors.toMap(KeyPersonFact::keyPersonId, Function.identity())))
                .call(facts -> access.checkChangeRelations(editor, accountId, ends))
                .flatMap(facts -> networks.handle(AccountNetwork.streamId(accountId), expectedVersion,
                        command(accountId, relationId, body, facts), metadata))
                .map(decision -> new Added(relation(decision.aggregate(), accountId, relationId),
                        decision.aggregate().version()));
    }

    public Uni<Aggregate<AccountNetworkState>> changeStrength(String accountId, UUID relationId, long expectedVersion,
                                                              Integer strength) {
        if (strength == null) {
            throw ValidationFailed.of("strength", "is required: 1..5");
        }
        return changed(accountId, relationId, expectedVersion,
                new ChangeEnterpriseRelationStrength(accountId, relationId, strength));
    }

    public Uni<Aggregate<AccountNetworkState>> remove(String accountId, UUID relationId, long expectedVersion) {
        return changed(accountId, relationId, expectedVersion, new RemoveEnterpriseRelation(accountId, relationId));
    }

    /**
     * Checks the caller may change the relation (on the account's team, or registrant of both its persons), then
     * decides. A relation the account does not have is left to the decider, which answers 404.
     */
    private Uni<Aggregate<AccountNetworkState>> changed(String accountId, UUID relationId, long expectedVersion,
                                                        AccountNetworkCommand command) {
        Editor editor = access.editor();
        NetworkAccess.requireMayWrite(editor);
        EventMetadata metadata = request.metadata();
        return networks.load(AccountNetwork.streamId(accountId))
                .call(network -> network.state().relations().find(relationId)
                        .map(relation -> access.checkChangeRelations(editor, accountId, List.of(relation.from(), relation.to())))
                        .orElse(Uni.createFrom().voidItem()))
                .flatMap(network -> networks.handle(network.id(), expectedVersion, command, metadata))
                .map(Decision::aggregate);
    }

    private static AddEnterpriseRelation command(String accountId, UUID relationId, RelationBody body,
                                                 Map<UUID, KeyPersonFact> facts) {
        return new AddEnterpriseRelation(accountId, relationId, body.type(), facts.get(body.fromKeyPersonId()),
                facts.get(body.toKeyPersonId()), body.strength());
    }

    /** The relation of the account's network, or 404 {@code ("relation", id)} when it has no such current relation. */
    public static RelationView relation(Aggregate<AccountNetworkState> network, String accountId, UUID relationId) {
        return network.state().relations().find(relationId)
                .map(relation -> RelationView.of(accountId, relation))
                .orElseThrow(() -> new NotFound("relation", relationId.toString()));
    }
}
