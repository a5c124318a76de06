package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Throw-away directories of the temporary broker and database. */
final class Directories {

    // A directory without its lock file may belong to a server that is still starting.
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(5);

    private Directories() {
    }

    static Path createTemp(Path parentDir, String prefix) {
        try {
            Files.createDirectories(parentDir);
            return Files.createTempDirectory(parentDir.toAbsolutePath().normalize(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory under " + parentDir, e);
        }
    }

    /**
     * Temporary directories under {@code parentDir} left behind by a JVM that died without its
     * shutdown hook (killed test runs): their server holds no lock on {@code lockFile} any more.
     */
    static List<Path> abandoned(Path parentDir, String prefix, String lockFile) {
        List<Path> abandoned = new ArrayList<>();
        if (!Files.isDirectory(parentDir)) {
            return abandoned;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parentDir, prefix + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && isAbandoned(dir, dir.resolve(lockFile))) {
                    abandoned.add(dir);
                }
            }
        } catch (IOException e) {
            // Leftovers only cost disk space; never fail a start because of them.
        }
        return abandoned;
    }

    private static boolean isAbandoned(Path dir, Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(UNLOCKED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
