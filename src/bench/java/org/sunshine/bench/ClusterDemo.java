package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * Loads the demo city (its logins, a year of history, the work in progress) into the local cluster's database for
 * {@code ops/cluster/start.sh}, before the application nodes start: the release jar the nodes run holds no demo, so
 * the development build loads it once, through HAProxy, and stops. The database is migrated by the same Flyway
 * migrations the nodes run; a database that has accounts already gets no demo login (DemoData's own rule).
 * <p>
 * Environment: {@code CLUSTER_DEMO_URL}, {@code CLUSTER_DEMO_USER}, {@code CLUSTER_DEMO_PASSWORD},
 * {@code CLUSTER_DEMO_SEARCH} (a search index folder of its own, thrown away). Run: {@code mvn -Pbench test-compile
 * exec:exec@cluster-demo}.
 */
public final class ClusterDemo {

    private ClusterDemo() {
    }

    public static void main(String[] args) {
        try (ApplicationContext ignored = ApplicationContext.builder()
                .properties(Map.ofEntries(
                        Map.entry("datasources.default.url", System.getenv("CLUSTER_DEMO_URL")),
                        Map.entry("datasources.default.username", System.getenv("CLUSTER_DEMO_USER")),
                        Map.entry("datasources.default.password", System.getenv("CLUSTER_DEMO_PASSWORD")),
                        Map.entry("micronaut.server.port", -1),
                        Map.entry("sunshine.demo-data", true),
                        Map.entry("sunshine.demo-activity", true),
                        Map.entry("sunshine.search.directory", System.getenv("CLUSTER_DEMO_SEARCH")),
                        // a loader, not a node: none of the nodes' scheduled work
                        Map.entry("sunshine.statistics.scheduled-refresh", false),
                        Map.entry("sunshine.notifications.sender.scheduled", false),
                        Map.entry("sunshine.staff-notices.scheduled", false),
                        Map.entry("sunshine.proactive.link-check.enabled", false)))
                .start()) {
            System.out.println("The demo city is in the cluster's database.");
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
