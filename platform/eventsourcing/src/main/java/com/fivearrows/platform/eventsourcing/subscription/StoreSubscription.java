package com.fivearrows.platform.eventsourcing.subscription;

import com.fivearrows.platform.eventsourcing.store.GlobalPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Keeps a {@link CheckpointedReader} running on a thread of its own: it reads batches while there are
 * any, then sleeps until {@link #wake()} (the store's NOTIFY on commit) or the poll interval, whichever
 * comes first. A failing batch is retried with a growing back-off, so an unreachable Kafka broker or
 * database delays the subscriber but never loses its place. About once a second it also counts how many
 * events it is behind, which the relay backlog and projection lag metrics report.
 */
public final class StoreSubscription implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StoreSubscription.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration LAG_REFRESH = Duration.ofSeconds(1);

    private final CheckpointedReader reader;
    private final Duration pollInterval;
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicReference<GlobalPosition> position = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> failingSince = new AtomicReference<>();
    private final AtomicLong lag = new AtomicLong();
    private volatile long lagCountedAt;
    private volatile boolean running;
    private Thread thread;

    public StoreSubscription(CheckpointedReader reader, Duration pollInterval) {
        this.reader = reader;
        this.pollInterval = pollInterval;
    }

    public String name() {
        return reader.subscriber();
    }

    public CheckpointedReader reader() {
        return reader;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        reader.register().await().atMost(ROUND_TIMEOUT);
        running = true;
        thread = new Thread(this::loop, "store-subscription-" + reader.subscriber());
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the subscriber to look for new events now. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /** The position of the last batch this process handled, or null before its first round. */
    public GlobalPosition position() {
        return position.get();
    }

    /** Events committed or in flight after the checkpoint, as counted at most a second ago. */
    public long lag() {
        return lag.get();
    }

    /** The last failure's message while the subscriber is failing, else null. */
    public String lastError() {
        return lastError.get();
    }

    /** When the current run of failed rounds began, or null while rounds succeed. */
    public Instant failingSince() {
        return failingSince.get();
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(ROUND_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            boolean idle;
            try {
                CheckpointedReader.Round round = reader.runOnce().await().atMost(ROUND_TIMEOUT);
                if (round.locked()) {
                    // Only a round that did the work says the work succeeds; another replica holding the lock says nothing.
                    position.set(round.position());
                    lastError.set(null);
                    failingSince.set(null);
                }
                backoff = Duration.ofMillis(100);
                idle = round.handled() == 0;
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                if (!running) {
                    return;
                }
                lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
                failingSince.compareAndSet(null, Instant.now());
                LOG.warnf("Subscriber %s failed a round, retrying in %d ms: %s", reader.subscriber(), backoff.toMillis(), e.getMessage());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                idle = false;
            }
            countLag();
            if (idle && running) {
                sleep(pollInterval);
            }
        }
    }

    /** Counts the lag at most once per {@link #LAG_REFRESH}, so catching up does not pay for counting. */
    private void countLag() {
        long now = System.nanoTime();
        if (now - lagCountedAt < LAG_REFRESH.toNanos()) {
            return;
        }
        lagCountedAt = now;
        try {
            lag.set(reader.lag().await().atMost(LAG_REFRESH.multipliedBy(10)));
        } catch (RuntimeException e) {
            LOG.debugf("Subscriber %s could not count its lag: %s", reader.subscriber(), e.getMessage());
        }
    }

    /** Waits for the back-off to pass; new commits do not cut it short, so a failing target is not hammered. */
    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void sleep(Duration duration) {
        try {
            wakeups.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeups.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
