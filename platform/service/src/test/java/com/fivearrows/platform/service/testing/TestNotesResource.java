package com.fivearrows.platform.service.testing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.service.concurrency.IfMatch;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** A tiny service edge, only in tests, that exercises every platform convention. */
@Path("/test-notes")
public class TestNotesResource {

    public record NewNote(@NotBlank String text, @Positive int amount) {
    }

    public record Note(long id, String text, int amount, String author, long version) {
    }

    public record Whoami(String name, List<String> roles, boolean managerOrSalesOps, boolean pushInteractionsOnly) {
    }

    @Inject
    Pool pool;

    @Inject
    Actor actor;

    @POST
    public Uni<Response> create(@Valid @NotNull NewNote note) {
        return insert(note);
    }

    @POST
    @Path("slow")
    public Uni<Response> createSlowly(@Valid @NotNull NewNote note) {
        String author = actor.name();
        return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(1500))
                .flatMap(ignored -> insert(note, author));
    }

    /** Answers 201 with the new id as text: a success whose body is not JSON. */
    @POST
    @Path("plain")
    public Uni<Response> createAnsweringText(@Valid @NotNull NewNote note) {
        return insertNote(note, actor.name()).map(created -> Response.created(location(created)).entity(created.id())
                .type(MediaType.TEXT_PLAIN).build());
    }

    /** Answers 204: a success without a body. */
    @POST
    @Path("quiet")
    public Uni<Response> createQuietly(@Valid @NotNull NewNote note) {
        return insertNote(note, actor.name()).map(created -> Response.noContent().build());
    }

    /** Replaces a note, at the version of {@code If-Match} if one is given. */
    @PUT
    @Path("{id}")
    public Uni<Response> replace(@PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull NewNote note) {
        OptionalLong expected = IfMatch.expectedVersion(ifMatch);
        Long version = expected.isPresent() ? expected.getAsLong() : null;
        return pool.preparedQuery("""
                UPDATE test_notes SET text = $2, amount = $3, version = version + 1
                 WHERE id = $1 AND ($4::bigint IS NULL OR version = $4)
                RETURNING id, text, amount, author, version""")
                .execute(Tuple.of(id, note.text(), note.amount(), version))
                .flatMap(rows -> {
                    if (rows.rowCount() > 0) {
                        Note replaced = toNote(rows.iterator().next());
                        return Uni.createFrom().item(Response.ok(replaced)
                                .header(HttpHeaders.ETAG, IfMatch.etag(replaced.version())).build());
                    }
                    return get(id).<Response>map(current -> {
                        throw new ConcurrencyConflict("note-" + id, version, current.version());
                    });
                });
    }

    @GET
    @Path("{id}")
    public Uni<Note> get(@PathParam("id") long id) {
        return pool.preparedQuery("SELECT id, text, amount, author, version FROM test_notes WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new NotFound("Note", String.valueOf(id));
                    }
                    return toNote(rows.iterator().next());
                });
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.MANAGER, Roles.SALES_OPS })
    public Uni<Response> delete(@PathParam("id") long id) {
        return pool.preparedQuery("DELETE FROM test_notes WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> Response.noContent().build());
    }

    @POST
    @Path("{id}/versions/{expected}")
    public Response update(@PathParam("id") long id, @PathParam("expected") long expected) {
        throw new ConcurrencyConflict("note-" + id, expected, expected + 1);
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") long id) {
        throw new RuleViolated("Note " + id + " cannot be published",
                List.of("a reviewer must approve it", "its amount must exceed 100"));
    }

    @POST
    @Path("checked")
    public Response checked(NewNote note) {
        throw ValidationFailed.of("text", "must not name a competitor");
    }

    @POST
    @Path("boom")
    public Response boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("whoami")
    public Whoami whoami() {
        return new Whoami(actor.name(), actor.roles().stream().sorted().toList(), actor.isManagerOrSalesOps(),
                actor.mayPushInteractionsOnly());
    }

    private Uni<Response> insert(NewNote note) {
        return insert(note, actor.name());
    }

    private Uni<Response> insert(NewNote note, String author) {
        return insertNote(note, author).map(created -> Response.created(location(created)).entity(created)
                .header(HttpHeaders.ETAG, IfMatch.etag(created.version())).build());
    }

    private Uni<Note> insertNote(NewNote note, String author) {
        return pool.preparedQuery("""
                INSERT INTO test_notes (text, amount, author) VALUES ($1, $2, $3)
                RETURNING id, text, amount, author, version""")
                .execute(Tuple.of(note.text(), note.amount(), author))
                .map(rows -> toNote(rows.iterator().next()));
    }

    private static URI location(Note note) {
        return URI.create("/test-notes/" + note.id());
    }

    private static Note toNote(Row row) {
        return new Note(row.getLong("id"), row.getString("text"), row.getInteger("amount"), row.getString("author"),
                row.getLong("version"));
    }
}
