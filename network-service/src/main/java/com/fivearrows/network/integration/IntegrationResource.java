package com.fivearrows.network.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fivearrows.network.app.RequestMetadata;
import com.fivearrows.platform.domain.Forbidden;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Interactions pushed in bulk by marketing and service platforms (role {@code integration}; managers and sales-ops
 * may push too): the REST twin of the topic {@code five-arrows.integration.interactions}, with the same rules
 * ({@link ReportedInteractions}).
 */
@Path("/integrations/interactions")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {
    static final int MAX_ITEMS = 500;

    private final ReportedInteractions reports;
    private final RequestMetadata request;
    private final Actor actor;

    public IntegrationResource(ReportedInteractions reports, RequestMetadata request, Actor actor) {
        this.reports = reports;
        this.request = request;
        this.actor = actor;
    }

    /**
     * Records up to 500 reports, one after the other in the order given, and answers 200 with what became of each
     * (RECORDED, DUPLICATE or REJECTED with the reason) and the counts. Only a body that is not
     * {@code {"items": [...]}} or holds more than 500 items fails as a whole (400); a rejected item never stops
     * the others.
     */
    @POST
    public Uni<ReportResults> report(InteractionReports body) {
        if (!actor.hasRole(Roles.INTEGRATION) && !actor.isManagerOrSalesOps()) {
            throw new Forbidden("Interactions are pushed by integrations, managers and sales-ops;"
                    + " sellers record theirs with POST /interactions");
        }
        if (body == null || body.items() == null) {
            throw ValidationFailed.of("items", "is required: a list of InteractionReported items");
        }
        List<JsonNode> items = body.items();
        if (items.size() > MAX_ITEMS) {
            throw ValidationFailed.of("items", "must hold at most " + MAX_ITEMS + " items, not " + items.size());
        }
        EventMetadata metadata = request.metadata();
        return Multi.createFrom().range(0, items.size())
                .onItem().transformToUniAndConcatenate(index -> reports.report(index, items.get(index), metadata))
                .collect().asList()
                .map(ReportResults::of);
    }
}
