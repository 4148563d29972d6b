package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.finding.FindingSettings;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.rectification.RectificationSettings;
import org.sunshine.supervision.SupervisionSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a realistic history of complaints — and, if asked, their timelines, review tasks, findings and
 * rectification reports — for the demo (a year of the demo city, {@link DemoActivity}) and for benchmarks
 * (a million complaints over 200 departments).
 * <p>
 * <b>Not through the services.</b> The history lies in the past, and the services run on today's clock: every step
 * they take is dated now. Here every complaint is played through its life on the working-day calendar from the
 * day it was submitted — accepted, assigned, received, perhaps returned and re-routed, perhaps extended, replied
 * on time or late, rated, reopened once, closed as not rated when the window ran out — checking each step against
 * {@link ComplaintWorkflow} (and {@link FindingWorkflow} for findings), and the result as it stood at
 * {@link Spec#asOf()} (default: now) is written with batched multi-row JDBC inserts on a connection of the pool
 * itself: {@value #ROWS_PER_STATEMENT} rows per INSERT statement and one transaction per batch of
 * {@value #ROWS_PER_STATEMENT} complaints (with their events and review tasks), one per month of findings. A
 * failure leaves the batches already committed.
 * <p>
 * <b>What a complaint looks like.</b> Submitted on a day of [from, to] (fewer on weekends and holidays, a mild
 * seasonal curve) mostly in office hours, by the web form, the API (12345 hotline, mayor's mailbox), phone or letter
 * (entered by an inspector); anonymous — no name, phone or address, not even made-up ones; the query code's hash
 * and salt are random (nobody can look the item up). Deadlines are {@link WorkingDayCalendar#plus} of the start
 * dates by the configured days ({@code sunshine.complaints.*}), as {@code ComplaintDeadlines} computes them. Each
 * department has a quality level drawn from the seed, so that some are late a lot and some rarely, and
 * satisfaction differs too. Subjects, contents and replies are Chinese templates per key area ({@link HistoryTexts}).
 * <p>
 * <b>Tracking codes</b> keep the real format {@code yyyyMMdd-NNNNNN} (the submission's business date): per day, the
 * six digits run through a fixed permutation of 000000–999999 starting at a point drawn from the seed, skipping
 * every code of that day already in the table, so generated codes look random, never collide with real ones or an
 * earlier run, and stay unique.
 * <p>
 * Deterministic: the same spec (seed, lists, dates, asOf) on the same calendar and users gives the same rows,
 * except for tracking codes skipped because they were taken. The ids are the database's.
 * <p>
 * <b>The parts.</b> {@link HistoryCity} reads the city, {@link HistoryComplaints} draws the complaints day by day and
 * {@link ComplaintPlayer} plays each through, {@link HistoryReviews} gives review tasks, {@link HistoryFindings} files
 * and plays the findings ({@link FindingLife}); {@link ComplaintWriter} and {@link FindingWriter} write them through
 * {@link Bulk}, on the clock of {@link HistoryTime} with the draws of {@link HistoryRandom}.
 */
@Singleton
public class HistoryGenerator {

    public static final int ROWS_PER_STATEMENT = 1000;
    /** The share (%) of replied complaints in a supervisor's scope given for review (capped by the setting). */
    static final int REVIEW_PERCENT = 30;
    /** Findings filed per department and month, on average (weak departments get more). */
    static final double FINDINGS_PER_DEPARTMENT_MONTH = 2.5;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryGenerator.class);

    /**
     * What to generate.
     *
     * @param from          the first day complaints are submitted on
     * @param to            the last day (before the day of {@code asOf})
     * @param complaints    how many complaints
     * @param departmentIds the departments complaints go to (existing ones)
     * @param keyAreaIds    the key areas complaints are about (one in five has none); may be empty
     * @param withEvents    write every complaint's timeline ({@code workflow_event})
     * @param withFindings  write review tasks for replied complaints (to supervisors in office whose scope covers
     *                      them, if any), findings by inspectors and supervisors each month (if there are
     *                      inspectors) with their timelines and rectification reports, and the findings opened by low
     *                      review scores
     * @param seed          the same seed gives the same history
     * @param asOf          the moment the history is written as of: later steps have not happened yet (null: now)
     */
    public record Spec(LocalDate from, LocalDate to, int complaints, List<Long> departmentIds, List<Long> keyAreaIds,
                       boolean withEvents, boolean withFindings, long seed, @Nullable Instant asOf) {

        public Spec {
            departmentIds = List.copyOf(departmentIds);
            keyAreaIds = List.copyOf(keyAreaIds);
        }

        /** As of now. */
        public Spec(LocalDate from, LocalDate to, int complaints, List<Long> departmentIds, List<Long> keyAreaIds,
                    boolean withEvents, boolean withFindings, long seed) {
            this(from, to, complaints, departmentIds, keyAreaIds, withEvents, withFindings, seed, null);
        }
    }

    /** What was written, and how long it took. */
    public record Summary(int complaints, Map<ComplaintState, Integer> byState, int events, int reviews, int findings,
                          int findingEvents, int reports, Duration took) {

        public double complaintsPerSecond() {
            return complaints / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    private final DataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final ComplaintSettings complaintSettings;
    private final FindingSettings findingSettings;
    private final RectificationSettings rectificationSettings;
    private final SupervisionSettings supervisionSettings;
    private final Messages messages;
    private final Clock clock;

    public HistoryGenerator(DataSource dataSource, WorkingDayCalendar calendar, ComplaintSettings complaintSettings,
                            FindingSettings findingSettings, RectificationSettings rectificationSettings,
                            SupervisionSettings supervisionSettings, Messages messages, Clock clock) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.complaintSettings = complaintSettings;
        this.findingSettings = findingSettings;
        this.rectificationSettings = rectificationSettings;
        this.supervisionSettings = supervisionSettings;
        this.messages = messages;
        this.clock = clock;
    }

    public Summary generate(Spec spec) {
        Instant asOf = (spec.asOf() == null ? Instant.now(clock) : spec.asOf()).truncatedTo(ChronoUnit.SECONDS);
        if (spec.from().isAfter(spec.to()) || spec.complaints() < 0) {
            throw new IllegalArgumentException("No such history: " + spec);
        }
        if (!spec.to().isBefore(LocalDate.ofInstant(asOf, clock.getZone()))) {
            throw new IllegalArgumentException("A history must end before the day it is written as of: " + spec.to() + ", " + asOf);
        }
        if (spec.complaints() > 0 && spec.departmentIds().isEmpty()) {
            throw new IllegalArgumentException("Complaints need departments");
        }
        long started = System.nanoTime();
        // the pool itself, not the bean that joins the caller's transaction: each batch commits on its own
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                HistoryTime time = new HistoryTime(calendar, clock.getZone(), asOf);
                HistoryCity city = new HistoryCity(c, spec);
                HistoryTally tally = new HistoryTally();
                HistoryReviews supervision = new HistoryReviews(spec.seed(), time, city, supervisionSettings, messages);
                new HistoryComplaints(spec, c, time, new ComplaintPlayer(spec.withEvents(), city, time, complaintSettings),
                        supervision, messages, tally).write();
                long complaintsDone = System.nanoTime();
                if (spec.withFindings()) {
                    new HistoryFindings(spec, c, time, city, findingSettings, rectificationSettings, tally)
                            .write(supervision.plans());
                }
                LOG.debug("Complaints in {} ms, findings in {} ms", (complaintsDone - started) / 1_000_000,
                        (System.nanoTime() - complaintsDone) / 1_000_000);
                Summary summary = new Summary(tally.complaints, Collections.unmodifiableMap(tally.byState), tally.events,
                        tally.reviews, tally.findings, tally.findingEvents, tally.reports,
                        Duration.ofNanos(System.nanoTime() - started));
                LOG.info("Generated {} complaints from {} to {} ({} events, {} reviews, {} findings, {} reports) in {} ms, "
                                + "{} complaints/s", summary.complaints(), spec.from(), spec.to(), summary.events(),
                        summary.reviews(), summary.findings(), summary.reports(), summary.took().toMillis(),
                        Math.round(summary.complaintsPerSecond()));
                return summary;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback(); // the batch under way; the ones before it stay
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the history failed: " + e.getMessage(), e);
        }
    }

    /** For the logs and the demo: counts by state in the order of the states. */
    static String describe(Summary summary) {
        Map<ComplaintState, Integer> ordered = new LinkedHashMap<>();
        for (ComplaintState s : ComplaintState.values()) {
            if (summary.byState().containsKey(s)) {
                ordered.put(s, summary.byState().get(s));
            }
        }
        return ordered.toString();
    }
}
