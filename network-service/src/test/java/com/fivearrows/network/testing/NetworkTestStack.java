package com.fivearrows.network.testing;

import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Starts the real Kafka broker and PostgreSQL once for every @QuarkusTest of network-service. */
@QuarkusTestResource(value = FiveArrowsTestStack.class, initArgs = @ResourceArg(name = FiveArrowsTestStack.DATABASE, value = "network_service"))
public final class NetworkTestStack {
    private NetworkTestStack() {
    }
}
