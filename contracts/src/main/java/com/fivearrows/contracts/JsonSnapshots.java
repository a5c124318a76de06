package com.fivearrows.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pins the JSON shape of a published event in a test: the JSON is compared with a committed snapshot file, so
 * any change to what consumers receive shows up as a conscious diff in review.
 *
 * <pre>{@code
 * JsonSnapshots.assertMatches("network/ClosenessChanged.v1", mapper.valueToTree(event));
 * // compares with src/test/resources/snapshots/network/ClosenessChanged.v1.json
 * }</pre>
 *
 * A missing snapshot is written and the assertion fails once, asking for the file to be reviewed and
 * committed; CI (environment variable {@code CI} set) never writes one.
 */
public final class JsonSnapshots {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Path ROOT = Path.of("src", "test", "resources", "snapshots");

    private JsonSnapshots() {
    }

    public static void assertMatches(String name, JsonNode actual) {
        assertMatches(ROOT, name, actual, System.getenv("CI") == null);
    }

    static void assertMatches(Path root, String name, JsonNode actual, boolean mayWrite) {
        Path file = root.resolve(name + ".json");
        try {
            if (!Files.exists(file)) {
                if (mayWrite) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, MAPPER.writeValueAsString(actual) + "\n");
                    throw new AssertionError("snapshot " + file + " was missing and has been written: review it and commit it");
                }
                throw new AssertionError("snapshot " + file + " is missing: run the test locally, review the file and commit it");
            }
            JsonNode expected = MAPPER.readTree(file.toFile());
            if (!expected.equals(actual)) {
                throw new AssertionError("the JSON differs from snapshot " + file + "; if the change is intended (additive, or a new"
                        + " version), update the snapshot and the schema.\nexpected: " + MAPPER.writeValueAsString(expected)
                        + "\nactual:   " + MAPPER.writeValueAsString(actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write snapshot " + file, e);
        }
    }
}
