package org.sunshine.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.ConstantPool;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs work outside any request with the running Vaadin service as the current one, so that a screen's components can
 * be built in the background — their texts translated, their charts' options written — to have a page's code loaded
 * and compiled before the first person opens it after a start (issue 18) — and their state written as the first answer
 * to a browser would carry it, in a UI of their own that no browser ever sees. Nothing built so is sent.
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

    /**
     * Puts {@code page} in a UI of its own, never shown, and writes the page's state as the first answer to a browser
     * would (the changes of its state tree as JSON); returns what was written. Inside {@link #run}.
     */
    public String render(Component page) {
        ReentrantLock lock = new ReentrantLock();
        VaadinSession session = new VaadinSession(VaadinService.getCurrent()) {
            @Override
            public Lock getLockInstance() {
                return lock;
            }
        };
        lock.lock();
        try {
            session.setConfiguration(VaadinService.getCurrent().getDeploymentConfiguration());
            VaadinSession.setCurrent(session);
            UI ui = new UI();
            ui.getInternals().setSession(session);
            UI.setCurrent(ui);
            ui.add(page);
            StateTree tree = ui.getInternals().getStateTree();
            tree.runExecutionsBeforeClientResponse();
            ConstantPool constants = new ConstantPool();
            StringBuilder written = new StringBuilder();
            tree.collectChanges(change -> written.append(change.toJson(constants)).append('\n'));
            ui.getInternals().dumpPendingJavaScriptInvocations();
            return written.append(constants.dumpConstants()).toString();
        } finally {
            lock.unlock();
        }
    }
}
