package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 request on a connection of its own, to an address the caller has already checked, so that the address
 * asked is the address checked (no second lookup between the check and the connection). Reads the status line and the
 * headers only, at most {@value #MAX_HEAD} bytes, and closes: a GET never downloads the page.
 */
final class HttpProbe {

    static final int MAX_HEAD = 16 * 1024;

    /** The status and, for a redirect, where it leads. */
    record Answer(int status, @Nullable String location) {
    }

    /** Where to send it: the host's name (for the Host header and TLS) and the addresses it resolved to. */
    record Target(boolean tls, String host, int port, String pathAndQuery, List<InetAddress> addresses) {

        String hostHeader() {
            String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return port == (tls ? 443 : 80) ? name : name + ":" + port;
        }
    }

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String userAgent;

    HttpProbe(Duration connectTimeout, Duration readTimeout, String userAgent) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.userAgent = userAgent;
    }

    Answer request(String method, Target target) throws IOException {
        try (Socket plain = connect(target)) {
            long deadline = System.nanoTime() + readTimeout.toNanos();
            Socket socket = target.tls() ? handshake(plain, target, deadline) : plain;
            try {
                OutputStream out = socket.getOutputStream();
                out.write((method + " " + target.pathAndQuery() + " HTTP/1.1\r\n"
                        + "Host: " + target.hostHeader() + "\r\n"
                        + "User-Agent: " + userAgent + "\r\n"
                        + "Accept: */*\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return read(new BufferedInputStream(socket.getInputStream(), 4096), socket, deadline);
            } finally {
                socket.close();
            }
        }
    }

    /** Connects to the first of the target's addresses that answers. */
    private Socket connect(Target target) throws IOException {
        IOException last = new ConnectException("no address");
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port()), (int) connectTimeout.toMillis());
                return socket;
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last;
    }

    private static Socket handshake(Socket plain, Target target, long deadline) throws IOException {
        plain.setSoTimeout(remaining(deadline));
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().contains(":") && !Character.isDigit(target.host().charAt(target.host().length() - 1))) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static Answer read(InputStream in, Socket socket, long deadline) throws IOException {
        int[] budget = {MAX_HEAD};
        String status = line(in, socket, deadline, budget);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || parts[1].length() != 3) {
            throw new ProtocolException("not an HTTP answer");
        }
        int code;
        try {
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new ProtocolException("not an HTTP status");
        }
        String location = null;
        for (String header = line(in, socket, deadline, budget); !header.isEmpty();
             header = line(in, socket, deadline, budget)) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("location")) {
                location = header.substring(colon + 1).trim();
            }
        }
        return new Answer(code, location);
    }

    /** One line of the head, without its CRLF; the whole head may take {@code budget} bytes and the read deadline. */
    private static String line(InputStream in, Socket socket, long deadline, int[] budget) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        while (true) {
            socket.setSoTimeout(remaining(deadline));
            int b = in.read();
            if (b < 0) {
                throw new ProtocolException("answer ended early");
            }
            if (--budget[0] < 0) {
                throw new ProtocolException("answer head too long");
            }
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
    }

    private static int remaining(long deadline) throws SocketTimeoutException {
        long millis = (deadline - System.nanoTime()) / 1_000_000;
        if (millis <= 0) {
            throw new SocketTimeoutException("read timed out");
        }
        return (int) millis;
    }
}
