package com.fivearrows.opportunity.opportunity.api;

import com.fivearrows.opportunity.app.OpportunityConfig;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.opportunity.opportunity.api.Bodies.AmountBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.CategoryBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.CloseBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.DetailsBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.EvidenceBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.OpenBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.ProposalBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.ReasonBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.StageBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.TacticBody;
import com.fivearrows.opportunity.opportunity.api.Bodies.TeamBody;
import com.fivearrows.opportunity.stage.StagePlan;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Opportunities over HTTP. Every write answers the opportunity as {@code GET} shows it, with its new version as
 * {@code ETag}, and takes an {@code If-Match} version (409 when stale). Bad input is a 400 naming each field; a
 * refused rule (an unmet gate, a skipped stage) a 422 listing every unmet criterion.
 */
@Path("/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {
    private final OpportunityService service;
    private final OpportunityQueries queries;
    private final StagePlan plan;
    private final OpportunityConfig config;
    private final Clock clock;

    public OpportunityResource(OpportunityService service, OpportunityQueries queries, StagePlan plan,
                               OpportunityConfig config, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.plan = plan;
        this.config = config;
        this.clock = clock;
    }

    /** Opens an opportunity in the first stage: 201 with {@code Location}. */
    @POST
    public Uni<Response> open(OpenBody body) {
        OpenBody given = body == null ? new OpenBody(null, null, null, null, null, null, null) : body;
        return service.open(given).map(opportunity -> answer(Response.created(
                URI.create("/opportunities/" + opportunity.state().opportunityId())), opportunity));
    }

    @GET
    @Path("{opportunityId}")
    public Uni<Response> get(@PathParam("opportunityId") String opportunityId) {
        return service.get(opportunityId).map(opportunity -> answer(Response.ok(), opportunity));
    }

    /**
     * The opportunities from the read model, by expected close date: {@code seller} owner or on the team,
     * {@code accountId}, {@code status} (OPEN, WON, LOST, ABANDONED), {@code stalled} (open and no event for the
     * configured time).
     */
    @GET
    public Uni<Page<OpportunityQueries.Summary>> list(@QueryParam("seller") String seller,
                                                      @QueryParam("accountId") String accountId,
                                                      @QueryParam("status") String status,
                                                      @QueryParam("stalled") String stalled,
                                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Status onlyStatus = params.enumValue("status", status, Status.class);
        Boolean onlyStalled = params.booleanValue("stalled", stalled);
        Page.Request request = params.page(page, size);
        params.check();
        Instant now = clock.instant();
        return queries.list(seller, accountId, onlyStatus == null ? null : onlyStatus.name(), onlyStalled,
                now.minus(config.stalledAfter()), request);
    }

    /** Every stage the opportunity was in, how it got there and how long it stayed; 404 for an unknown one. */
    @GET
    @Path("{opportunityId}/stage-history")
    public Uni<List<OpportunityQueries.StageStay>> stageHistory(@PathParam("opportunityId") String opportunityId) {
        return service.get(opportunityId).flatMap(opportunity -> queries.stageHistory(opportunityId, clock.instant()));
    }

    /** Name and expected close date, both as they should be (a missing date: not known). */
    @PUT
    @Path("{opportunityId}")
    public Uni<Response> changeDetails(@PathParam("opportunityId") String opportunityId,
                                       @HeaderParam(IfMatch.HEADER) String ifMatch, DetailsBody body) {
        DetailsBody given = body == null ? new DetailsBody(null, null) : body;
        return ok(service.changeDetails(opportunityId, expected(ifMatch), given.name(), given.expectedCloseDate()));
    }

    @PUT
    @Path("{opportunityId}/amount")
    public Uni<Response> changeAmount(@PathParam("opportunityId") String opportunityId,
                                      @HeaderParam(IfMatch.HEADER) String ifMatch, AmountBody body) {
        return ok(service.changeAmount(opportunityId, expected(ifMatch), body));
    }

    @PUT
    @Path("{opportunityId}/team")
    public Uni<Response> changeTeam(@PathParam("opportunityId") String opportunityId,
                                    @HeaderParam(IfMatch.HEADER) String ifMatch, TeamBody body) {
        TeamBody given = body == null ? new TeamBody(null, null) : body;
        return ok(service.changeTeam(opportunityId, expected(ifMatch), given.owner(), given.team()));
    }

    /** {@code {"toStage": "QUALIFY"}}: one stage on, through its gate. */
    @POST
    @Path("{opportunityId}/advance")
    public Uni<Response> advance(@PathParam("opportunityId") String opportunityId,
                                 @HeaderParam(IfMatch.HEADER) String ifMatch, StageBody body) {
        return ok(service.advance(opportunityId, expected(ifMatch), stage(body).toStage()));
    }

    /** {@code {"toStage": "BID", "reason": "..."}}: a manager lets it pass an unmet gate. */
    @POST
    @Path("{opportunityId}/gate-overrides")
    public Uni<Response> overrideGate(@PathParam("opportunityId") String opportunityId,
                                      @HeaderParam(IfMatch.HEADER) String ifMatch, StageBody body) {
        StageBody given = stage(body);
        return ok(service.overrideGate(opportunityId, expected(ifMatch), given.toStage(), given.reason()));
    }

    /** {@code {"toStage": "QUALIFY", "reason": "..."}}: back to an earlier stage. */
    @POST
    @Path("{opportunityId}/regress")
    public Uni<Response> regress(@PathParam("opportunityId") String opportunityId,
                                 @HeaderParam(IfMatch.HEADER) String ifMatch, StageBody body) {
        StageBody given = stage(body);
        return ok(service.regress(opportunityId, expected(ifMatch), given.toStage(), given.reason()));
    }

    /** {@code {"outcome": "WON" | "LOST" | "ABANDONED", "reason": ..., "competitor": ...}}. */
    @POST
    @Path("{opportunityId}/close")
    public Uni<Response> close(@PathParam("opportunityId") String opportunityId,
                               @HeaderParam(IfMatch.HEADER) String ifMatch, CloseBody body) {
        return ok(service.close(opportunityId, expected(ifMatch), body == null ? new CloseBody(null, null, null) : body));
    }

    /** {@code {"kind": "BID" | "PROPOSAL", "reference": "..."}}: what the gate to NEGOTIATE asks for. */
    @POST
    @Path("{opportunityId}/proposals")
    public Uni<Response> registerProposal(@PathParam("opportunityId") String opportunityId,
                                          @HeaderParam(IfMatch.HEADER) String ifMatch, ProposalBody body) {
        ProposalBody given = body == null ? new ProposalBody(null, null) : body;
        return ok(service.registerProposal(opportunityId, expected(ifMatch), given.kind(), given.reference()));
    }

    /** Completes win step 1..6 with {@code {"evidence": "..."}}. */
    @PUT
    @Path("{opportunityId}/win-steps/{step}")
    public Uni<Response> completeWinStep(@PathParam("opportunityId") String opportunityId, @PathParam("step") int step,
                                         @HeaderParam(IfMatch.HEADER) String ifMatch, EvidenceBody body) {
        return ok(service.completeWinStep(opportunityId, expected(ifMatch), step, body == null ? null : body.evidence()));
    }

    /** Re-opens win step 1..6 with {@code {"reason": "..."}}. */
    @DELETE
    @Path("{opportunityId}/win-steps/{step}")
    public Uni<Response> reopenWinStep(@PathParam("opportunityId") String opportunityId, @PathParam("step") int step,
                                       @HeaderParam(IfMatch.HEADER) String ifMatch, ReasonBody body) {
        return ok(service.reopenWinStep(opportunityId, expected(ifMatch), step, body == null ? null : body.reason()));
    }

    /** The seller's forecast category with a reason; {@code {"category": null}} puts the derived one back. */
    @PUT
    @Path("{opportunityId}/forecast-category")
    public Uni<Response> overrideForecastCategory(@PathParam("opportunityId") String opportunityId,
                                                 @HeaderParam(IfMatch.HEADER) String ifMatch, CategoryBody body) {
        CategoryBody given = body == null ? new CategoryBody(null, null) : body;
        return ok(service.overrideForecastCategory(opportunityId, expected(ifMatch), given.category(), given.reason()));
    }

    /** Attaches one of the caller's tactics at a win step: {@code {"tacticId": "...", "step": 3}}. */
    @POST
    @Path("{opportunityId}/tactics")
    public Uni<Response> attachTactic(@PathParam("opportunityId") String opportunityId,
                                      @HeaderParam(IfMatch.HEADER) String ifMatch, TacticBody body) {
        TacticBody given = body == null ? new TacticBody(null, null) : body;
        return ok(service.attachTactic(opportunityId, expected(ifMatch), given.tacticId(), given.step()));
    }

    @DELETE
    @Path("{opportunityId}/tactics/{tacticId}")
    public Uni<Response> detachTactic(@PathParam("opportunityId") String opportunityId,
                                      @PathParam("tacticId") UUID tacticId, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return ok(service.detachTactic(opportunityId, expected(ifMatch), tacticId));
    }

    private Uni<Response> ok(Uni<Aggregate<OpportunityState>> changed) {
        return changed.map(opportunity -> answer(Response.ok(), opportunity));
    }

    private Response answer(Response.ResponseBuilder response, Aggregate<OpportunityState> opportunity) {
        return response.entity(OpportunityView.of(opportunity, plan, clock.instant(), config.stalledAfter()))
                .header(HttpHeaders.ETAG, IfMatch.etag(opportunity.version()))
                .build();
    }

    /** The status filter's values. */
    enum Status { OPEN, WON, LOST, ABANDONED }

    private static StageBody stage(StageBody body) {
        return body == null ? new StageBody(null, null) : body;
    }

    private static long expected(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch).orElse(EventStore.ANY);
    }
}
