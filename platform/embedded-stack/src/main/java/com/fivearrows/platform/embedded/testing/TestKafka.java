package com.fivearrows.platform.embedded.testing;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The test JVM's shared broker as a test sees it: stop it to simulate an outage, start it again
 * on the same address with the same data.
 *
 * <pre>{@code
 * FiveArrowsTestStack.kafka().stop();
 * // ... commit events while the broker is down ...
 * FiveArrowsTestStack.kafka().start();
 * }</pre>
 */
public final class TestKafka {

    private final Map<String, Object> handles;

    TestKafka(Map<String, Object> handles) {
        this.handles = handles;
    }

    /** Starts the broker if it is stopped and returns once it accepts clients. */
    public void start() {
        ((Runnable) handles.get(SharedStack.KAFKA_START)).run();
    }

    /** Shuts the broker down cleanly; its address and data stay for the next {@link #start()}. */
    public void stop() {
        ((Runnable) handles.get(SharedStack.KAFKA_STOP)).run();
    }

    /** Whether the broker is running. */
    public boolean isRunning() {
        return ((BooleanSupplier) handles.get(SharedStack.KAFKA_RUNNING)).getAsBoolean();
    }

    /** The address clients connect to, e.g. {@code localhost:41234}. */
    @SuppressWarnings("unchecked")
    public String bootstrapServers() {
        return ((Supplier<String>) handles.get(SharedStack.KAFKA_BOOTSTRAP)).get();
    }

    /** Creates topics with three partitions each, leaving existing ones alone. */
    @SuppressWarnings("unchecked")
    public void createTopics(String... names) {
        ((Consumer<String[]>) handles.get(SharedStack.KAFKA_CREATE_TOPICS)).accept(names);
    }

    @Override
    public String toString() {
        return "TestKafka[" + bootstrapServers() + (isRunning() ? "" : ", stopped") + "]";
    }
}
