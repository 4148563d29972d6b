package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.BulletinEffects;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The year's commendations and criticisms for the annual assessment: every department on the lists of a bulletin
 * issued that year (by its issue date) and not revoked. A 情况通报 counts for both of its lists.
 */
@Singleton
class AnnualBulletinEffects implements BulletinEffects {

    private final BulletinRepository bulletins;
    private final BulletinDepartmentRepository listed;

    AnnualBulletinEffects(BulletinRepository bulletins, BulletinDepartmentRepository listed) {
        this.bulletins = bulletins;
        this.listed = listed;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Counts> counts(int year) {
        Map<Long, int[]> tally = new HashMap<>();
        for (Bulletin b : bulletins.findByStateAndIssueDateBetween(BulletinState.ISSUED, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))) {
            for (BulletinDepartment d : listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(b.getId())) {
                tally.computeIfAbsent(d.departmentId(), k -> new int[2])[d.role() == DepartmentRole.COMMENDED ? 0 : 1]++;
            }
        }
        Map<Long, Counts> counts = new HashMap<>();
        tally.forEach((department, c) -> counts.put(department, new Counts(c[0], c[1])));
        return counts;
    }
}
