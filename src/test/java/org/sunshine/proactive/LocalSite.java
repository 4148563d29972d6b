package org.sunshine.proactive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small web site on 127.0.0.1 (a random port) for the link checker's tests: each path answers as set, and every
 * request is noted with its method, path, User-Agent and arrival time.
 */
final class LocalSite implements AutoCloseable {

    /** A request as the site saw it; {@code nanos} is {@link System#nanoTime()} on arrival. */
    record Seen(String method, String path, String userAgent, long nanos) {
    }

    /** How a path answers: a status and a Location (for a redirect), after a pause; HEAD may answer otherwise. */
    record Answer(int status, String location, int headStatus, long sleepMillis) {

        static Answer status(int status) {
            return new Answer(status, null, status, 0);
        }

        static Answer redirect(String location) {
            return new Answer(302, location, 302, 0);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of a path on this site. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalSite answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    long requestsTo(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("User-Agent"),
                System.nanoTime()));
        Answer answer = answers.getOrDefault(path, Answer.status(404));
        try {
            if (answer.sleepMillis() > 0) {
                Thread.sleep(answer.sleepMillis());
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            int status = head ? answer.headStatus() : answer.status();
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
            }
            byte[] body = "<html><body>page</body></html>".getBytes();
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException | IOException e) {
            // the checker gave up waiting: nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
