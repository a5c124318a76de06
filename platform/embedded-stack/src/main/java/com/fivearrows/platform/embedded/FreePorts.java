package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * TCP ports on the loopback interface: a free one to listen on, or whether a given one is free.
 *
 * <pre>{@code
 * if (!FreePorts.isFree(9092)) {
 *     throw new IllegalStateException("Port 9092 is in use: is another local run still active?");
 * }
 * }</pre>
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** Whether nothing listens on {@code port} of the loopback interface right now. */
    public static boolean isFree(int port) {
        try {
            bind(port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nothing listens on right now, for a server about to start. */
    public static int pick() {
        try (ServerSocket socket = bind(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    static int pickOtherThan(int taken) {
        int port = pick();
        while (port == taken) {
            port = pick();
        }
        return port;
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
