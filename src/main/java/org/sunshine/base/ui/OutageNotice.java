package org.sunshine.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.DatabaseOutage;

/**
 * On every screen, an action that fails because the database cannot be reached says so in the user's language and
 * leaves the screen as it was — what the user typed stays in the fields, to be sent again once the database is back.
 * Every other error goes to Vaadin's default handling.
 */
@Singleton
public class OutageNotice implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutageNotice.class);
    private static final ErrorHandler HANDLER = OutageNotice::handle;
    private static final ErrorHandler DEFAULT = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getSession().setErrorHandler(HANDLER));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !DatabaseOutage.isCause(event.getThrowable())) {
            DEFAULT.error(event);
            return;
        }
        LOG.warn("Database unavailable during a request of {}: {}", ui.getInternals().getActiveViewLocation().getPath(),
                event.getThrowable().toString());
        Notices.error(ui.getTranslation("error.databaseUnavailable.screen"));
    }
}
