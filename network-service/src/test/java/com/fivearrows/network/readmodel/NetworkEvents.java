package com.fivearrows.network.readmodel;

import static org.awaitility.Awaitility.await;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Appends network-service events straight to the store, shaped as the deciders write them (their JSON is pinned by
 * {@code contracts.PublishedEventsTest}), at chosen times, and waits until the {@code network} projection has
 * applied them. Ids are fresh per call, so tests sharing the database never see each other's subjects.
 */
public final class NetworkEvents {
    private final EventStore store;
    private final Projections projections;

    public NetworkEvents(EventStore store, Projections projections) {
        this.store = store;
        this.projections = projections;
    }

    /** A fresh account or opportunity id. */
    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonObject profile(String name, Scope scope, Kind kind, int influence) {
        return new JsonObject().put("name", name).put("title", null).put("department", "Procurement")
                .put("seniority", "MANAGER").put("scope", scope.name()).put("kind", kind.name()).put("influence", influence)
                .put("politicalStatus", null).put("decisionOrientation", null).put("email", null)
                .put("externalIds", new JsonArray());
    }

    public UUID registerPerson(String accountId, Scope scope, Kind kind, int influence, Instant at) {
        UUID id = UUID.randomUUID();
        registerPerson(id, accountId, profile("Person " + id, scope, kind, influence), at);
        return id;
    }

    public void registerPerson(UUID id, String accountId, JsonObject profile, Instant at) {
        keyPerson(id, "KeyPersonRegistered", new JsonObject().put("keyPersonId", id.toString()).put("accountId", accountId)
                .put("profile", profile).put("registeredBy", "seller-1"), at);
    }

    public void updatePerson(UUID id, JsonObject profile, Instant at) {
        keyPerson(id, "KeyPersonUpdated", new JsonObject().put("keyPersonId", id.toString()).put("profile", profile), at);
    }

    public void deactivatePerson(UUID id, Instant at) {
        keyPerson(id, "KeyPersonDeactivated", new JsonObject().put("keyPersonId", id.toString()).put("reason", "left"), at);
    }

    /** An assessment ({@code RelationshipLevelAssessed} with "level", the two stance events with "stance"). */
    public void assess(UUID id, String type, String value, Instant assessedAt, Instant recordedAt) {
        String field = "RelationshipLevelAssessed".equals(type) ? "level" : "stance";
        keyPerson(id, type, new JsonObject().put("keyPersonId", id.toString()).put(field, value)
                .put("assessedAt", assessedAt.toString()).put("assessedBy", "seller-1").put("note", null), recordedAt);
    }

    public UUID addEnterpriseRelation(String accountId, RelationType type, UUID from, UUID to, Integer strength, Instant at) {
        UUID relationId = UUID.randomUUID();
        accountNetwork(accountId, "EnterpriseRelationAdded", new JsonObject().put("accountId", accountId)
                .put("relationId", relationId.toString()).put("type", type.name()).put("fromKeyPersonId", from.toString())
                .put("toKeyPersonId", to.toString()).put("strength", strength), at);
        return relationId;
    }

    public void changeEnterpriseRelationStrength(String accountId, UUID relationId, int strength, Instant at) {
        accountNetwork(accountId, "EnterpriseRelationStrengthChanged", new JsonObject().put("accountId", accountId)
                .put("relationId", relationId.toString()).put("strength", strength), at);
    }

    public void removeEnterpriseRelation(String accountId, UUID relationId, Instant at) {
        accountNetwork(accountId, "EnterpriseRelationRemoved",
                new JsonObject().put("accountId", accountId).put("relationId", relationId.toString()), at);
    }

    public void startChain(String opportunityId, String accountId, Instant at) {
        chain(opportunityId, "DecisionChainStarted", new JsonObject().put("opportunityId", opportunityId)
                .put("accountId", accountId).put("startedBy", "seller-1"), at);
    }

    public void changeContext(String opportunityId, String stage, BigDecimal amount, String status, List<String> team,
                              Instant at) {
        chain(opportunityId, "OpportunityContextChanged", new JsonObject().put("opportunityId", opportunityId)
                .put("accountId", null).put("stage", stage).put("amount", amount).put("currency", amount == null ? null : "EUR")
                .put("status", status).put("owner", null).put("team", team == null ? null : new JsonArray(team))
                .put("changedAt", at.toString()), at);
    }

    public void addMember(String opportunityId, UUID keyPersonId, Kind role, int influence, Instant at) {
        chain(opportunityId, "DecisionChainMemberAdded", new JsonObject().put("opportunityId", opportunityId)
                .put("keyPersonId", keyPersonId.toString()).put("role", role.name()).put("influence", influence)
                .put("addedBy", "seller-1"), at);
    }

    public void changeMember(String opportunityId, UUID keyPersonId, Kind role, int influence, Instant at) {
        chain(opportunityId, "DecisionChainMemberChanged", new JsonObject().put("opportunityId", opportunityId)
                .put("keyPersonId", keyPersonId.toString()).put("role", role.name()).put("influence", influence), at);
    }

    public void removeMember(String opportunityId, UUID keyPersonId, Instant at) {
        chain(opportunityId, "DecisionChainMemberRemoved", new JsonObject().put("opportunityId", opportunityId)
                .put("keyPersonId", keyPersonId.toString()), at);
    }

    public UUID addChainRelation(String opportunityId, RelationType type, UUID from, UUID to, Integer strength, Instant at) {
        UUID relationId = UUID.randomUUID();
        chain(opportunityId, "ChainRelationAdded", new JsonObject().put("opportunityId", opportunityId)
                .put("relationId", relationId.toString()).put("type", type.name()).put("fromKeyPersonId", from.toString())
                .put("toKeyPersonId", to.toString()).put("strength", strength), at);
        return relationId;
    }

    public void removeChainRelation(String opportunityId, UUID relationId, Instant at) {
        chain(opportunityId, "ChainRelationRemoved", new JsonObject().put("opportunityId", opportunityId)
                .put("relationId", relationId.toString()), at);
    }

    /** An interaction with the given persons that occurred at {@code occurredAt} and was recorded at {@code recordedAt}. */
    public UUID recordInteraction(List<UUID> keyPersonIds, InteractionType type, Outcome outcome, Instant occurredAt,
                                  Instant recordedAt) {
        UUID id = UUID.randomUUID();
        JsonArray persons = new JsonArray();
        keyPersonIds.forEach(person -> persons.add(person.toString()));
        append("Interaction", "interaction:" + id, "InteractionRecorded", new JsonObject().put("interactionId", id.toString())
                .put("keyPersonIds", persons).put("seller", "seller-1").put("type", type.name())
                .put("occurredAt", occurredAt.toString()).put("outcome", outcome.name())
                .put("source", type == InteractionType.BID_WON || type == InteractionType.BID_LOST ? "BID" : "SELLER")
                .put("externalId", null).put("opportunityId", null).put("notes", "met at " + occurredAt), recordedAt);
        return id;
    }

    /** Waits until the projection has applied every event in the store. */
    public void awaitProjected() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> projections.status(NetworkReadModel.NAME).await().indefinitely().lag() == 0);
    }

    private void keyPerson(UUID id, String type, JsonObject data, Instant at) {
        append("KeyPerson", "key-person:" + id, type, data, at);
    }

    private void accountNetwork(String accountId, String type, JsonObject data, Instant at) {
        append("AccountNetwork", "account-network:" + accountId, type, data, at);
    }

    private void chain(String opportunityId, String type, JsonObject data, Instant at) {
        append("DecisionChain", "decision-chain:" + opportunityId, type, data, at);
    }

    /** Any event, as a stream of this service would hold it. */
    public void append(String streamType, String streamId, String type, JsonObject data, Instant at) {
        store.append(streamType, streamId, EventStore.ANY, List.of(NewEvent.of(type, 1, data)), EventMetadata.command("test", at))
                .await().indefinitely();
    }
}
