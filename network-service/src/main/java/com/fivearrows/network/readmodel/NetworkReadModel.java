package com.fivearrows.network.readmodel;

import com.fivearrows.network.closeness.ActivityWeighing;
import com.fivearrows.platform.eventsourcing.projection.Projection;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The read side of network-service: key persons, enterprise relations, decision chains, assessments and
 * interactions, kept as of any instant (see {@code V1_0_1__network_read_model.sql}), and the closeness dirty marks,
 * all written in one transaction with the projection's checkpoint, so no subject is ever evaluated on inputs
 * older than its mark. Rebuilt by {@code POST /ops/projections/network/rebuild}, which is also how a change of
 * {@code network.closeness.half-life} takes effect.
 *
 * <p>Every event type is handled by the writer of its feature; {@code ClosenessChanged} and types this service does
 * not read are skipped. A batch writes each run of consecutive {@code InteractionRecorded} events set-based, with
 * one statement per table, and every other event on its own, in store order.
 */
@ApplicationScoped
public class NetworkReadModel implements Projection {

    /** The projection's name: its checkpoint and its ops endpoint {@code /ops/projections/network}. */
    public static final String NAME = "network";

    private static final String INTERACTION_RECORDED = "InteractionRecorded";
    private static final String TABLES = "key_person, key_person_history, enterprise_relation, decision_chain, chain_member,"
            + " chain_relation, person_assessment, interaction, person_interaction, person_activity, person_activity_total,"
            + " activity_scale, closeness_dirty";

    private final KeyPersonWriter keyPersons = new KeyPersonWriter();
    private final EnterpriseRelationWriter relations = new EnterpriseRelationWriter();
    private final DecisionChainWriter chains = new DecisionChainWriter();
    private final InteractionWriter interactions;

    @Inject
    public NetworkReadModel(ActivityWeighing weighing) {
        this.interactions = new InteractionWriter(weighing);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, StoredEvent event) {
        return switch (event.type()) {
            case "KeyPersonRegistered" -> keyPersons.registered(tx, event);
            case "KeyPersonUpdated" -> keyPersons.updated(tx, event);
            case "KeyPersonDeactivated" -> keyPersons.deactivated(tx, event);
            case "RelationshipLevelAssessed" -> keyPersons.assessed(tx, event, "LEVEL", "level");
            case "SolutionStanceAssessed" -> keyPersons.assessed(tx, event, "SOLUTION", "stance");
            case "PriceStanceAssessed" -> keyPersons.assessed(tx, event, "PRICE", "stance");
            case "EnterpriseRelationAdded" -> relations.added(tx, event);
            case "EnterpriseRelationStrengthChanged" -> relations.strengthChanged(tx, event);
            case "EnterpriseRelationRemoved" -> relations.removed(tx, event);
            case "DecisionChainStarted" -> chains.started(tx, event);
            case "OpportunityContextChanged" -> chains.contextChanged(tx, event);
            case "DecisionChainMemberAdded" -> chains.memberAdded(tx, event);
            case "DecisionChainMemberChanged" -> chains.memberChanged(tx, event);
            case "DecisionChainMemberRemoved" -> chains.memberRemoved(tx, event);
            case "ChainRelationAdded" -> chains.relationAdded(tx, event);
            case "ChainRelationRemoved" -> chains.relationRemoved(tx, event);
            case INTERACTION_RECORDED -> interactions.recorded(tx, List.of(event));
            default -> Uni.createFrom().voidItem();
        };
    }

    @Override
    public Uni<Void> applyBatch(SqlConnection tx, List<StoredEvent> batch) {
        return Multi.createFrom().iterable(runs(batch))
                .onItem().transformToUniAndConcatenate(run -> INTERACTION_RECORDED.equals(run.get(0).type())
                        ? interactions.recorded(tx, run)
                        : apply(tx, run.get(0)))
                .collect().last().replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("TRUNCATE " + TABLES).execute().replaceWithVoid();
    }

    /** The batch cut into runs of consecutive interactions and single other events, in order. */
    private static List<List<StoredEvent>> runs(List<StoredEvent> batch) {
        List<List<StoredEvent>> runs = new ArrayList<>();
        List<StoredEvent> interactionRun = null;
        for (StoredEvent event : batch) {
            if (!INTERACTION_RECORDED.equals(event.type())) {
                runs.add(List.of(event));
                interactionRun = null;
            } else if (interactionRun == null) {
                interactionRun = new ArrayList<>();
                interactionRun.add(event);
                runs.add(interactionRun);
            } else {
                interactionRun.add(event);
            }
        }
        return runs;
    }
}
