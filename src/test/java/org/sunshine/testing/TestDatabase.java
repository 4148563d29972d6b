package org.sunshine.testing;

import org.flywaydb.core.Flyway;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Once per test JVM: when the suite runs against a real server ({@code DATASOURCES_DEFAULT_URL}), empties that
 * database so that every run starts from the migrations and the demo city. It must be a database of its own:
 * the suite drops everything in it. Without the variable the suite uses a throw-away embedded MariaDB.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL = System.getenv("DATASOURCES_DEFAULT_URL");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (URL == null || URL.isBlank()) {
            return;
        }
        String user = env("DATASOURCES_DEFAULT_USERNAME", "root");
        String password = env("DATASOURCES_DEFAULT_PASSWORD", "");
        Flyway.configure().dataSource(URL, user, password).cleanDisabled(false).load().clean();
    }

    /** Whether the suite runs on a server named in the environment rather than on the embedded one. */
    public static boolean external() {
        return URL != null && !URL.isBlank();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
