package com.fivearrows.platform.service.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fivearrows.platform.embedded.testing.Tokens;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class IdempotencyKeyTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    Pool pool;

    @Test
    void retryWithTheSameKeyReplaysTheFirstAnswerAndAddsNothing() {
        String key = UUID.randomUUID().toString();
        String text = "retried " + key;
        Response first = createNote(Tokens.seller(), key, text, 10);
        first.then().statusCode(201).header(IdempotencyFilters.REPLAYED_HEADER, nullValue());

        Response retry = createNote(Tokens.seller(), key, text, 10);
        retry.then().statusCode(201)
                .header(IdempotencyFilters.REPLAYED_HEADER, equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .contentType(ContentType.JSON);
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, notesWithText(text));
    }

    @Test
    void sameKeyWithAnotherBodyAnswers422() {
        String key = UUID.randomUUID().toString();
        createNote(Tokens.seller(), key, "first " + key, 10).then().statusCode(201);

        createNote(Tokens.seller(), key, "second " + key, 10).then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://five-arrows.dev/problems/idempotency-key-reused"));
        assertEquals(0, notesWithText("second " + key));
    }

    @Test
    void successWithATextBodyIsReplayedInsteadOfRunAgain() {
        String key = UUID.randomUUID().toString();
        String text = "plain " + key;
        Response first = createNote("/test-notes/plain", key, text);
        first.then().statusCode(201).contentType(ContentType.TEXT);

        createNote("/test-notes/plain", key, text).then().statusCode(201)
                .header(IdempotencyFilters.REPLAYED_HEADER, equalTo("true"))
                .header("Location", equalTo(first.header("Location")));
        assertEquals(1, notesWithText(text));
    }

    @Test
    void successWithoutBodyIsReplayedInsteadOfRunAgain() {
        String key = UUID.randomUUID().toString();
        String text = "quiet " + key;
        createNote("/test-notes/quiet", key, text).then().statusCode(204);

        createNote("/test-notes/quiet", key, text).then().statusCode(204)
                .header(IdempotencyFilters.REPLAYED_HEADER, equalTo("true"));
        assertEquals(1, notesWithText(text));
    }

    @Test
    void versionConflictIsNotRememberedSoARetryWithAFreshIfMatchRuns() {
        long id = createNote(Tokens.seller(), UUID.randomUUID().toString(), "versioned", 1).then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).extract().jsonPath().getLong("id");
        replaceNote(id, null, "\"1\"", "changed by someone else").then().statusCode(200);
        String key = UUID.randomUUID().toString();
        String text = "refreshed " + key;

        replaceNote(id, key, "\"1\"", text).then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://five-arrows.dev/problems/version-conflict"));
        assertEquals(0, idempotencyRows(key));

        replaceNote(id, key, "\"2\"", text).then().statusCode(200)
                .header(IdempotencyFilters.REPLAYED_HEADER, nullValue())
                .header("ETag", equalTo("\"3\""));
        replaceNote(id, key, "\"2\"", text).then().statusCode(200)
                .header(IdempotencyFilters.REPLAYED_HEADER, equalTo("true"))
                .header("ETag", equalTo("\"3\""));
        assertEquals(1, notesWithText(text));
    }

    @Test
    void sameKeyWithAnotherIfMatchAnswers422() {
        long id = createNote(Tokens.seller(), UUID.randomUUID().toString(), "versioned", 1).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String key = UUID.randomUUID().toString();
        String text = "replaced " + key;
        replaceNote(id, key, "\"1\"", text).then().statusCode(200);

        replaceNote(id, key, "\"2\"", text).then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://five-arrows.dev/problems/idempotency-key-reused"));
        given().header("Authorization", Tokens.seller()).get("/test-notes/" + id)
                .then().body("version", equalTo(2));
    }

    @Test
    void bodiesLargerThanTheInputBufferAreComparedWhole() {
        String key = UUID.randomUUID().toString();
        String common = "x".repeat(40_000) + key;
        createNote(Tokens.seller(), key, common + "a", 10).then().statusCode(201);

        createNote(Tokens.seller(), key, common + "a", 10).then().statusCode(201)
                .header(IdempotencyFilters.REPLAYED_HEADER, equalTo("true"));
        createNote(Tokens.seller(), key, common + "b", 10).then().statusCode(422);
        assertEquals(1, notesWithText(common + "a"));
        assertEquals(0, notesWithText(common + "b"));
    }

    @Test
    void keysAreScopedByCaller() {
        String key = UUID.randomUUID().toString();
        String text = "shared key " + key;
        createNote(Tokens.seller(), key, text, 10).then().statusCode(201);
        createNote(Tokens.otherSeller(), key, text, 10).then().statusCode(201)
                .header(IdempotencyFilters.REPLAYED_HEADER, nullValue());
        assertEquals(2, notesWithText(text));
    }

    @Test
    void duplicateWhileTheFirstIsStillRunningAnswers409() {
        String key = UUID.randomUUID().toString();
        String text = "slow " + key;
        String token = Tokens.seller();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> given()
                .header("Authorization", token).header(IdempotencyFilters.KEY_HEADER, key)
                .contentType(ContentType.JSON).body(noteJson(text, 3))
                .post("/test-notes/slow"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> idempotencyRows(key) == 1);

        given().header("Authorization", token).header(IdempotencyFilters.KEY_HEADER, key)
                .contentType(ContentType.JSON).body(noteJson(text, 3))
                .post("/test-notes/slow")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://five-arrows.dev/problems/idempotency-key-in-flight"));

        first.join().then().statusCode(201);
        assertEquals(1, notesWithText(text));
    }

    @Test
    void failedRequestIsNotRememberedSoItCanBeRetried() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.seller()).header(IdempotencyFilters.KEY_HEADER, key)
                .post("/test-notes/boom")
                .then().statusCode(500);
        assertEquals(0, idempotencyRows(key));
        given().header("Authorization", Tokens.seller()).header(IdempotencyFilters.KEY_HEADER, key)
                .post("/test-notes/boom")
                .then().statusCode(500)
                .header(IdempotencyFilters.REPLAYED_HEADER, nullValue());
    }

    @Test
    void refusalIsRememberedLikeASuccess() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.seller()).header(IdempotencyFilters.KEY_HEADER, key)
                .post("/test-notes/3/publish")
                .then().statusCode(422)
                .header(IdempotencyFilters.REPLAYED_HEADER, nullValue());
        given().header("Authorization", Tokens.seller()).header(IdempotencyFilters.KEY_HEADER, key)
                .post("/test-notes/3/publish")
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .header(IdempotencyFilters.REPLAYED_HEADER, equalTo("true"))
                .body("unmetRules.size()", equalTo(2));
    }

    @Test
    void abandonedClaimIsTakenOver() {
        String key = UUID.randomUUID().toString();
        String text = "abandoned " + key;
        pool.preparedQuery("""
                INSERT INTO platform_idempotency
                       (principal, http_method, path, idempotency_key, request_hash, owner_token, created_at)
                VALUES ('sam.seller', 'POST', '/test-notes', $1, '\\x00'::bytea, gen_random_uuid(),
                        now() - interval '5 minutes')""")
                .execute(Tuple.of(key)).await().indefinitely();

        createNote(Tokens.seller(), key, text, 10).then().statusCode(201)
                .header(IdempotencyFilters.REPLAYED_HEADER, nullValue());
        assertEquals(1, notesWithText(text));
    }

    @Test
    void blankOrOverlongKeyAnswers400() {
        createNote(Tokens.seller(), " ", "blank key", 1).then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo(IdempotencyFilters.KEY_HEADER));
        createNote(Tokens.seller(), "k".repeat(256), "long key", 1).then().statusCode(400);
    }

    private static Response createNote(String token, String key, String text, int amount) {
        return given().header("Authorization", token).header(IdempotencyFilters.KEY_HEADER, key)
                .contentType(ContentType.JSON).body(noteJson(text, amount))
                .post("/test-notes");
    }

    private static Response createNote(String path, String key, String text) {
        return given().header("Authorization", Tokens.seller()).header(IdempotencyFilters.KEY_HEADER, key)
                .contentType(ContentType.JSON).body(noteJson(text, 1))
                .post(path);
    }

    private static Response replaceNote(long id, String key, String ifMatch, String text) {
        RequestSpecification request = given().header("Authorization", Tokens.seller()).header("If-Match", ifMatch)
                .contentType(ContentType.JSON).body(noteJson(text, 1));
        if (key != null) {
            request.header(IdempotencyFilters.KEY_HEADER, key);
        }
        return request.put("/test-notes/" + id);
    }

    private static String noteJson(String text, int amount) {
        return "{\"text\":\"" + text + "\",\"amount\":" + amount + "}";
    }

    private long notesWithText(String text) {
        return pool.preparedQuery("SELECT count(*) AS n FROM test_notes WHERE text = $1").execute(Tuple.of(text))
                .await().indefinitely().iterator().next().getLong("n");
    }

    private long idempotencyRows(String key) {
        return pool.preparedQuery("SELECT count(*) AS n FROM platform_idempotency WHERE idempotency_key = $1")
                .execute(Tuple.of(key))
                .await().indefinitely().iterator().next().getLong("n");
    }
}
