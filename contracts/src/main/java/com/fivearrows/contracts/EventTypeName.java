package com.fivearrows.contracts;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudEvents type of a Five Arrows event, {@code five-arrows.<context>.<EventName>.v<N>}: the bounded
 * context that publishes it, the past-tense event name, and the schema version.
 *
 * <pre>{@code
 * EventTypeName.parse("five-arrows.network.ClosenessChanged.v1").context();   // "network"
 * new EventTypeName("opportunity", "StageAdvanced", 1).toString();             // "five-arrows.opportunity.StageAdvanced.v1"
 * }</pre>
 */
public record EventTypeName(String context, String name, int version) {
    private static final Pattern FORMAT = Pattern.compile("five-arrows\\.([a-z][a-z0-9-]*)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]{0,8})");

    public EventTypeName {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    /** Reads a type string, or throws {@link IllegalArgumentException} saying what the format is. */
    public static EventTypeName parse(String type) {
        Matcher matcher = type == null ? null : FORMAT.matcher(type);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("type '" + type + "' does not read five-arrows.<context>.<EventName>.v<N>");
        }
        return new EventTypeName(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }

    public static boolean isValid(String type) {
        return type != null && FORMAT.matcher(type).matches();
    }

    @Override
    public String toString() {
        return "five-arrows." + context + "." + name + ".v" + version;
    }
}
