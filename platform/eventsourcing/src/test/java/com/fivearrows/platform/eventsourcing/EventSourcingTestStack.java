package com.fivearrows.platform.eventsourcing;

import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Starts the real Kafka broker and PostgreSQL once for every @QuarkusTest of this module. */
@QuarkusTestResource(value = FiveArrowsTestStack.class, initArgs = @ResourceArg(name = "database", value = "eventsourcing"))
public final class EventSourcingTestStack {
    private EventSourcingTestStack() {
    }
}
