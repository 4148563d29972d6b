package org.sunshine.base.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Host;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;

/**
 * Puts {@link SecurityValve} first in the host's pipeline, where every request passes whichever servlet answers it,
 * and replaces the host's error report with {@link QuietErrorReportValve} (the host adds none of its own when one of
 * its class is there).
 */
@Singleton
final class TomcatHardening implements BeanCreatedEventListener<Tomcat> {

    private final SecurityHeaders headers;

    TomcatHardening(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        Host host = tomcat.getHost();
        host.getPipeline().addValve(new SecurityValve(headers));
        QuietErrorReportValve errors = new QuietErrorReportValve(headers);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(QuietErrorReportValve.class.getName());
        }
        host.getPipeline().addValve(errors);
        return tomcat;
    }
}
