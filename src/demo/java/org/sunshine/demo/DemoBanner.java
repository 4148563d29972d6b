package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever ran {@code mvn mn:run} where to go and how to sign in. */
@Singleton
@Requires(property = "sunshine.demo-data", value = "true")
@Requires(notEnv = "test")
public class DemoBanner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBanner.class);

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString().replace("://0.0.0.0", "://localhost");
        LOG.info("""

                ===============================================================
                 阳光政务监督平台 Sunshine is running: {}/
                 Staff sign-in: {}/login  (password Sunshine2026)
                   admin · inspector · leader · handler · supervisor
                ===============================================================""", url, url);
    }
}
