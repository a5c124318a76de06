package com.fivearrows.platform.eventsourcing.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.GlobalPosition;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {
    private static final UUID EVENT_ID = UUID.fromString("0b0e7f3c-6f55-4a43-9d1e-2d3c4b5a6978");
    private static final UUID CORRELATION = UUID.fromString("5d1c2b3a-0000-4000-8000-000000000001");
    private static final String TRACE_PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void theEnvelopeOfAStoredEventKeepsItsPinnedShape() {
        StoredEvent stored = new StoredEvent(new GlobalPosition(812, 42), EVENT_ID, "opportunity-17", "Opportunity", 3,
                "StageAdvanced", 1, new JsonObject().put("from", "QUALIFY").put("to", "SOLUTION"),
                new EventMetadata(CORRELATION, null, "seller-4", Instant.parse("2026-11-27T09:00:00Z"), Instant.parse("2026-11-27T09:00:01Z"),
                        TRACE_PARENT));

        String json = new String(CloudEventCodec.toBytes(CloudEventCodec.fromStored(stored, "/five-arrows/opportunity-service", "opportunity")),
                StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"specversion\":\"1.0\",\"id\":\"0b0e7f3c-6f55-4a43-9d1e-2d3c4b5a6978\","
                + "\"source\":\"/five-arrows/opportunity-service\",\"type\":\"five-arrows.opportunity.StageAdvanced.v1\","
                + "\"datacontenttype\":\"application/json\",\"subject\":\"opportunity-17\",\"time\":\"2026-11-27T09:00:00Z\","
                + "\"streamversion\":3,\"correlationid\":\"5d1c2b3a-0000-4000-8000-000000000001\",\"actor\":\"seller-4\","
                + "\"traceparent\":\"" + TRACE_PARENT + "\","
                + "\"data\":{\"from\":\"QUALIFY\",\"to\":\"SOLUTION\"}}");
    }

    @Test
    void aParsedEnvelopeNamesItsContextEventAndVersion() {
        CloudEvent event = CloudEventCodec.parse(("{\"specversion\":\"1.0\",\"id\":\"" + EVENT_ID + "\",\"source\":\"/marketing\","
                + "\"type\":\"five-arrows.integration.InteractionReported.v2\",\"time\":\"2026-11-27T09:00:00Z\",\"data\":{\"a\":1}}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(event.typeName()).isEqualTo(new EventTypeName("integration", "InteractionReported", 2));
        assertThat(CloudEventCodec.eventId(event)).isEqualTo(EVENT_ID);
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void anInvalidEnvelopeIsRejectedWithEveryReason() {
        assertThatThrownBy(() -> CloudEventCodec.parse(("{\"specversion\":\"0.3\",\"source\":\"\",\"type\":\"interaction\","
                + "\"time\":\"yesterday\",\"actor\":7,\"data\":[1]}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEvent.class)
                .hasMessageContaining("specversion must be \"1.0\"")
                .hasMessageContaining("id is required")
                .hasMessageContaining("source is required")
                .hasMessageContaining("type 'interaction' does not read five-arrows.<context>.<EventName>.v<N>")
                .hasMessageContaining("time 'yesterday' is not an RFC 3339 timestamp")
                .hasMessageContaining("actor must be a string")
                .hasMessageContaining("data must be a JSON object");
    }

    @Test
    void aValueThatIsNotJsonIsRejectedAsSuch() {
        assertThatThrownBy(() -> CloudEventCodec.parse("<xml/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEvent.class)
                .hasMessageStartingWith("value is not a JSON object");
        assertThatThrownBy(() -> CloudEventCodec.parse(new byte[0]))
                .hasMessageContaining("record has no value");
    }

    @Test
    void dataIsCheckedAgainstThePublishedContractOfItsType() {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + EVENT_ID + "\",\"source\":\"/marketing\","
                + "\"type\":\"five-arrows.integration.NoteTaken.v1\",\"data\":";

        assertThat(CloudEventCodec.parseConforming(utf8(envelope + "{\"note\":\"called the CFO\"}}")).data().getString("note"))
                .isEqualTo("called the CFO");
        assertThatThrownBy(() -> CloudEventCodec.parseConforming(utf8(envelope + "{\"note\":\"\",\"mood\":1}}")))
                .isInstanceOf(InvalidCloudEvent.class)
                .hasMessageStartingWith("data breaks the contract of five-arrows.integration.NoteTaken.v1: ")
                .hasMessageContaining("$.note")
                .hasMessageContaining("mood");
        assertThatThrownBy(() -> CloudEventCodec.parseConforming(utf8(envelope.replace("NoteTaken.v1", "NoteTaken.v9") + "{}}")))
                .isInstanceOf(InvalidCloudEvent.class)
                .hasMessageContaining("no contract is published for five-arrows.integration.NoteTaken.v9");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anIdThatIsNotAUuidCannotBeDeduplicated() {
        CloudEvent event = new CloudEvent("abc", "/x", "five-arrows.x.Y.v1", null, null, null, null, null, null, null, new JsonObject());

        assertThatThrownBy(() -> CloudEventCodec.eventId(event)).hasMessage("id 'abc' is not a UUID");
    }
}
