package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.BulletinEffects;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The year's commendations and criticisms for the annual assessment, from the bulletins issued and not revoked. A
 * department counts at most one commendation and one criticism per assessment period: the first issued bulletin on
 * the period that lists it counts, in the year of its issue date; a later one on the same period (a 通报批评 after
 * the 情况通报) adds nothing. A 情况通报 counts for both of its lists.
 */
@Singleton
class AnnualBulletinEffects implements BulletinEffects {

    /** One department on one list of one period. */
    private record Listing(long departmentId, long periodId, DepartmentRole role) {
    }

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
        Set<Listing> counted = new HashSet<>();
        // earlier years too: a period's listing already counted then is not counted again this year
        for (Bulletin b : bulletins.findByStateAndIssueDateLessThanEqualsOrderByIssueDateAscAndIdAsc(BulletinState.ISSUED,
                LocalDate.of(year, 12, 31))) {
            boolean thisYear = b.getIssueDate().getYear() == year;
            for (BulletinDepartment d : listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(b.getId())) {
                if (counted.add(new Listing(d.departmentId(), b.getPeriodId(), d.role())) && thisYear) {
                    tally.computeIfAbsent(d.departmentId(), k -> new int[2])[d.role() == DepartmentRole.COMMENDED ? 0 : 1]++;
                }
            }
        }
        Map<Long, Counts> counts = new HashMap<>();
        tally.forEach((department, c) -> counts.put(department, new Counts(c[0], c[1])));
        return counts;
    }
}
