package org.sunshine.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.http.SameSiteCookies;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * Micronaut Servlet creates a bare Tomcat context. Vaadin serves its own scripts and styles, which browsers only
 * run with the right MIME type, so the context gets Tomcat's default MIME table, and WebSockets for push; session
 * cookies are HttpOnly and SameSite=Lax.
 */
@Singleton
final class TomcatContextCustomizer implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                // JSR 356 WebSockets, which Vaadin's push uses (a servlet container would find this by itself)
                context.addServletContainerInitializer(new WsSci(), null);
                context.setUseHttpOnly(true);
                // forms posted without a charset (curl, most API clients) are UTF-8, not ISO-8859-1
                context.setRequestCharacterEncoding("UTF-8");
                context.setResponseCharacterEncoding("UTF-8");
                Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
                cookies.setSameSiteCookies(SameSiteCookies.LAX.getValue());
                context.setCookieProcessor(cookies);
            }
        }
        return tomcat;
    }
}
