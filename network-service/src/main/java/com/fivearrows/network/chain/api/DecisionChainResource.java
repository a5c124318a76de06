package com.fivearrows.network.chain.api;

import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.relation.api.RelationBody;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
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
 * Decision chains over HTTP, keyed by opportunity id. Writes and the reads of one chain work on the chain's stream,
 * whose version is the {@code ETag}; the list comes from the read model, a moment behind.
 */
@Path("/decision-chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionChainResource {
    private final DecisionChainService service;
    private final DecisionChainQueries queries;

    public DecisionChainResource(DecisionChainService service, DecisionChainQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    /** Chains from the read model, the latest started first, optionally of one account. */
    @GET
    public Uni<Page<DecisionChainSummary>> list(@QueryParam("accountId") String accountId,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Page.Request request = params.page(page, size);
        params.check();
        return queries.list(accountId, request);
    }

    @GET
    @Path("{opportunityId}")
    public Uni<Response> get(@PathParam("opportunityId") String opportunityId) {
        return service.get(opportunityId)
                .map(chain -> Response.ok(DecisionChainView.of(chain)).header(HttpHeaders.ETAG, etag(chain)).build());
    }

    /** Adds a member, starting the chain if need be: 201 with {@code Location}, {@code ETag} and the member. */
    @POST
    @Path("{opportunityId}/members")
    public Uni<Response> addMember(@PathParam("opportunityId") String opportunityId,
                                   @HeaderParam(IfMatch.HEADER) String ifMatch, MemberBody body) {
        MemberBody given = body == null ? MemberBody.EMPTY : body;
        return service.addMember(opportunityId, expected(ifMatch), given)
                .map(chain -> Response.created(URI.create("/decision-chains/" + opportunityId + "/members/"
                                + given.keyPersonId()))
                        .entity(DecisionChainService.member(chain, given.keyPersonId()))
                        .header(HttpHeaders.ETAG, etag(chain))
                        .build());
    }

    @GET
    @Path("{opportunityId}/members/{keyPersonId}")
    public Uni<Response> member(@PathParam("opportunityId") String opportunityId,
                                @PathParam("keyPersonId") UUID keyPersonId) {
        return service.get(opportunityId).map(chain -> Response.ok(DecisionChainService.member(chain, keyPersonId))
                .header(HttpHeaders.ETAG, etag(chain)).build());
    }

    /** Changes a member's role or influence: 200 with the member and the new {@code ETag}. */
    @PUT
    @Path("{opportunityId}/members/{keyPersonId}")
    public Uni<Response> changeMember(@PathParam("opportunityId") String opportunityId,
                                      @PathParam("keyPersonId") UUID keyPersonId,
                                      @HeaderParam(IfMatch.HEADER) String ifMatch, MemberBody body) {
        return service.changeMember(opportunityId, keyPersonId, expected(ifMatch), body == null ? MemberBody.EMPTY : body)
                .map(chain -> Response.ok(DecisionChainService.member(chain, keyPersonId))
                        .header(HttpHeaders.ETAG, etag(chain)).build());
    }

    /** Removes a member and its chain relations: 204 with the new {@code ETag}. */
    @DELETE
    @Path("{opportunityId}/members/{keyPersonId}")
    public Uni<Response> removeMember(@PathParam("opportunityId") String opportunityId,
                                      @PathParam("keyPersonId") UUID keyPersonId,
                                      @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return service.removeMember(opportunityId, keyPersonId, expected(ifMatch))
                .map(chain -> Response.noContent().header(HttpHeaders.ETAG, etag(chain)).build());
    }

    /** Adds a relation between two members: 201 with {@code Location}, {@code ETag} and the relation with its id. */
    @POST
    @Path("{opportunityId}/relations")
    public Uni<Response> addRelation(@PathParam("opportunityId") String opportunityId,
                                     @HeaderParam(IfMatch.HEADER) String ifMatch, RelationBody body) {
        UUID relationId = UUID.randomUUID();
        return service.addRelation(opportunityId, relationId, expected(ifMatch), body == null ? RelationBody.EMPTY : body)
                .map(chain -> Response.created(URI.create("/decision-chains/" + opportunityId + "/relations/" + relationId))
                        .entity(DecisionChainService.relation(chain, relationId))
                        .header(HttpHeaders.ETAG, etag(chain))
                        .build());
    }

    @GET
    @Path("{opportunityId}/relations/{relationId}")
    public Uni<Response> relation(@PathParam("opportunityId") String opportunityId,
                                  @PathParam("relationId") UUID relationId) {
        return service.get(opportunityId).map(chain -> Response.ok(DecisionChainService.relation(chain, relationId))
                .header(HttpHeaders.ETAG, etag(chain)).build());
    }

    /** Removes a chain relation: 204 with the new {@code ETag}. */
    @DELETE
    @Path("{opportunityId}/relations/{relationId}")
    public Uni<Response> removeRelation(@PathParam("opportunityId") String opportunityId,
                                        @PathParam("relationId") UUID relationId,
                                        @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return service.removeRelation(opportunityId, relationId, expected(ifMatch))
                .map(chain -> Response.noContent().header(HttpHeaders.ETAG, etag(chain)).build());
    }

    private static long expected(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch).orElse(EventStore.ANY);
    }

    private static String etag(Aggregate<DecisionChainState> chain) {
        return IfMatch.etag(chain.version());
    }
}
