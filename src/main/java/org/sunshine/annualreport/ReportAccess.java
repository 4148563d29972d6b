package org.sunshine.annualreport;

import org.sunshine.base.DomainException;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees and acts on a report: the inspector (the government office) sees every organ's and checks it; a handler
 * sees and writes their own department's — the handler of the government office's department the city government's
 * too. The government's report is compiled by its office, so the office's inspectors write it (and their own
 * department's) as its handler would: acting as the organ ({@link Actor#HANDLER}) on it.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static boolean sees(long departmentId, SignedInUser viewer) {
        return viewer.is(Role.INSPECTOR)
                || viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId() == departmentId;
    }

    static void checkSees(long departmentId, SignedInUser viewer) {
        if (!sees(departmentId, viewer)) {
            throw new DomainException("error.notAllowed");
        }
    }

    /** The organ itself: its handler; for the government's report and the office's own, the office's inspectors too. */
    static boolean organ(AnnualReport r, SignedInUser viewer) {
        boolean own = viewer.departmentId() != null && viewer.departmentId() == r.getDepartmentId();
        return viewer.is(Role.HANDLER) && own || viewer.is(Role.INSPECTOR) && (own || r.isToGovernment());
    }

    /** The steps the viewer may take on the report now: as the office, and as the organ. */
    static Set<ReportAction> available(AnnualReport r, SignedInUser viewer) {
        Set<ReportAction> actions = EnumSet.noneOf(ReportAction.class);
        if (viewer.is(Role.INSPECTOR)) {
            actions.addAll(ReportWorkflow.TABLE.available(r.getState(), Actor.INSPECTOR));
        }
        if (organ(r, viewer)) {
            actions.addAll(ReportWorkflow.TABLE.available(r.getState(), Actor.HANDLER));
        }
        return actions;
    }

    /** Who takes a step: the viewer in their role, or — an inspector doing the organ's step — as the organ. */
    static By by(AnnualReport r, ReportAction action, SignedInUser viewer) {
        By own = By.user(viewer);
        if (ReportWorkflow.TABLE.next(r.getState(), action, own.actor()).isEmpty() && viewer.is(Role.INSPECTOR)
                && organ(r, viewer)) {
            return By.as(Actor.HANDLER, viewer);
        }
        return own;
    }

    static void checkOrgan(AnnualReport r, SignedInUser viewer) {
        if (!organ(r, viewer)) {
            throw new DomainException("error.notAllowed");
        }
    }

    static void checkInspector(SignedInUser viewer) {
        if (!viewer.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
    }
}
