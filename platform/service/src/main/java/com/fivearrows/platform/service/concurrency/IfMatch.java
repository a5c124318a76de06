package com.fivearrows.platform.service.concurrency;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fivearrows.platform.domain.ValidationFailed;

/**
 * Optimistic concurrency over HTTP: a resource answers a read with the stream version as its {@code ETag} and
 * takes the {@code If-Match} of a write as the version the command expects, so a stale one becomes a
 * {@code ConcurrencyConflict} (409) instead of a lost update.
 *
 * <pre>
 * &#64;PUT
 * &#64;Path("{id}")
 * public Uni&lt;Response&gt; rename(&#64;PathParam("id") String id, &#64;HeaderParam(IfMatch.HEADER) String ifMatch, Rename body) {
 *     long expected = IfMatch.expectedVersion(ifMatch).orElse(EventStore.ANY);
 *     return accounts.handle(id, expected, body.toCommand(), metadata)
 *             .map(decision -&gt; Response.noContent()
 *                     .header(HttpHeaders.ETAG, IfMatch.etag(decision.aggregate().version())).build());
 * }
 * </pre>
 */
public final class IfMatch {

    /** The request header, also the field named by a {@link ValidationFailed} for a malformed value. */
    public static final String HEADER = "If-Match";

    // "3", W/"3" or a bare 3. A weak tag is accepted because the version it carries is exact either way.
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"(\\d+)\"|(\\d+)");
    private static final String EXPECTED_FORM = "must be one version as an entity tag, e.g. \"3\", W/\"3\" or *";

    private IfMatch() {
    }

    /**
     * The version an {@code If-Match} header expects: {@code "3"}, {@code W/"3"} and {@code 3} give 3; an absent
     * or blank header and {@code *} give empty (the write does not depend on a version).
     *
     * @throws ValidationFailed on any other value (a list of tags, a tag that is not a version), naming the field
     *                          {@value #HEADER}, so the caller gets a 400 problem
     */
    public static OptionalLong expectedVersion(String ifMatchHeader) {
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            return OptionalLong.empty();
        }
        String value = ifMatchHeader.strip();
        if (value.equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = VERSION.matcher(value);
        if (!matcher.matches()) {
            throw ValidationFailed.of(HEADER, EXPECTED_FORM);
        }
        String digits = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        try {
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw ValidationFailed.of(HEADER, EXPECTED_FORM);
        }
    }

    /** The strong {@code ETag} for a version: {@code etag(3)} is {@code "3"}, quotes included. */
    public static String etag(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative: " + version);
        }
        return "\"" + version + "\"";
    }
}
