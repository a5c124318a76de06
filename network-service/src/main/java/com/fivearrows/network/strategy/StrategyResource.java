package com.fivearrows.network.strategy;

import com.fivearrows.network.closeness.AsOf;
import com.fivearrows.network.closeness.ClosenessReader;
import com.fivearrows.network.closeness.ClosenessSettings;
import com.fivearrows.network.closeness.GroupReading;
import com.fivearrows.network.closeness.GroupScores;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Strategies for the five kinds of key persons (SPEC §3.5): the configured rule table, and per decision chain the
 * recommended next actions, most valuable first (influence × (100 − C)).
 */
@Path("/strategies")
@Produces(MediaType.APPLICATION_JSON)
public class StrategyResource {
    private final ClosenessReader reader;
    private final StrategyTable table;
    private final ClosenessSettings settings;
    private final Clock clock;

    public StrategyResource(ClosenessReader reader, StrategyTable table, ClosenessSettings settings, Clock clock) {
        this.reader = reader;
        this.table = table;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The rule table: a recommended action for each kind of key person and band of C")
    public List<StrategyRule> rules() {
        return table.rules();
    }

    @GET
    @Path("/decision-chains/{opportunityId}/next-actions")
    @Operation(summary = "The next actions for a decision chain's members, ordered by influence × (100 − C)")
    public Uni<NextActionsView> nextActions(@PathParam("opportunityId") String opportunityId, @QueryParam(AsOf.PARAMETER) String asOf) {
        Instant at = AsOf.parse(asOf, clock.instant());
        return reader.chain(opportunityId, at).map(reading -> new NextActionsView(opportunityId, at,
                NextActions.rank(candidates(reading), table, settings)));
    }

    private static List<ActionCandidate> candidates(GroupReading reading) {
        return reading.scores().breakdown().stream()
                .map((GroupScores.MemberBreakdown member) -> new ActionCandidate(member.keyPersonId(), member.role(), member.influence(), member.c()))
                .toList();
    }

    /** A chain's next actions as of an instant. */
    public record NextActionsView(String opportunityId, Instant asOf, List<NextAction> actions) {
    }
}
