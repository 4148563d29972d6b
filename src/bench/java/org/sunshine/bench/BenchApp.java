package org.sunshine.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a process of its own for a benchmark: the release jar (production mode) or else the
 * benchmark's class path (development mode), on a given database and port, with extra settings as environment
 * variables; started, waited for until {@code /health} answers, stopped.
 */
final class BenchApp implements AutoCloseable {

    private final Process process;
    private final String base;

    private BenchApp(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts it and waits until it answers.
     *
     * @param jar  the release jar, or null/blank for the class path
     * @param jvm  JVM options (e.g. {@code -Xmx2g})
     * @param env  environment settings (the database, the port, relaxed limits …)
     * @param log  where its output goes
     */
    static BenchApp start(String jar, List<String> jvm, Map<String, String> env, int port, File log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        if (jar == null || jar.isBlank()) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.sunshine.Application"));
        } else {
            command.addAll(List.of("-jar", jar));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        BenchApp app = new BenchApp(builder.start(), "http://127.0.0.1:" + port);
        app.awaitHealth(log);
        return app;
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The database account the benchmark's own connections and the application use (root by default). */
    static String databaseUser() {
        String user = System.getenv("DATASOURCES_DEFAULT_USERNAME");
        return user == null ? "root" : user;
    }

    static String databasePassword() {
        String password = System.getenv("DATASOURCES_DEFAULT_PASSWORD");
        return password == null ? "" : password;
    }

    private void awaitHealth(File log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped at start-up: see " + log);
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The application did not answer in 5 minutes: see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
