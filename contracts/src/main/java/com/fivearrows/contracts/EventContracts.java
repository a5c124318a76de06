package com.fivearrows.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published contracts: one JSON Schema (draft 2020-12) per event type and version, kept on the classpath at
 * {@code contracts/<context>/<EventName>.v<N>.schema.json}, and the envelope's schema at
 * {@code contracts/cloudevent.schema.json}. Producers check what they publish against them in their tests;
 * consumers check what they receive before acting on it, so a malformed event becomes a dead letter with
 * the schema's own words instead of a wrong read model.
 *
 * <pre>{@code
 * List<String> problems = EventContracts.onClasspath()
 *         .violations(EventTypeName.parse("five-arrows.network.ClosenessChanged.v1"), data);
 * // e.g. ["$.c: must have a maximum value of 100"]
 * }</pre>
 *
 * A breaking change is a new version with its own schema (and an upcaster on the producer's side); an
 * additive change (a new optional property) keeps the version.
 */
public final class EventContracts {
    public static final String ENVELOPE_LOCATION = "contracts/cloudevent.schema.json";

    private static final EventContracts CLASSPATH = new EventContracts(EventContracts.class.getClassLoader());

    private final ClassLoader loader;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

    EventContracts(ClassLoader loader) {
        this.loader = loader;
    }

    /** The contracts on this library's classpath, schemas loaded once and cached. */
    public static EventContracts onClasspath() {
        return CLASSPATH;
    }

    /** Where the schema of a type lives on the classpath. */
    public static String location(EventTypeName type) {
        return "contracts/" + type.context() + "/" + type.name() + ".v" + type.version() + ".schema.json";
    }

    public boolean has(EventTypeName type) {
        return schema(location(type)).isPresent();
    }

    /**
     * What is wrong with an event's data against its contract, one line per problem ({@code $.field: message}),
     * sorted; empty when it conforms.
     *
     * @throws UnknownContract when no schema is published for the type
     */
    public List<String> violations(EventTypeName type, JsonNode data) {
        JsonSchema schema = schema(location(type)).orElseThrow(() -> new UnknownContract(type));
        return describe(schema.validate(data));
    }

    /** What is wrong with a whole structured-mode CloudEvent against the envelope's schema. */
    public List<String> envelopeViolations(JsonNode envelope) {
        JsonSchema schema = schema(ENVELOPE_LOCATION)
                .orElseThrow(() -> new IllegalStateException(ENVELOPE_LOCATION + " is missing from the classpath"));
        return describe(schema.validate(envelope));
    }

    private Optional<JsonSchema> schema(String location) {
        return schemas.computeIfAbsent(location, this::load);
    }

    private Optional<JsonSchema> load(String location) {
        try (InputStream in = loader.getResourceAsStream(location)) {
            return in == null ? Optional.empty() : Optional.of(factory.getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    private static List<String> describe(Set<ValidationMessage> messages) {
        return messages.stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }
}
