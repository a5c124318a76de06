package com.fivearrows.opportunity.tactic.api;

import com.fivearrows.opportunity.tactic.TacticState;
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

/**
 * A seller's personal tactics (独门秘笈) over HTTP. Every write answers the tactic as {@code GET} shows it, with its
 * new version as {@code ETag}, and takes an {@code If-Match} version (409 when stale). Bad input is a 400 naming each
 * field; changing a retired tactic a 422; another seller's tactic a 403.
 */
@Path("/tactics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TacticResource {
    private final TacticService service;

    public TacticResource(TacticService service) {
        this.service = service;
    }

    /** {@code {"name": ..., "description": ...}}: a new tactic of the caller's, 201 with {@code Location}. */
    @POST
    public Uni<Response> create(TacticBody body) {
        TacticBody given = body == null ? new TacticBody(null, null) : body;
        return service.create(given.name(), given.description()).map(tactic -> answer(Response.created(
                URI.create("/tactics/" + tactic.state().tacticId())), tactic));
    }

    @GET
    @Path("{tacticId}")
    public Uni<Response> get(@PathParam("tacticId") String tacticId) {
        return service.get(tacticId).map(tactic -> answer(Response.ok(), tactic));
    }

    /**
     * A seller's tactics from the read model, by name: {@code seller} (default the caller), {@code status} ACTIVE or
     * RETIRED (default both).
     */
    @GET
    public Uni<Page<TacticQueries.Summary>> list(@QueryParam("seller") String seller,
                                                 @QueryParam("status") String status,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Status onlyStatus = params.enumValue("status", status, Status.class);
        Page.Request request = params.page(page, size);
        params.check();
        return service.list(seller, onlyStatus == null ? null : onlyStatus.name(), request);
    }

    /**
     * {@code {tacticId, with: {won, lost, closed, rate}, without: {...}}} over the tactic's seller's won and lost
     * opportunities; abandoned ones are not counted (the customer did not decide them).
     */
    @GET
    @Path("{tacticId}/win-rate")
    public Uni<TacticQueries.WinRate> winRate(@PathParam("tacticId") String tacticId) {
        return service.winRate(tacticId);
    }

    /** Name and description as they should be (a missing description: none). */
    @PUT
    @Path("{tacticId}")
    public Uni<Response> revise(@PathParam("tacticId") String tacticId, @HeaderParam(IfMatch.HEADER) String ifMatch,
                                TacticBody body) {
        TacticBody given = body == null ? new TacticBody(null, null) : body;
        return ok(service.revise(tacticId, expected(ifMatch), given.name(), given.description()));
    }

    /** Retires the tactic, with an optional {@code {"reason": ...}}; it stays readable with its win rate. */
    @DELETE
    @Path("{tacticId}")
    public Uni<Response> retire(@PathParam("tacticId") String tacticId, @HeaderParam(IfMatch.HEADER) String ifMatch,
                                RetireBody body) {
        return ok(service.retire(tacticId, expected(ifMatch), body == null ? null : body.reason()));
    }

    private Uni<Response> ok(Uni<Aggregate<TacticState>> changed) {
        return changed.map(tactic -> answer(Response.ok(), tactic));
    }

    private static Response answer(Response.ResponseBuilder response, Aggregate<TacticState> tactic) {
        return response.entity(TacticView.of(tactic)).header(HttpHeaders.ETAG, IfMatch.etag(tactic.version())).build();
    }

    private static long expected(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch).orElse(EventStore.ANY);
    }

    /** The status filter's values. */
    enum Status { ACTIVE, RETIRED }

    record TacticBody(String name, String description) {
    }

    record RetireBody(String reason) {
    }
}
