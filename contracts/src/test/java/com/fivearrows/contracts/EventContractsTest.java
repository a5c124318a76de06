package com.fivearrows.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventContractsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventTypeName NOTE_TAKEN = EventTypeName.parse("five-arrows.sample.NoteTaken.v1");

    private final EventContracts contracts = EventContracts.onClasspath();

    @Test
    void aTypeNameReadsContextEventAndVersion() {
        EventTypeName type = EventTypeName.parse("five-arrows.network.ClosenessChanged.v12");

        assertThat(type).isEqualTo(new EventTypeName("network", "ClosenessChanged", 12));
        assertThat(type.toString()).isEqualTo("five-arrows.network.ClosenessChanged.v12");
        assertThat(EventContracts.location(type)).isEqualTo("contracts/network/ClosenessChanged.v12.schema.json");
        assertThatThrownBy(() -> EventTypeName.parse("five-arrows.network.closenessChanged.v1"))
                .hasMessage("type 'five-arrows.network.closenessChanged.v1' does not read five-arrows.<context>.<EventName>.v<N>");
        assertThat(EventTypeName.isValid("five-arrows.network.ClosenessChanged.v0")).isFalse();
    }

    @Test
    void dataThatConformsHasNoViolations() throws Exception {
        assertThat(contracts.violations(NOTE_TAKEN, JSON.readTree("{\"note\":\"called the CFO\",\"stars\":4}"))).isEmpty();
    }

    @Test
    void everyViolationIsNamedWithItsField() throws Exception {
        var violations = contracts.violations(NOTE_TAKEN, JSON.readTree("{\"stars\":9,\"mood\":\"good\"}"));

        assertThat(violations).hasSize(3);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("note"))
                .anySatisfy(v -> assertThat(v).contains("$.stars").contains("5"))
                .anySatisfy(v -> assertThat(v).contains("mood"));
    }

    @Test
    void aTypeWithoutAPublishedSchemaIsUnknown() throws Exception {
        EventTypeName unknown = EventTypeName.parse("five-arrows.sample.NoteTaken.v2");

        assertThat(contracts.has(unknown)).isFalse();
        assertThat(contracts.has(NOTE_TAKEN)).isTrue();
        assertThatThrownBy(() -> contracts.violations(unknown, JSON.readTree("{}")))
                .isInstanceOf(UnknownContract.class)
                .hasMessageContaining("contracts/sample/NoteTaken.v2.schema.json");
    }

    @Test
    void theEnvelopeSchemaAcceptsARelayedEventAndNamesWhatIsWrongWithABadOne() throws Exception {
        JsonNode good = JSON.readTree("{\"specversion\":\"1.0\",\"id\":\"0b0e7f3c-6f55-4a43-9d1e-2d3c4b5a6978\","
                + "\"source\":\"/five-arrows/network-service\",\"type\":\"five-arrows.network.ClosenessChanged.v1\","
                + "\"datacontenttype\":\"application/json\",\"subject\":\"person-1\",\"time\":\"2026-11-27T09:00:00Z\","
                + "\"streamversion\":3,\"correlationid\":\"c-1\",\"actor\":\"seller-4\",\"data\":{}}");
        JsonNode bad = JSON.readTree("{\"specversion\":\"1.0\",\"id\":\"42\",\"source\":\"/x\",\"type\":\"five-arrows.network.ClosenessChanged.v1\","
                + "\"time\":\"yesterday\",\"streamversion\":0,\"data\":{}}");

        assertThat(contracts.envelopeViolations(good)).isEmpty();
        assertThat(contracts.envelopeViolations(bad)).hasSize(3)
                .anySatisfy(v -> assertThat(v).startsWith("$.id"))
                .anySatisfy(v -> assertThat(v).startsWith("$.time"))
                .anySatisfy(v -> assertThat(v).startsWith("$.streamversion"));
    }

    @Test
    void aSnapshotIsWrittenOnceThenHoldsTheShape(@TempDir Path root) throws Exception {
        JsonNode shape = JSON.readTree("{\"note\":\"called the CFO\",\"stars\":4}");

        assertThatThrownBy(() -> JsonSnapshots.assertMatches(root, "sample/NoteTaken.v1", shape, true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("has been written");
        assertThat(Files.readString(root.resolve("sample/NoteTaken.v1.json"))).contains("\"stars\" : 4");

        JsonSnapshots.assertMatches(root, "sample/NoteTaken.v1", shape, false);
        assertThatThrownBy(() -> JsonSnapshots.assertMatches(root, "sample/NoteTaken.v1",
                JSON.readTree("{\"note\":\"called the CFO\",\"rating\":4}"), false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("differs from snapshot");
    }

    @Test
    void ciNeverWritesAMissingSnapshot(@TempDir Path root) throws Exception {
        assertThatThrownBy(() -> JsonSnapshots.assertMatches(root, "sample/Missing.v1", JSON.readTree("{}"), false))
                .hasMessageContaining("is missing");
        assertThat(Files.exists(root.resolve("sample/Missing.v1.json"))).isFalse();
    }
}
