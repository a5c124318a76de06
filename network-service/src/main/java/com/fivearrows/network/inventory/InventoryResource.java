package com.fivearrows.network.inventory;

import com.fivearrows.network.closeness.AsOf;
import com.fivearrows.platform.service.request.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A seller's network inventory (SPEC §3.6). The seller who logs the interactions owns the relationship, so a seller's
 * inventory holds every key person they logged an interaction with up to the instant read; each person counts with
 * their own scores. {@code me} stands for the caller.
 */
@Path("/sellers/{seller}/network-inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {
    private final InventoryQueries queries;
    private final RequestContext request;
    private final Clock clock;

    public InventoryResource(InventoryQueries queries, RequestContext request, Clock clock) {
        this.queries = queries;
        this.request = request;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "A seller's key persons by seniority and band, influence-weighted R and C, and seller type")
    public Uni<NetworkInventory> inventory(@PathParam("seller") String seller, @QueryParam(AsOf.PARAMETER) String asOf) {
        String owner = "me".equals(seller) ? request.actor() : seller;
        return queries.inventory(owner, AsOf.parse(asOf, clock.instant()));
    }
}
