package com.fivearrows.platform.eventsourcing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class UpcastersTest {

    @Test
    void aV1EventPassesThroughEveryUpcasterToTheCurrentVersion() {
        Upcasters upcasters = new Upcasters(List.of(
                upcaster("InteractionRecorded", 2, data -> data.copy().put("source", data.getString("source", "SELLER").toUpperCase())),
                upcaster("InteractionRecorded", 1, data -> data.copy().put("source", "seller"))));

        StoredEvent current = upcasters.upcast(event("InteractionRecorded", 1, new JsonObject().put("type", "CALL")));

        assertThat(current.typeVersion()).isEqualTo(3);
        assertThat(current.data()).isEqualTo(new JsonObject().put("type", "CALL").put("source", "SELLER"));
    }

    @Test
    void anEventAtItsCurrentVersionOrOfAnotherTypeIsLeftAsItIs() {
        Upcasters upcasters = new Upcasters(List.of(upcaster("InteractionRecorded", 1, data -> new JsonObject())));
        StoredEvent other = event("StageAdvanced", 1, new JsonObject().put("to", "BID"));
        StoredEvent current = event("InteractionRecorded", 2, new JsonObject().put("type", "CALL"));

        assertThat(upcasters.upcast(other)).isSameAs(other);
        assertThat(upcasters.upcast(current)).isSameAs(current);
    }

    @Test
    void twoUpcastersForTheSameVersionAreRefusedAtStart() {
        assertThatThrownBy(() -> new Upcasters(List.of(
                upcaster("InteractionRecorded", 1, UnaryOperator.identity()),
                upcaster("InteractionRecorded", 1, UnaryOperator.identity()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two upcasters read InteractionRecorded v1");
    }

    private static StoredEvent event(String type, int version, JsonObject data) {
        return new StoredEvent(new GlobalPosition(1, 1), UUID.randomUUID(), "person-1", "KeyPerson", 1, type, version, data,
                EventMetadata.command("seller-1", Instant.parse("2026-11-27T10:00:00Z")));
    }

    private static Upcaster upcaster(String type, int fromVersion, UnaryOperator<JsonObject> change) {
        return new Upcaster() {
            @Override
            public String eventType() {
                return type;
            }

            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public JsonObject upcast(JsonObject data) {
                return change.apply(data);
            }
        };
    }
}
