package org.sunshine.testing;

import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * One SMTP port for every GreenMail of the test run. Jakarta Mail keeps the first mail session's server for the JVM in
 * places, so a test class whose GreenMail listened on a port of its own found its messages sent to the port of an
 * earlier, stopped server (only when the whole suite ran): each class starts its GreenMail on this same port and stops
 * it when done.
 */
public final class TestSmtp {

    public static final int PORT = freePort();

    private TestSmtp() {
    }

    public static ServerSetup setup() {
        return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
