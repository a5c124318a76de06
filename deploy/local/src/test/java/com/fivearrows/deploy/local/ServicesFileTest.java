package com.fivearrows.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesFileTest {

    @Test
    void aFileWithoutATopicsLineCreatesTheEventTopicsAndTheirDeadLetterTwins(@TempDir Path dir) throws Exception {
        Path properties = Files.writeString(dir.resolve("services.properties"), """
                # What deploy/local/run.sh starts.
                network-service=8083
                """);

        ServicesFile file = ServicesFile.read(properties);

        assertEquals(List.of(new ServicesFile.Service("network-service", 8083)), file.services());
        assertEquals(12, file.topics().size());
        assertTrue(file.topics().contains("five-arrows.bid.events"));
        assertTrue(file.topics().contains("five-arrows.integration.interactions.dlq"));
        file.topics().stream().filter(topic -> !topic.endsWith(".dlq"))
                .forEach(topic -> assertTrue(file.topics().contains(topic + ".dlq"), topic + " has no dead-letter twin"));
    }

    @Test
    void servicesKeepTheirOrderAndGetADatabaseNamedAfterThem() {
        ServicesFile file = ServicesFile.parse(List.of(
                "# comment", "", "network-service=8083", "  bid-analytics-service = 8085  "), "test");

        assertEquals(List.of(new ServicesFile.Service("network-service", 8083), new ServicesFile.Service("bid-analytics-service", 8085)),
                file.services());
        assertEquals("bid_analytics_service", file.services().get(1).database());
    }

    @Test
    void aTopicsLineReplacesTheDefaultTopics() {
        ServicesFile file = ServicesFile.parse(List.of("topics=a.events, a.events.dlq,,a.events"), "test");

        assertEquals(List.of("a.events", "a.events.dlq"), file.topics());
    }

    @Test
    void twoServicesOnOnePortAreRejectedWithTheLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ServicesFile.parse(
                List.of("account-service=8081", "network-service=8081"), "services.properties"));

        assertTrue(error.getMessage().startsWith("services.properties line 2:"), error.getMessage());
    }

    @Test
    void aPortThatIsNotANumberIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ServicesFile.parse(List.of("account-service=eighty"), "test"));
    }
}
