package com.fivearrows.platform.service.idempotency;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** The {@code platform_idempotency} table, reached through the reactive pool. */
@ApplicationScoped
class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final long PURGE_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

    // Inserts a pending claim, or takes over an expired entry or an abandoned pending one; returns a row only then.
    private static final String CLAIM = """
            INSERT INTO platform_idempotency AS e
                   (principal, http_method, path, idempotency_key, request_hash, owner_token, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, now())
            ON CONFLICT (principal, http_method, path, idempotency_key) DO UPDATE
               SET request_hash = EXCLUDED.request_hash, owner_token = EXCLUDED.owner_token, created_at = now(),
                   status = NULL, headers = NULL, body = NULL, completed_at = NULL
             WHERE e.created_at < now() - make_interval(secs => $8)
                OR (e.status IS NULL AND e.created_at < now() - make_interval(secs => $7))
            RETURNING owner_token""";
    private static final String FIND = """
            SELECT request_hash, status, headers, body FROM platform_idempotency
             WHERE principal = $1 AND http_method = $2 AND path = $3 AND idempotency_key = $4""";
    private static final String COMPLETE = """
            UPDATE platform_idempotency SET status = $6, headers = $7, body = $8, completed_at = now()
             WHERE principal = $1 AND http_method = $2 AND path = $3 AND idempotency_key = $4
               AND owner_token = $5 AND status IS NULL""";
    private static final String RELEASE = """
            DELETE FROM platform_idempotency
             WHERE principal = $1 AND http_method = $2 AND path = $3 AND idempotency_key = $4
               AND owner_token = $5 AND status IS NULL""";
    private static final String PURGE = """
            DELETE FROM platform_idempotency WHERE created_at < now() - make_interval(secs => $1)""";

    private final Pool pool;
    private final IdempotencyConfig config;
    private final AtomicLong lastPurge = new AtomicLong();

    IdempotencyStore(Pool pool, IdempotencyConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Claims the key for a request whose fingerprint (body, query and {@code If-Match}) is {@code requestHash}. */
    Uni<Claim> claim(IdempotencyScope scope, byte[] requestHash) {
        purgeNowAndThen();
        UUID token = UUID.randomUUID();
        Tuple args = Tuple.from(List.of(scope.principal(), scope.method(), scope.path(), scope.key(),
                Buffer.buffer(requestHash), token, seconds(config.pendingTimeout()), seconds(config.retention())));
        return pool.preparedQuery(CLAIM).execute(args).flatMap(claimed -> {
            if (claimed.rowCount() > 0) {
                return Uni.createFrom().item(new Claim.Acquired(scope, token));
            }
            return pool.preparedQuery(FIND).execute(keyOf(scope)).map(found -> existing(found, requestHash));
        });
    }

    /** Stores the final answer of the request holding the claim. */
    Uni<Void> complete(Claim.Acquired claim, StoredAnswer answer) {
        IdempotencyScope scope = claim.scope();
        JsonObject headers = new JsonObject();
        answer.headers().forEach(headers::put);
        Tuple args = Tuple.from(List.of(scope.principal(), scope.method(), scope.path(), scope.key(), claim.token(),
                answer.status(), headers, Buffer.buffer(answer.body())));
        return pool.preparedQuery(COMPLETE).execute(args).replaceWithVoid();
    }

    /** Gives the key up, so that a retry runs the request again. */
    Uni<Void> release(Claim.Acquired claim) {
        IdempotencyScope scope = claim.scope();
        Tuple args = Tuple.from(List.of(scope.principal(), scope.method(), scope.path(), scope.key(), claim.token()));
        return pool.preparedQuery(RELEASE).execute(args).replaceWithVoid();
    }

    private static Claim existing(RowSet<Row> found, byte[] requestHash) {
        if (found.rowCount() == 0) {
            // released or purged between our two statements: the first request is just finishing
            return new Claim.InFlight();
        }
        Row row = found.iterator().next();
        if (!Arrays.equals(row.getBuffer("request_hash").getBytes(), requestHash)) {
            return new Claim.Mismatch();
        }
        Integer status = row.getInteger("status");
        if (status == null) {
            return new Claim.InFlight();
        }
        Map<String, String> headers = new HashMap<>();
        JsonObject stored = row.getJsonObject("headers");
        if (stored != null) {
            stored.forEach(entry -> headers.put(entry.getKey(), String.valueOf(entry.getValue())));
        }
        return new Claim.Answered(new StoredAnswer(status, headers, row.getBuffer("body").getBytes()));
    }

    private void purgeNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastPurge.get();
        if (now - last < PURGE_EVERY_MILLIS || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        pool.preparedQuery(PURGE).execute(Tuple.of(seconds(config.retention())))
                .subscribe().with(
                        purged -> LOG.debugf("Purged %d expired idempotency entries", purged.rowCount()),
                        failure -> LOG.warn("Could not purge expired idempotency entries", failure));
    }

    private static Tuple keyOf(IdempotencyScope scope) {
        return Tuple.of(scope.principal(), scope.method(), scope.path(), scope.key());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
