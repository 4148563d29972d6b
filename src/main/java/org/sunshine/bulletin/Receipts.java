package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.util.List;
import java.util.Map;

/** The addressed departments' receipts (签收) of a bulletin, with their clocks: for its page and its list. */
@Singleton
class Receipts {

    private final BulletinAddresseeRepository addressees;
    private final BulletinDeadlines deadlines;
    private final BusinessClock clock;

    Receipts(BulletinAddresseeRepository addressees, BulletinDeadlines deadlines, BusinessClock clock) {
        this.addressees = addressees;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The receipts of a bulletin: all of them, or only {@code own}'s. */
    List<Receipt> of(Bulletin b, @Nullable Long own, Map<Long, String> departmentNames) {
        return addressees.findByBulletinId(b.getId()).stream()
                .filter(a -> own == null || a.departmentId() == own)
                .map(a -> receipt(b, a, departmentNames)).toList();
    }

    /** Addressed departments that have not signed and are past the deadline. */
    int overdue(Bulletin b, List<BulletinAddressee> to) {
        return (int) to.stream().filter(a -> a.signedAt() == null && a.signDue() != null
                && clock.today().isAfter(a.signDue()) && b.getState() == BulletinState.ISSUED).count();
    }

    private Receipt receipt(Bulletin b, BulletinAddressee a, Map<Long, String> departmentNames) {
        boolean running = b.getState() == BulletinState.ISSUED && a.signedAt() == null;
        boolean late = a.signedAt() != null && a.signDue() != null && clock.dateOf(a.signedAt()).isAfter(a.signDue());
        return new Receipt(a.departmentId(), departmentNames.getOrDefault(a.departmentId(), ""), a.signDue(),
                a.signedAt(), a.signedByName(), deadlines.warning(running, a.signDue()), late,
                deadlines.usesFallback(a.signDue()));
    }
}
