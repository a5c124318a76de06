package com.fivearrows.network.interaction;

import com.fivearrows.network.app.RequestMetadata;
import com.fivearrows.network.interaction.InteractionEvent.InteractionRecorded;
import com.fivearrows.platform.domain.Forbidden;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.service.concurrency.IfMatch;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.QueryParams;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Interactions: a seller records a contact with key persons; everyone may read them. Platforms push theirs to
 * {@code POST /integrations/interactions} or the integration topic instead.
 *
 * <p>Reads come from the read model (eventually consistent): an interaction just recorded is listed, and found by
 * its id, once the {@code network} projection has applied it. An interaction never changes, so its {@code ETag} is
 * always {@code "1"}, the version of its one-event stream.
 */
@Path("/interactions")
@Produces(MediaType.APPLICATION_JSON)
public class InteractionResource {
    private final InteractionService interactions;
    private final InteractionQueries queries;
    private final RequestMetadata request;
    private final Actor actor;

    public InteractionResource(InteractionService interactions, InteractionQueries queries, RequestMetadata request,
                               Actor actor) {
        this.interactions = interactions;
        this.queries = queries;
        this.request = request;
        this.actor = actor;
    }

    /**
     * Records the caller's interaction (seller = the caller, source {@code SELLER}): 201 with its {@code Location}
     * and {@code ETag}. An unknown key person is a 404, a deactivated one a 422, an invalid field a 400.
     */
    @POST
    public Uni<Response> record(NewInteraction body) {
        if (!actor.hasRole(Roles.SELLER) && !actor.isManagerOrSalesOps()) {
            throw new Forbidden("Interactions are recorded by sellers, managers and sales-ops;"
                    + " integrations push theirs to POST /integrations/interactions");
        }
        EventMetadata metadata = request.metadata();
        NewInteraction given = body == null ? NewInteraction.EMPTY : body;
        return interactions.record(given.bySeller(request.actor()), metadata).map(decision -> {
            InteractionRecorded recorded = (InteractionRecorded) decision.events().get(0);
            return Response.created(URI.create("/interactions/" + recorded.interactionId()))
                    .header(HttpHeaders.ETAG, IfMatch.etag(decision.aggregate().version()))
                    .entity(InteractionView.of(recorded, metadata.occurredAt()))
                    .build();
        });
    }

    @GET
    @Path("{interactionId}")
    public Uni<Response> get(@PathParam("interactionId") UUID interactionId) {
        return queries.byId(interactionId)
                .map(view -> Response.ok(view).header(HttpHeaders.ETAG, IfMatch.etag(1)).build());
    }

    /**
     * Interactions newest first, filtered by any of key person, seller, opportunity and occurred-at range
     * {@code [from, to)}, each bound an instant or a date (its start in UTC); {@code page} from 0, {@code size} 50 by
     * default, at most 200.
     */
    @GET
    public Uni<Page<InteractionView>> list(@QueryParam("keyPersonId") String keyPersonId,
                                           @QueryParam("seller") String seller,
                                           @QueryParam("opportunityId") String opportunityId,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID person = params.uuid("keyPersonId", keyPersonId);
        Instant since = params.instant("from", from);
        Instant until = params.instant("to", to);
        Page.Request request = params.page(page, size);
        params.check();
        return queries.list(new InteractionFilter(person, seller, opportunityId, since, until), request);
    }
}
