package com.fivearrows.platform.eventsourcing.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service's projections read the store. */
@ConfigMapping(prefix = "five-arrows.projections")
public interface ProjectionsConfig {

    /** Events applied per round, in one transaction. */
    @WithDefault("500")
    int batchSize();

    /** How often a projection looks for events when no commit notification arrives. */
    @WithDefault("1s")
    Duration pollInterval();
}
