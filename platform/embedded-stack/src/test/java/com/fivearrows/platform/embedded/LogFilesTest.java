package com.fivearrows.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @Test
    void theTailIsTheLastLinesInOrder(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("service.log"), lines(1, 40));

        assertEquals(lines(31, 40).strip(), LogFiles.tail(log, 10));
        assertEquals(lines(1, 40).strip(), LogFiles.tail(log, 100));
    }

    @Test
    void aLogThatGrewOverManyRunsYieldsWholeLinesFromItsEnd(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("postgres.log"), lines(1, 100_000));

        assertEquals(lines(99_998, 100_000).strip(), LogFiles.tail(log, 3));
        List<String> tail = LogFiles.tail(log, Integer.MAX_VALUE).lines().toList();
        assertTrue(tail.stream().allMatch(line -> line.matches("line \\d+")), "a cut line in " + tail.get(0));
        assertEquals("line 100000", tail.get(tail.size() - 1));
    }

    @Test
    void aMissingLogHasAnEmptyTail(@TempDir Path dir) {
        assertEquals("", LogFiles.tail(dir.resolve("never-written.log"), 10));
        assertEquals("", LogFiles.tail(null, 10));
    }

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
