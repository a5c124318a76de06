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
import java.util.Map;

/**
 * The read side of network-service: key persons, enterprise relations, decision chains, assessments and
 * interactions, kept as of any instant (see {@code V1_0_1__network_read_model.sql}), and the closeness dirty marks,
 * all written in one transaction with the projection's checkpoint, so no subject is ever evaluated on inputs
 * older than its mark. Rebuilt by {@code POST /ops/projections/network/rebuild}, which is also how a change of
 * {@code network.closeness.half-life} takes effect.
 *
 * <p>Every event type is handled by the writer of its feature; {@code ClosenessChanged} and types this service does
 * not read are skipped. A batch writes each run of consecutive {@code InteractionRecorded} events set-based, with one
 * statement per table, and every other event it reads on its own, in store order.
 */
@ApplicationScoped
public class NetworkReadModel implements Projection {

    /** The projection's name: its checkpoint and its ops endpoint {@code /ops/projections/network}. */
    public static final String NAME = "network";

    private static final String INTERACTION_RECORDED = "InteractionRecorded";
    private static final String TABLES = "key_person, key_person_history, enterprise_relation, decision_chain, chain_member,"
            + " chain_relation, person_assessment, interaction, person_interaction, person_activity, person_activity_total,"
            + " activity_scale, closeness_dirty";

    /** Writes one event of a type this projection reads. */
    @FunctionalInterface
    private interface Writer {
        Uni<Void> write(SqlConnection tx, StoredEvent event);
    }

    private final InteractionWriter interactions;
    // Every event type the read model is built from; any other (ClosenessChanged, types of other services) is skipped.
    private final Map<String, Writer> writers;

    @Inject
    public NetworkReadModel(ActivityWeighing weighing) {
        this.interactions = new InteractionWriter(weighing);
        KeyPersonWriter keyPersons = new KeyPersonWriter();
        EnterpriseRelationWriter relations = new EnterpriseRelationWriter();
        DecisionChainWriter chains = new DecisionChainWriter();
        this.writers = Map.ofEntries(
                Map.entry("KeyPersonRegistered", keyPersons::registered),
                Map.entry("KeyPersonUpdated", keyPersons::updated),
                Map.entry("KeyPersonDeactivated", keyPersons::deactivated),
                Map.entry("RelationshipLevelAssessed", (tx, event) -> keyPersons.assessed(tx, event, "LEVEL", "level")),
                Map.entry("SolutionStanceAssessed", (tx, event) -> keyPersons.assessed(tx, event, "SOLUTION", "stance")),
                Map.entry("PriceStanceAssessed", (tx, event) -> keyPersons.assessed(tx, event, "PRICE", "stance")),
                Map.entry("EnterpriseRelationAdded", relations::added),
                Map.entry("EnterpriseRelationStrengthChanged", relations::strengthChanged),
                Map.entry("EnterpriseRelationRemoved", relations::removed),
                Map.entry("DecisionChainStarted", chains::started),
                Map.entry("OpportunityContextChanged", chains::contextChanged),
                Map.entry("DecisionChainMemberAdded", chains::memberAdded),
                Map.entry("DecisionChainMemberChanged", chains::memberChanged),
                Map.entry("DecisionChainMemberRemoved", chains::memberRemoved),
                Map.entry("ChainRelationAdded", chains::relationAdded),
                Map.entry("ChainRelationRemoved", chains::relationRemoved),
                Map.entry(INTERACTION_RECORDED, (tx, event) -> interactions.recorded(tx, List.of(event))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, StoredEvent event) {
        Writer writer = writers.get(event.type());
        return writer == null ? Uni.createFrom().voidItem() : writer.write(tx, event);
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

    /**
     * The batch cut into runs of consecutive interactions and single other events, in order. Events the read model
     * does not read are left out, so that they do not cut a run: the publisher's own ClosenessChanged events come
     * between interactions all the time, and a replay would otherwise write interactions a handful at a time.
     */
    private List<List<StoredEvent>> runs(List<StoredEvent> batch) {
        List<List<StoredEvent>> runs = new ArrayList<>();
        List<StoredEvent> interactionRun = null;
        for (StoredEvent event : batch) {
            if (!writers.containsKey(event.type())) {
                continue;
            }
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
