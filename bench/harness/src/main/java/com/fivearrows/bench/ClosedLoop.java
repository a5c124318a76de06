package com.fivearrows.bench;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code clients} callers, each sending its next request as soon as its previous one is answered, first for a warm-up
 * that is not counted, then for the measured time. A request counts when it was sent inside the measured time; the
 * rate is the requests answered with the expected status per measured second.
 */
final class ClosedLoop {

    /** What one run saw. */
    record Result(int clients, double seconds, int succeeded, Map<Integer, Integer> otherStatuses, Latencies latencies) {
        double perSecond() {
            return succeeded / seconds;
        }
    }

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final int expectedStatus;
    private final Latencies latencies = new Latencies();
    private final Map<Integer, Integer> otherStatuses = new TreeMap<>();
    private long measureFrom;
    private long measureTo;
    private int succeeded;

    ClosedLoop(int clients, Duration warmUp, Duration measured, int expectedStatus) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.expectedStatus = expectedStatus;
    }

    Result run(Supplier<Future<Http.Answer>> request) throws InterruptedException {
        long start = System.nanoTime();
        measureFrom = start + warmUp.toNanos();
        measureTo = measureFrom + measured.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            next(request, done);
        }
        if (!done.await(warmUp.plus(measured).toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("callers still waiting for answers a minute after the measured time");
        }
        synchronized (this) {
            return new Result(clients, measured.toNanos() / 1e9, succeeded, Map.copyOf(otherStatuses), latencies);
        }
    }

    private void next(Supplier<Future<Http.Answer>> request, CountDownLatch done) {
        long sentAt = System.nanoTime();
        if (sentAt >= measureTo) {
            done.countDown();
            return;
        }
        request.get().onComplete(answer -> {
            if (sentAt >= measureFrom) {
                count(answer.succeeded() ? answer.result().status() : -1, answer.succeeded() ? answer.result().nanos() : 0);
            }
            next(request, done);
        });
    }

    private synchronized void count(int status, long nanos) {
        if (status == expectedStatus) {
            succeeded++;
            latencies.record(nanos);
        } else {
            otherStatuses.merge(status, 1, Integer::sum);
        }
    }
}
