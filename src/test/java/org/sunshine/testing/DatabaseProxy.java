package org.sunshine.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the application and the test database that a test can cut, as a database that has died does:
 * every open connection is dropped and new ones are refused, until the test restores it on the same port. Gives the
 * application's connection pool the failures of a real outage, and lets it recover as from a real restart.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final String url;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    /**
     * A relay to the suite's database, as the test configuration names it: the server in
     * {@code DATASOURCES_DEFAULT_URL}, or the embedded one (started if it is not yet; never named here, since the
     * release build compiles the tests without it).
     */
    public static DatabaseProxy toTestDatabase() {
        Environment environment = ApplicationContext.builder().environments(Environment.TEST).build().getEnvironment();
        environment.start();
        try {
            return new DatabaseProxy(environment.getRequiredProperty("datasources.default.url", String.class));
        } finally {
            environment.stop();
        }
    }

    private DatabaseProxy(String targetUrl) {
        URI uri = URI.create(targetUrl.substring("jdbc:".length()));
        this.targetHost = uri.getHost();
        this.targetPort = uri.getPort() < 0 ? 3306 : uri.getPort();
        try {
            listener = listen(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = listener.getLocalPort();
        this.url = targetUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
        accept(listener);
    }

    /** The JDBC URL that goes through the relay. */
    public String url() {
        return url;
    }

    /** The database "dies": open connections are dropped, new ones refused. */
    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The database is back, at the same address. */
    public synchronized void restore() throws IOException {
        if (listener.isClosed()) {
            listener = listen(port);
            accept(listener);
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        return socket;
    }

    private void accept(ServerSocket server) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket database = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(database);
                    pump(client, database);
                    pump(database, client);
                } catch (IOException e) {
                    // closed by cut(), or the database refused: the client sees its connection end
                }
            }
        }, "database-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side ended
            } finally {
                close(from);
                close(to);
            }
        }, "database-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
