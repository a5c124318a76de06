package com.fivearrows.network.closeness;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The four closeness scores of the three relation types (SPEC §3.3), as of now or of any past instant
 * ({@code ?asOf=}), each with its explanation. Read from the read model, so a change made a moment ago shows once
 * the {@code network} projection has applied it (normally within milliseconds).
 */
@Path("/closeness")
@Produces(MediaType.APPLICATION_JSON)
public class ClosenessResource {
    private final ClosenessReader reader;
    private final ClosenessSettings settings;
    private final Clock clock;

    public ClosenessResource(ClosenessReader reader, ClosenessSettings settings, Clock clock) {
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    @Path("/key-persons/{keyPersonId}")
    @Operation(summary = "A key person's R, S, P, C with band, trend and explanation")
    public Uni<PersonClosenessView> person(@PathParam("keyPersonId") UUID keyPersonId, @QueryParam(AsOf.PARAMETER) String asOf) {
        return reader.person(keyPersonId, AsOf.parse(asOf, clock.instant())).map(PersonClosenessView::of);
    }

    @GET
    @Path("/decision-chains/{opportunityId}")
    @Operation(summary = "A decision chain's R, S, P, C, coverage, key roles, gaps and blockers, member by member")
    public Uni<GroupClosenessView> chain(@PathParam("opportunityId") String opportunityId, @QueryParam(AsOf.PARAMETER) String asOf) {
        Subject subject = new Subject(Subject.Kind.DECISION_CHAIN, opportunityId);
        return reader.chain(opportunityId, AsOf.parse(asOf, clock.instant())).map(reading -> GroupClosenessView.of(subject, reading, settings));
    }

    @GET
    @Path("/accounts/{accountId}")
    @Operation(summary = "The enterprise relationship with an account: its company key persons scored as one group")
    public Uni<GroupClosenessView> account(@PathParam("accountId") String accountId, @QueryParam(AsOf.PARAMETER) String asOf) {
        Subject subject = new Subject(Subject.Kind.ACCOUNT, accountId);
        return reader.account(accountId, AsOf.parse(asOf, clock.instant())).map(reading -> GroupClosenessView.of(subject, reading, settings));
    }
}
