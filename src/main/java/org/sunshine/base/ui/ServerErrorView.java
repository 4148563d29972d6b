package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.DatabaseOutage;

/**
 * A page that failed to open: while the database cannot be reached, a page that says so (HTTP 503) and offers to try
 * again; any other failure, a page that says something went wrong (HTTP 500) — never the exception's text or a stack
 * trace. It stands alone, with no layout, since a layout may need the very database that is down.
 */
@Prototype
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("error-page");
        String path = event.getLocation().getPathWithQueryParameters();
        if (DatabaseOutage.isCause(parameter.getException())) {
            LOG.warn("Database unavailable while opening /{}: {}", path, parameter.getException().toString());
            setId("database-unavailable");
            add(new H2(getTranslation("error.databaseUnavailable.title")),
                    new Paragraph(getTranslation("error.databaseUnavailable.page")),
                    new Anchor("/" + path, getTranslation("error.tryAgain")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOG.error("Unexpected error while opening /{}", path, parameter.getException());
        setId("server-error");
        add(new H2(getTranslation("error.server.title")), new Paragraph(getTranslation("error.server.text")),
                new Anchor("/", getTranslation("error.backHome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
