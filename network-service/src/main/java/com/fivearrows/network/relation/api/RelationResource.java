package com.fivearrows.network.relation.api;

import com.fivearrows.network.relation.OrgChart;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.service.concurrency.IfMatch;
import com.fivearrows.platform.service.query.Page;
import com.fivearrows.platform.service.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * An account's enterprise relations and org chart over HTTP. Writes and the single relation work on the account's
 * stream, whose version is the {@code ETag}; the list and the org chart come from the read model, a moment behind.
 */
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationResource {
    private final RelationService service;
    private final RelationQueries queries;

    public RelationResource(RelationService service, RelationQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    /** Adds a relation: 201 with {@code Location}, the account stream's {@code ETag} and the relation with its id. */
    @POST
    @Path("relations")
    public Uni<Response> add(@PathParam("accountId") String accountId, @HeaderParam(IfMatch.HEADER) String ifMatch,
                             RelationBody body) {
        return service.add(accountId, expected(ifMatch), body == null ? RelationBody.EMPTY : body)
                .map(added -> Response.created(URI.create("/accounts/" + accountId + "/relations/"
                                + added.relation().relationId()))
                        .entity(added.relation())
                        .header(HttpHeaders.ETAG, IfMatch.etag(added.version()))
                        .build());
    }

    /** The account's current relations from the read model, optionally of one {@code type}. */
    @GET
    @Path("relations")
    public Uni<Page<RelationView>> list(@PathParam("accountId") String accountId, @QueryParam("type") String type,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        RelationType onlyType = params.enumValue("type", type, RelationType.class);
        Page.Request request = params.page(page, size);
        params.check();
        return queries.current(accountId, onlyType, request);
    }

    /** One current relation from the account's stream, with its {@code ETag}. */
    @GET
    @Path("relations/{relationId}")
    public Uni<Response> get(@PathParam("accountId") String accountId, @PathParam("relationId") UUID relationId) {
        return service.network(accountId).map(network -> Response.ok(RelationService.relation(network, accountId, relationId))
                .header(HttpHeaders.ETAG, IfMatch.etag(network.version()))
                .build());
    }

    /** Changes an {@code INFLUENCES} relation's strength: 200 with the relation and the new {@code ETag}. */
    @PUT
    @Path("relations/{relationId}")
    public Uni<Response> changeStrength(@PathParam("accountId") String accountId,
                                        @PathParam("relationId") UUID relationId,
                                        @HeaderParam(IfMatch.HEADER) String ifMatch, StrengthBody body) {
        return service.changeStrength(accountId, relationId, expected(ifMatch), body == null ? null : body.strength())
                .map(network -> Response.ok(RelationService.relation(network, accountId, relationId))
                        .header(HttpHeaders.ETAG, IfMatch.etag(network.version()))
                        .build());
    }

    /** Removes a relation: 204 with the new {@code ETag}. */
    @DELETE
    @Path("relations/{relationId}")
    public Uni<Response> remove(@PathParam("accountId") String accountId, @PathParam("relationId") UUID relationId,
                                @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return service.remove(accountId, relationId, expected(ifMatch))
                .map(network -> Response.noContent().header(HttpHeaders.ETAG, IfMatch.etag(network.version())).build());
    }

    /** The account's org chart from the read model: the reporting tree, and the influence edges beside it. */
    @GET
    @Path("org-chart")
    public Uni<OrgChart> orgChart(@PathParam("accountId") String accountId) {
        return queries.orgChart(accountId);
    }

    private static long expected(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch).orElse(EventStore.ANY);
    }
}
