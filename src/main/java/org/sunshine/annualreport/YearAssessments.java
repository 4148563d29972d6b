package org.sunshine.annualreport;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.BulletinEffects;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the city government's report tells in its section 六 (Art. 50: 考核、社会评议和责任追究): the assessment periods
 * that ended in the year and are locked, with their grades as locked (the revision in force); the year's bulletins'
 * commendations and criticisms, counted as the annual assessment counts them.
 */
@Singleton
class YearAssessments {

    /** A locked period of the year and how many departments got each grade. */
    record Assessed(String periodName, Map<Grade, Long> grades) {
    }

    /** The year's commendations and criticisms: department-times, and how many departments. */
    record Bulletins(int commendations, int criticisms, int commended, int criticized) {
    }

    private final PeriodQueries periods;
    private final PeriodResults results;
    private final List<BulletinEffects> bulletins;

    YearAssessments(PeriodQueries periods, PeriodResults results, List<BulletinEffects> bulletins) {
        this.periods = periods;
        this.results = results;
        this.bulletins = bulletins;
    }

    @Transactional(readOnly = true)
    List<Assessed> lockedIn(int year) {
        List<Assessed> assessed = new ArrayList<>();
        for (Period p : periods.locked()) {
            if (p.getEndsOn().getYear() != year) {
                continue;
            }
            ResultTable table = results.locked(p, p.getRevision());
            Map<Grade, Long> grades = new EnumMap<>(Grade.class);
            table.rows().forEach(r -> grades.merge(r.grade(), 1L, Long::sum));
            assessed.add(new Assessed(p.getName(), grades));
        }
        return assessed;
    }

    @Transactional(readOnly = true)
    Bulletins bulletins(int year) {
        int commendations = 0, criticisms = 0, commended = 0, criticized = 0;
        for (BulletinEffects source : bulletins) {
            for (BulletinEffects.Counts c : source.counts(year).values()) {
                commendations += c.commendations();
                criticisms += c.criticisms();
                commended += c.commendations() > 0 ? 1 : 0;
                criticized += c.criticisms() > 0 ? 1 : 0;
            }
        }
        return new Bulletins(commendations, criticisms, commended, criticized);
    }
}
