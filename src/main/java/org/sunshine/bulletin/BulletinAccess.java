package org.sunshine.bulletin;

import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read a bulletin: inspectors and leaders all of them; a department's handler the issued (or revoked)
 * bulletins addressed to its department.
 */
@Singleton
class BulletinAccess {

    static final Set<BulletinState> CIRCULATED = EnumSet.of(BulletinState.ISSUED, BulletinState.REVOKED);

    private final BulletinRepository bulletins;
    private final BulletinAddresseeRepository addressees;

    BulletinAccess(BulletinRepository bulletins, BulletinAddresseeRepository addressees) {
        this.bulletins = bulletins;
        this.addressees = addressees;
    }

    Bulletin visible(long id, SignedInUser viewer) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        if (staff(viewer)) {
            return b;
        }
        if (viewer != null && viewer.is(Role.HANDLER) && viewer.departmentId() != null && CIRCULATED.contains(b.getState())
                && addressees.findByBulletinIdAndDepartmentId(id, viewer.departmentId()).isPresent()) {
            return b;
        }
        throw new DomainException("error.notAllowed");
    }

    static boolean staff(SignedInUser viewer) {
        return viewer != null && (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER));
    }
}
