package com.fivearrows.platform.eventsourcing.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Wires the sample counter aggregate the way a service wires its own. */
@ApplicationScoped
public class Counters {

    @Produces
    @ApplicationScoped
    AggregateStore<Counter.Increment, Counter.State, Counter.Event> counters(EventStore store, ObjectMapper mapper) {
        EventCodec<Counter.Event> codec = EventCodec.of(mapper, List.of(EventCodec.type(Counter.Incremented.class, "Incremented", 1)));
        return new AggregateStore<>(store, "Counter", new Counter(), codec);
    }
}
