package com.fivearrows.platform.service.testing;

import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Starts the real Kafka broker and PostgreSQL once for every @QuarkusTest of this module. */
@QuarkusTestResource(value = FiveArrowsTestStack.class, initArgs = @ResourceArg(name = FiveArrowsTestStack.DATABASE, value = "platform_service"))
public final class ServiceTestStack {
    private ServiceTestStack() {
    }
}
