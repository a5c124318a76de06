package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The output files of the embedded servers and of the services of the local run, as failure reports
 * quote them.
 *
 * <pre>{@code
 * throw new IllegalStateException("network-service did not start; its last lines:\n" + LogFiles.tail(log, 25));
 * }</pre>
 */
public final class LogFiles {

    // The local run appends to the same PostgreSQL log across runs; a report only needs its end.
    private static final int MAX_TAIL_BYTES = 64 * 1024;

    private LogFiles() {
    }

    /**
     * The last {@code lines} lines of a UTF-8 text file, joined with {@code \n}. Empty when the file
     * is {@code null}, missing or unreadable: a failure report must not fail itself.
     */
    public static String tail(Path file, int lines) {
        if (file == null) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (start > 0 && !all.isEmpty()) {
                // Reading started inside a line.
                all = all.subList(1, all.size());
            }
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
