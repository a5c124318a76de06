package com.fivearrows.platform.service.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.ValidationFailed;

class IfMatchTest {

    @Test
    void strongTagExpectsItsVersion() {
        assertEquals(OptionalLong.of(3), IfMatch.expectedVersion("\"3\""));
    }

    @Test
    void weakTagExpectsItsVersion() {
        assertEquals(OptionalLong.of(3), IfMatch.expectedVersion("W/\"3\""));
    }

    @Test
    void bareNumberExpectsItsVersion() {
        assertEquals(OptionalLong.of(3), IfMatch.expectedVersion("3"));
        assertEquals(OptionalLong.of(0), IfMatch.expectedVersion(" \"0\" "));
    }

    @Test
    void absentOrBlankHeaderExpectsNoVersion() {
        assertTrue(IfMatch.expectedVersion(null).isEmpty());
        assertTrue(IfMatch.expectedVersion("").isEmpty());
        assertTrue(IfMatch.expectedVersion("  ").isEmpty());
    }

    @Test
    void anyTagExpectsNoVersion() {
        assertTrue(IfMatch.expectedVersion("*").isEmpty());
    }

    @Test
    void anythingElseIsAValidationFailureNamingTheHeader() {
        for (String malformed : new String[] { "abc", "\"3", "3\"", "\"3\", \"4\"", "W/3", "-1", "\"-1\"", "+3",
                "\"v3\"", "99999999999999999999" }) {
            ValidationFailed failure = assertThrows(ValidationFailed.class, () -> IfMatch.expectedVersion(malformed),
                    malformed);
            FieldError error = failure.errors().get(0);
            assertEquals("If-Match", error.field());
            assertEquals("must be one version as an entity tag, e.g. \"3\", W/\"3\" or *", error.message());
        }
    }

    @Test
    void etagIsTheQuotedVersion() {
        assertEquals("\"3\"", IfMatch.etag(3));
        assertEquals(OptionalLong.of(42), IfMatch.expectedVersion(IfMatch.etag(42)));
    }

    @Test
    void negativeVersionHasNoEtag() {
        assertThrows(IllegalArgumentException.class, () -> IfMatch.etag(-1));
    }
}
