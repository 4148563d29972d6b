package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * An issued bulletin among the departments it is addressed to: each signs for it (签收) within {@code signDays}.
 * (Each criticized department's problem list is rectified item by item, as every rectification is.)
 */
@Singleton
public class Circulation {

    private final BulletinRepository bulletins;
    private final BulletinAddresseeRepository addressees;
    private final BusinessClock clock;

    Circulation(BulletinRepository bulletins, BulletinAddresseeRepository addressees, BusinessClock clock) {
        this.bulletins = bulletins;
        this.addressees = addressees;
        this.clock = clock;
    }

    /**
     * The handler signs for an issued bulletin addressed to their department. The bulletin's row is locked, so a
     * revocation committed a moment earlier is seen; the receipt is written only if still unsigned, so of two
     * colleagues signing at once the first receipt stands and the second is told it is already signed for.
     */
    @Transactional
    public void signFor(long id, SignedInUser handler) {
        if (handler == null || !handler.is(Role.HANDLER) || handler.departmentId() == null) {
            throw new DomainException("error.notAllowed");
        }
        Bulletin b = bulletins.findByIdForUpdate(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        BulletinAddressee a = addressees.findByBulletinIdAndDepartmentId(id, handler.departmentId())
                .orElseThrow(() -> new DomainException("error.notAllowed"));
        if (b.getState() != BulletinState.ISSUED) {
            throw new DomainException("bulletin.error.notIssued");
        }
        if (a.signedAt() != null || addressees.signIfUnsigned(a.id(), clock.now(), handler.displayName()) == 0) {
            throw new DomainException("bulletin.error.signedAlready");
        }
    }
}
