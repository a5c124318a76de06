package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
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
 * Key persons over HTTP. Writes and {@code GET /key-persons/{id}} work on the person's stream (fresh, with its
 * version as {@code ETag}); the lists come from the read model, a moment behind.
 */
@Path("/key-persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyPersonResource {
    private final KeyPersonService service;
    private final KeyPersonQueries queries;

    public KeyPersonResource(KeyPersonService service, KeyPersonQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    /** Registers a key person: 201, {@code Location} and {@code ETag}, the person as {@link #get} shows it. */
    @POST
    public Uni<Response> register(KeyPersonBody body) {
        KeyPersonBody given = required(body);
        return service.register(given.accountId(), given.profile())
                .map(person -> withEtag(Response.created(location(person)), person).build());
    }

    @GET
    @Path("{keyPersonId}")
    public Uni<Response> get(@PathParam("keyPersonId") UUID keyPersonId) {
        return service.get(keyPersonId).map(person -> withEtag(Response.ok(), person).build());
    }

    /** Key persons by name from the read model, filtered by any of account, scope, kind and active. */
    @GET
    public Uni<Page<KeyPersonSummary>> list(@QueryParam("accountId") String accountId, @QueryParam("scope") String scope,
                                            @QueryParam("kind") String kind, @QueryParam("active") String active,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Scope onlyScope = params.enumValue("scope", scope, Scope.class);
        Kind onlyKind = params.enumValue("kind", kind, Kind.class);
        Boolean onlyActive = params.booleanValue("active", active);
        Page.Request request = params.page(page, size);
        params.check();
        return queries.list(accountId, onlyScope, onlyKind, onlyActive, request);
    }

    /** Replaces the whole profile, at the {@code If-Match} version when one is sent. */
    @PUT
    @Path("{keyPersonId}")
    public Uni<Response> update(@PathParam("keyPersonId") UUID keyPersonId, @HeaderParam(IfMatch.HEADER) String ifMatch,
                                KeyPersonBody body) {
        KeyPersonBody given = required(body);
        return service.update(keyPersonId, expected(ifMatch), given.accountId(), given.profile())
                .map(person -> withEtag(Response.ok(), person).build());
    }

    /**
     * Deactivates the person (204 with the new {@code ETag}); it stays readable with {@code active: false}. The
     * reason comes from the body {@code {"reason": ...}} or else from {@code ?reason=}; both are optional.
     */
    @DELETE
    @Path("{keyPersonId}")
    public Uni<Response> deactivate(@PathParam("keyPersonId") UUID keyPersonId,
                                    @HeaderParam(IfMatch.HEADER) String ifMatch, @QueryParam("reason") String reason,
                                    DeactivationBody body) {
        String given = body != null && body.reason() != null ? body.reason() : reason;
        return service.deactivate(keyPersonId, expected(ifMatch), given)
                .map(person -> Response.noContent().header(HttpHeaders.ETAG, IfMatch.etag(person.version())).build());
    }

    /** Records one assessment per dimension given: 201 listing what was recorded, with the person's new {@code ETag}. */
    @POST
    @Path("{keyPersonId}/assessments")
    public Uni<Response> assess(@PathParam("keyPersonId") UUID keyPersonId, @HeaderParam(IfMatch.HEADER) String ifMatch,
                                AssessmentBody body) {
        AssessmentBody given = body == null ? new AssessmentBody(null, null, null, null, null) : body;
        return service.assess(keyPersonId, expected(ifMatch), given)
                .map(recorded -> Response.created(URI.create("/key-persons/" + keyPersonId + "/assessments"))
                        .entity(recorded)
                        .header(HttpHeaders.ETAG, IfMatch.etag(recorded.version()))
                        .build());
    }

    /** The person's assessment history from the read model, newest first; 404 for a person never registered. */
    @GET
    @Path("{keyPersonId}/assessments")
    public Uni<Page<AssessmentRecord>> assessments(@PathParam("keyPersonId") UUID keyPersonId,
                                                   @QueryParam("dimension") String dimension,
                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Dimension only = params.enumValue("dimension", dimension, Dimension.class);
        Page.Request request = params.page(page, size);
        params.check();
        return service.get(keyPersonId).flatMap(person -> queries.assessments(keyPersonId, only, request));
    }

    /** The body, or an empty one when none was sent, so the decider names every missing field. */
    private static KeyPersonBody required(KeyPersonBody body) {
        return body == null ? new KeyPersonBody(null, null, null, null, null, null, null, null, null, null, null, null)
                : body;
    }

    private static long expected(String ifMatch) {
        return IfMatch.expectedVersion(ifMatch).orElse(EventStore.ANY);
    }

    private static URI location(Aggregate<KeyPersonState> person) {
        return URI.create("/key-persons/" + person.state().keyPersonId());
    }

    private static Response.ResponseBuilder withEtag(Response.ResponseBuilder response, Aggregate<KeyPersonState> person) {
        return response.entity(KeyPersonView.of(person)).header(HttpHeaders.ETAG, IfMatch.etag(person.version()));
    }
}
