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
     * Subjects of a round evaluated at the same time, each in its own transaction on its own connection: one at a time,
     * an evaluation's dozen round trips to PostgreSQL bound the publisher to well under a hundred subjects a second.
     */
    @WithDefault("8")
    int concurrency();

    /** How often every subject is re-evaluated because time alone moves its scores (decay, trend). */
    @WithDefault("PT1H")
    Duration decayPassInterval();
}
