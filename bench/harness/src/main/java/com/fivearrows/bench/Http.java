package com.fivearrows.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * The harness's HTTP client: Vert.x, non-blocking, with enough pooled keep-alive connections for every concurrent
 * caller, so the client side costs little CPU on the cores it shares with the services.
 */
final class Http implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One answer: status, body and how long it took from sending to the whole body, in nanoseconds. */
    record Answer(int status, String body, long nanos) {
    }

    private final HttpClient client;

    Http(Vertx vertx, int connections) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    Future<Answer> post(URI uri, String token, String json) {
        return send(HttpMethod.POST, uri, token, json);
    }

    Future<Answer> get(URI uri, String token) {
        return send(HttpMethod.GET, uri, token, null);
    }

    private Future<Answer> send(HttpMethod method, URI uri, String token, String json) {
        long at = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(method).setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .setTimeout(TIMEOUT.toMillis())
                .putHeader("Authorization", "Bearer " + token)
                .putHeader("Accept", "application/json");
        if (json != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return client.request(options)
                .compose(request -> json == null ? request.send() : request.send(Buffer.buffer(json)))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString(),
                        System.nanoTime() - at)));
    }

    /** Waits for an answer and insists on the expected status. */
    static Answer expect(Future<Answer> answer, int status, String what) {
        Answer got = await(answer);
        if (got.status() != status) {
            throw new IllegalStateException(what + " answered " + got.status() + ": " + got.body());
        }
        return got;
    }

    /** The answer's body as a JSON object; a body that is not one fails naming what was asked and what came back. */
    static JsonObject json(Answer answer, String what) {
        try {
            return new JsonObject(answer.body());
        } catch (DecodeException e) {
            throw new IllegalStateException(String.format("%s answered %d after %.0f ms with a body that is not a JSON object:"
                    + " '%s'", what, answer.status(), answer.nanos() / 1e6, answer.body()), e);
        }
    }

    static <T> T await(Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().join();
    }

    /**
     * Runs {@code call} on every item with at most {@code concurrency} calls in flight; the answers in the items' order.
     */
    static <T, R> List<R> forEach(List<T> items, int concurrency, Function<T, Future<R>> call) {
        @SuppressWarnings("unchecked")
        CompletableFuture<R>[] results = new CompletableFuture[items.size()];
        Semaphore slots = new Semaphore(concurrency);
        for (int i = 0; i < items.size(); i++) {
            slots.acquireUninterruptibly();
            results[i] = call.apply(items.get(i)).toCompletionStage().toCompletableFuture();
            results[i].whenComplete((ok, failure) -> slots.release());
        }
        CompletableFuture.allOf(results).join();
        return Arrays.stream(results).map(CompletableFuture::join).toList();
    }

    @Override
    public void close() {
        await(client.close());
    }
}
