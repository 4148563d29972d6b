package org.sunshine.annualreport;

import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * Who sees and acts on a report: the inspector (the government office) every organ's; a handler their own
 * department's, and — the handler of the government office's department — the city government's too.
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

    /** The organ's own handler. */
    static boolean organ(AnnualReport r, SignedInUser viewer) {
        return viewer.is(Role.HANDLER) && viewer.departmentId() != null && viewer.departmentId() == r.getDepartmentId();
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
