package com.fivearrows.bench.plain;

import com.fivearrows.platform.domain.FieldChecks;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.Forbidden;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /interactions} as a user would build it without event sourcing, for the benchmark to measure
 * network-service's against: the same body, the same token check and the same field rules (1..100 key persons, type,
 * outcome, occurred at most 5 minutes ahead, notes up to 4,000 characters), then one {@code INSERT} and a 201.
 */
@Path("/interactions")
@Produces(MediaType.APPLICATION_JSON)
public class PlainInteractionResource {
    private static final int MAX_KEY_PERSONS = 100;
    private static final int MAX_NOTES = 4000;
    private static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    private static final String INSERT = """
            INSERT INTO plain_interaction (interaction_id, key_person_ids, seller, type, outcome, occurred_at,
                                           opportunity_id, notes)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";

    /** The body network-service's {@code POST /interactions} takes. */
    public record Body(List<@NotNull UUID> keyPersonIds, String type, Instant occurredAt, String outcome, String notes,
                       String opportunityId) {
    }

    /** What the 201 answers. */
    public record Recorded(UUID interactionId, List<UUID> keyPersonIds, String seller, String type, Instant occurredAt,
                           String outcome) {
    }

    private final Pool pool;
    private final Actor actor;
    private final Clock clock;

    public PlainInteractionResource(Pool pool, Actor actor, Clock clock) {
        this.pool = pool;
        this.actor = actor;
        this.clock = clock;
    }

    @POST
    public Uni<Response> record(@Valid @NotNull Body body) {
        if (!actor.hasRole(Roles.SELLER) && !actor.isManagerOrSalesOps()) {
            throw new Forbidden("Interactions are recorded by sellers, managers and sales-ops");
        }
        check(body);
        UUID id = UUID.randomUUID();
        Tuple row = Tuple.tuple(List.of(id, body.keyPersonIds().toArray(UUID[]::new), actor.name(), body.type(), body.outcome(),
                OffsetDateTime.ofInstant(body.occurredAt(), ZoneOffset.UTC)));
        row.addString(body.opportunityId()).addString(body.notes());
        return pool.preparedQuery(INSERT).execute(row).map(inserted -> Response.created(URI.create("/interactions/" + id))
                .entity(new Recorded(id, body.keyPersonIds(), actor.name(), body.type(), body.occurredAt(), body.outcome()))
                .build());
    }

    private void check(Body body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.keyPersonIds() == null || body.keyPersonIds().isEmpty() || body.keyPersonIds().size() > MAX_KEY_PERSONS) {
            errors.add(new FieldError("keyPersonIds", "must name 1.." + MAX_KEY_PERSONS + " key persons"));
        }
        FieldChecks.checkText(errors, "type", body.type(), true, 40);
        FieldChecks.checkText(errors, "outcome", body.outcome(), true, 40);
        FieldChecks.requirePresent(errors, "occurredAt", body.occurredAt());
        if (body.occurredAt() != null && body.occurredAt().isAfter(clock.instant().plus(MAX_AHEAD))) {
            errors.add(new FieldError("occurredAt", "must not be more than 5 minutes in the future"));
        }
        FieldChecks.checkText(errors, "notes", body.notes(), false, MAX_NOTES);
        FieldChecks.failOn(errors);
    }
}
