package com.fivearrows.opportunity.testing;

import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Starts the real Kafka broker and PostgreSQL once for every @QuarkusTest of opportunity-service. */
@QuarkusTestResource(value = FiveArrowsTestStack.class, initArgs = @ResourceArg(name = FiveArrowsTestStack.DATABASE, value = "opportunity_service"))
public final class OpportunityTestStack {
    private OpportunityTestStack() {
    }
}
