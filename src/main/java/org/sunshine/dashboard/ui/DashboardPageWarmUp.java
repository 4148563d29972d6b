package org.sunshine.dashboard.ui;

import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.dashboard.Dashboard;
import org.sunshine.dashboard.DashboardWarmUp;
import org.sunshine.dashboard.Headlines;
import org.sunshine.dashboard.ProactiveBoard;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.SignedInUser;
import org.sunshine.vaadin.VaadinWarmUp;

/**
 * The dashboard's page built in the warm-up after a start, as the reader would see it, outside any request and never
 * shown: its components, texts and charts' options are made and written as a browser's first answer once, so that the
 * first person to open the page after a restart does not wait for its code to be loaded and compiled (issue 18).
 */
@Singleton
class DashboardPageWarmUp implements DashboardWarmUp.Page {

    private final Dashboard dashboard;
    private final Headlines headlines;
    private final ProactiveBoard proactive;
    private final KeyAreaService areas;
    private final BusinessClock clock;
    private final VaadinWarmUp vaadin;

    DashboardPageWarmUp(Dashboard dashboard, Headlines headlines, ProactiveBoard proactive, KeyAreaService areas,
                        BusinessClock clock, VaadinWarmUp vaadin) {
        this.dashboard = dashboard;
        this.headlines = headlines;
        this.proactive = proactive;
        this.areas = areas;
        this.clock = clock;
        this.vaadin = vaadin;
    }

    @Override
    public void build(SignedInUser reader) {
        vaadin.run(() -> vaadin.render(page(reader)));
    }

    /** The page as {@code reader} would see it (with the Vaadin service current). */
    DashboardView page(SignedInUser reader) {
        return new DashboardView(dashboard, headlines, proactive, areas, reader, clock);
    }
}
