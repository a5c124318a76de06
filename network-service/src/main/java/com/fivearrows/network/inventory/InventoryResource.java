package com.fivearrows.network.inventory;

import com.fivearrows.network.closeness.AsOf;
import com.fivearrows.network.closeness.Band;
import com.fivearrows.network.closeness.ClosenessReader;
import com.fivearrows.network.closeness.ClosenessSettings;
import com.fivearrows.network.closeness.PersonScores;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.platform.service.request.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A seller's network inventory (SPEC §3.6). The seller who logs the interactions owns the relationship, so a seller's
 * inventory holds every key person they logged an interaction with up to the instant read; each person counts with
 * their own scores. {@code me} stands for the caller.
 */
@Path("/sellers/{seller}/network-inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {
    private static final String PERSONS = """
            SELECT DISTINCT p.key_person_id, p.seniority, p.influence
              FROM person_interaction i JOIN key_person p USING (key_person_id)
             WHERE i.seller = $1 AND i.occurred_at <= $2""";

    private final Pool pool;
    private final ClosenessReader reader;
    private final ClosenessSettings settings;
    private final RequestContext request;
    private final Clock clock;

    public InventoryResource(Pool pool, ClosenessReader reader, ClosenessSettings settings, RequestContext request, Clock clock) {
        this.pool = pool;
        this.reader = reader;
        this.settings = settings;
        this.request = request;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "A seller's key persons by seniority and band, influence-weighted R and C, and seller type")
    public Uni<NetworkInventory> inventory(@PathParam("seller") String seller, @QueryParam(AsOf.PARAMETER) String asOf) {
        String owner = "me".equals(seller) ? request.actor() : seller;
        Instant at = AsOf.parse(asOf, clock.instant());
        return pool.preparedQuery(PERSONS).execute(Tuple.of(owner, at.atOffset(ZoneOffset.UTC))).flatMap(rows -> {
            List<Row> persons = new ArrayList<>();
            rows.forEach(persons::add);
            List<UUID> ids = persons.stream().map(row -> row.getUUID("key_person_id")).toList();
            return reader.personScores(pool, ids, at).map(scores -> NetworkInventory.of(owner, entries(persons, scores)));
        });
    }

    private List<InventoryEntry> entries(List<Row> persons, Map<UUID, PersonScores> scores) {
        return persons.stream().map(row -> {
            PersonScores score = scores.get(row.getUUID("key_person_id"));
            String seniority = row.getString("seniority");
            return new InventoryEntry(score.keyPersonId(), seniority == null ? null : Seniority.valueOf(seniority),
                    row.getInteger("influence"), score.r(), score.c(), Band.of(score.c(), settings));
        }).toList();
    }
}
