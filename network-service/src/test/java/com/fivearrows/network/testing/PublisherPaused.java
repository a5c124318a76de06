package com.fivearrows.network.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests that look at the closeness marks themselves: the publisher does not run, so nothing clears a mark while
 * the test reads it.
 */
public class PublisherPaused implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("network.publication.enabled", "false");
    }
}
