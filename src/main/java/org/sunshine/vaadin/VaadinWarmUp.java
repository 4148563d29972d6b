package org.sunshine.vaadin;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Singleton;

/**
 * Runs work outside any request with the running Vaadin service as the current one, so that a screen's components can
 * be built in the background — their texts translated, their charts' options written — to have a page's code loaded
 * and compiled before the first person opens it after a start (issue 18). Nothing built so is attached to a UI or sent.
 */
@Singleton
public class VaadinWarmUp {

    private volatile VaadinService service;

    void started(VaadinService running) {
        this.service = running;
    }

    /** Runs {@code work} with the service current; {@code false} (and nothing run) before Vaadin has started. */
    public boolean run(Runnable work) {
        VaadinService running = service;
        if (running == null) {
            return false;
        }
        try {
            VaadinService.setCurrent(running);
            work.run();
            return true;
        } finally {
            CurrentInstance.clearAll();
        }
    }
}
