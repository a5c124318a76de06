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

    /** How often every subject is re-evaluated because time alone moves its scores (decay, trend). */
    @WithDefault("PT1H")
    Duration decayPassInterval();
}
