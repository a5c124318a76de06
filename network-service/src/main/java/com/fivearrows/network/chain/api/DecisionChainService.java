package com.fivearrows.network.chain.api;

import com.fivearrows.network.access.AccessGuard;
import com.fivearrows.network.access.Editor;
import com.fivearrows.network.access.NetworkAccess;
import com.fivearrows.network.app.KeyPersonFacts;
import com.fivearrows.network.app.RequestMetadata;
import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainCommand.AddChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.AddChainRelation;
import com.fivearrows.network.chain.DecisionChainCommand.ChangeChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.RemoveChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.RemoveChainRelation;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.chain.api.DecisionChainView.ChainRelation;
import com.fivearrows.network.chain.api.DecisionChainView.Member;
import com.fivearrows.network.relation.api.RelationBody;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.Decision;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The decision chain commands of the REST API, on the chain's stream ({@link DecisionChain#streamId}): checks who
 * may ({@link NetworkAccess}: a seller the chain involves, or for a chain not started yet one who may change its
 * first member), then lets the {@link DecisionChain} decider decide. A person added is loaded with
 * {@link KeyPersonFacts} (404 when unknown).
 */
@ApplicationScoped
public class DecisionChainService {
    private final AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains;
    private final KeyPersonFacts persons;
    private final AccessGuard access;
    private final RequestMetadata request;

    public DecisionChainService(AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains,
                                KeyPersonFacts persons, AccessGuard access, RequestMetadata request) {
        this.chains = chains;
        this.persons = persons;
        this.access = access;
        this.request = request;
    }

    /** The chain from its stream (fresh, unlike the read model); 404 when the opportunity has no chain. */
    public Uni<Aggregate<DecisionChainState>> get(String opportunityId) {
        return chains.load(DecisionChain.streamId(opportunityId)).map(chain -> {
            if (!chain.state().exists()) {
                throw new NotFound("decision chain", opportunityId);
            }
            return chain;
        });
    }

    /** Adds a key person to the chain, starting the chain when the opportunity has none yet. */
    public Uni<Aggregate<DecisionChainState>> addMember(String opportunityId, long expectedVersion, MemberBody body) {
        Editor editor = access.editor();
        NetworkAccess.requireMayWrite(editor);
        if (body.keyPersonId() == null) {
            throw ValidationFailed.of("keyPersonId", "is required");
        }
        EventMetadata metadata = request.metadata();
        String actor = request.actor();
        String streamId = DecisionChain.streamId(opportunityId);
        return Uni.combine().all().unis(chains.load(streamId), persons.of(body.keyPersonId())).asTuple()
                .call(found -> found.getItem1().state().exists()
                        ? access.checkChangeChain(editor, found.getItem1().state())
                        : access.checkStartChain(editor, opportunityId, body.keyPersonId()))
                .flatMap(found -> chains.handle(streamId, expectedVersion,
                        new AddChainMember(opportunityId, found.getItem2(), body.role(), body.influence(), actor), metadata))
                .map(Decision::aggregate);
    }

    public Uni<Aggregate<DecisionChainState>> changeMember(String opportunityId, UUID keyPersonId, long expectedVersion,
                                                           MemberBody body) {
        return changed(opportunityId, expectedVersion,
                new ChangeChainMember(opportunityId, keyPersonId, body.role(), body.influence()));
    }

    public Uni<Aggregate<DecisionChainState>> removeMember(String opportunityId, UUID keyPersonId, long expectedVersion) {
        return changed(opportunityId, expectedVersion, new RemoveChainMember(opportunityId, keyPersonId));
    }

    /** Adds a relation between two members under a new id. */
    public Uni<Aggregate<DecisionChainState>> addRelation(String opportunityId, UUID relationId, long expectedVersion,
                                                          RelationBody body) {
        return changed(opportunityId, expectedVersion, new AddChainRelation(opportunityId, relationId, body.type(),
                body.fromKeyPersonId(), body.toKeyPersonId(), body.strength()));
    }

    public Uni<Aggregate<DecisionChainState>> removeRelation(String opportunityId, UUID relationId, long expectedVersion) {
        return changed(opportunityId, expectedVersion, new RemoveChainRelation(opportunityId, relationId));
    }

    /** The member, or 404 {@code ("decision chain member", id)}. */
    public static Member member(Aggregate<DecisionChainState> chain, UUID keyPersonId) {
        return chain.state().member(keyPersonId).map(Member::of)
                .orElseThrow(() -> new NotFound("decision chain member", keyPersonId.toString()));
    }

    /** The chain relation, or 404 {@code ("chain relation", id)}. */
    public static ChainRelation relation(Aggregate<DecisionChainState> chain, UUID relationId) {
        return chain.state().relations().find(relationId).map(ChainRelation::of)
                .orElseThrow(() -> new NotFound("chain relation", relationId.toString()));
    }

    /**
     * Checks the caller may change the chain, then decides at the expected version. A chain that does not exist is
     * left to the decider, which answers 404.
     */
    private Uni<Aggregate<DecisionChainState>> changed(String opportunityId, long expectedVersion,
                                                       DecisionChainCommand command) {
        Editor editor = access.editor();
        NetworkAccess.requireMayWrite(editor);
        EventMetadata metadata = request.metadata();
        return chains.load(DecisionChain.streamId(opportunityId))
                .call(chain -> chain.state().exists()
                        ? access.checkChangeChain(editor, chain.state())
                        : Uni.createFrom().voidItem())
                .flatMap(chain -> chains.handle(chain.id(), expectedVersion, command, metadata))
                .map(Decision::aggregate);
    }
}
