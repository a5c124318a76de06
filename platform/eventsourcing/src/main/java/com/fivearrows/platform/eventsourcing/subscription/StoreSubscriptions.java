package com.fivearrows.platform.eventsourcing.subscription;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs this process's store subscriptions (the relay, the projections) and wakes them when an
 * appending transaction commits, through PostgreSQL's LISTEN on {@code es_event_appended}. The poll
 * interval of each subscription stays as the fallback when the notification connection is down.
 */
@ApplicationScoped
public class StoreSubscriptions {
    private static final Logger LOG = Logger.getLogger(StoreSubscriptions.class);
    static final String CHANNEL = "es_event_appended";

    private final List<StoreSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Vertx vertx;
    private final String reactiveUrl;
    private final Optional<String> username;
    private final Optional<String> password;
    private PgSubscriber listener;

    @Inject
    public StoreSubscriptions(Vertx vertx,
                              @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
                              @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                              @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.reactiveUrl = reactiveUrl;
        this.username = username;
        this.password = password;
    }

    /** Starts a subscription and keeps it until shutdown. */
    public StoreSubscription start(CheckpointedReader reader, Duration pollInterval) {
        listen();
        StoreSubscription subscription = new StoreSubscription(reader, pollInterval);
        subscription.start();
        subscriptions.add(subscription);
        return subscription;
    }

    /**
     * Runs {@code handler} each time a transaction that sent {@code NOTIFY channel} commits, on the listening
     * connection the subscriptions share: how a service wakes other work of its own that waits on what a transaction
     * wrote. While that connection is down, nothing is delivered: the work must poll as well.
     */
    public void onNotify(String channel, Runnable handler) {
        listen();
        synchronized (this) {
            listener.channel(channel).handler(payload -> handler.run());
        }
    }

    public Optional<StoreSubscription> find(String name) {
        return subscriptions.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    void stop(@Observes ShutdownEvent event) {
        subscriptions.forEach(StoreSubscription::close);
        subscriptions.clear();
        synchronized (this) {
            if (listener != null) {
                listener.closeAndAwait();
                listener = null;
            }
        }
    }

    private synchronized void listen() {
        if (listener != null) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        listener = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> 1_000L);
        listener.channel(CHANNEL).handler(payload -> subscriptions.forEach(StoreSubscription::wake));
        listener.connect().subscribe().with(
                ok -> LOG.debugf("Listening on %s", CHANNEL),
                failure -> LOG.warnf("Cannot listen on %s, subscriptions poll instead: %s", CHANNEL, failure.getMessage()));
    }
}
