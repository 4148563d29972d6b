package org.sunshine;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Sunshine: Micronaut's HTTP server (Tomcat) with Vaadin in it, on the database configured or embedded. */
@OpenAPIDefinition(info = @Info(title = "sunshine", version = "1",
        description = "Sunshine: the public API of the government disclosure supervision platform "
                + "(Open311 GeoReport v2 requests, the partner API of applications for government information, "
                + "the working-day deadline calculator)"))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // Tomcat logs through java.util.logging: send it to the same console format as everything else
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Micronaut.build(args)
                .mainClass(Application.class)
                .start();
    }
}
