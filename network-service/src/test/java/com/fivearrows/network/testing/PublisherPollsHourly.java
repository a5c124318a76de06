package com.fivearrows.network.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** For a test of what wakes the closeness publisher: its poll would not come round during the test. */
public class PublisherPollsHourly implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("network.publication.poll-interval", "PT1H");
    }
}
