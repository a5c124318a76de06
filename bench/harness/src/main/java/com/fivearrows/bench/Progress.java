package com.fivearrows.bench;

/** Prints what the run is doing, each line stamped with the time since the run started. */
final class Progress {
    private final long startedAt = System.nanoTime();

    void say(String format, Object... args) {
        System.out.printf("[%6.1f s] %s%n", seconds(), String.format(format, args));
        System.out.flush();
    }

    double seconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }
}
