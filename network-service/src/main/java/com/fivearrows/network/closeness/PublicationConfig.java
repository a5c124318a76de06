package com.fivearrows.network.closeness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@link ClosenessPublisher} and the decay pass run. */
@ConfigMapping(prefix = "network.publication")
public interface PublicationConfig {

    /** Off only in tests that drive the publisher themselves. */
    @WithDefault("true")
    boolean enabled();

    /** How often to look for marked subjects when nothing woke the publisher earlier. */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /** Subjects evaluated per round. */
    @WithDefault("200")
    int batchSize();

    /**
     * Subjects evaluated together in one transaction: its reads and writes are set-based, so it costs about the
     * same dozen round trips to PostgreSQL for one subject as for this many. When it fails, its subjects are evaluated
     * again one by one.
     */
    @WithDefault("50")
    int subjectsPerTransaction();

    /** Transactions of a round run at the same time, each on its own connection. */
    @WithDefault("4")
    int concurrency();

    /** How often every subject is re-evaluated because time alone moves its scores (decay, trend). */
    @WithDefault("PT1H")
    Duration decayPassInterval();
}
