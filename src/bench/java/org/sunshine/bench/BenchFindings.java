package org.sunshine.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * The benchmarks' findings (监督意见) with their rectifications and reports, written with multi-row inserts in the
 * caller's transaction: filed over a span of days, in every state — to be confirmed, dismissed, being rectified,
 * reported, returned, closed — each confirmed one with its rectification (deadline three weeks after), and the
 * reported ones with one or two rectification reports, sent on time by a good department and late by a poor one.
 */
final class BenchFindings {

    private static final String[] ISSUES = {"NOT_DISCLOSED", "LATE", "INCOMPLETE", "NON_STANDARD", "DEAD_LINK", "OTHER"};
    private static final String[] SEVERITIES = {"MINOR", "MINOR", "MAJOR", "SERIOUS"};

    /** The words of a finding and of a report; {@code n} counts the findings written. */
    interface Texts {
        String description(int n, Random random);

        String report(int n, Random random);
    }

    /** The same words every time (the assessment benchmark does not read them). */
    static Texts plain(String description, String report) {
        return new Texts() {
            @Override
            public String description(int n, Random random) {
                return description;
            }

            @Override
            public String report(int n, Random random) {
                return report;
            }
        };
    }

    private final Random random;
    private final ZoneId zone;
    private final List<Long> departments;
    private final double[] quality;
    private final IntSupplier department;
    private final List<Long> inspectors;
    private final List<Long> keyAreas;

    /**
     * @param departments the departments, with their quality (0–1: how often on time) at the same index
     * @param department  draws the index of the department of the next finding
     * @param keyAreas    the key areas a finding may be about (one in five about none); may be empty
     */
    BenchFindings(Random random, ZoneId zone, List<Long> departments, double[] quality, IntSupplier department,
                  List<Long> inspectors, List<Long> keyAreas) {
        this.random = random;
        this.zone = zone;
        this.departments = departments;
        this.quality = quality;
        this.department = department;
        this.inspectors = inspectors;
        this.keyAreas = keyAreas;
    }

    /** How many findings and reports were written. */
    record Written(int findings, int reports) {
    }

    /** {@code count} findings filed from three weeks before {@code start} over {@code days} days. */
    Written write(Connection c, LocalDate start, int days, int count, Texts texts) throws Exception {
        long firstFinding = maxId(c, "finding");
        long firstRectification = maxId(c, "rectification");
        int firstReference = (int) count(c, "SELECT COUNT(*) FROM finding");
        List<String> rectificationStates = new ArrayList<>();
        List<LocalDate> confirmedOn = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try (Bulk f = new Bulk(c, "finding", "reference", "department_id", "key_area_id", "issue_type", "description",
                "severity", "state", "source", "filed_by", "filed_by_name", "filed_at", "closed_at", "updated_at")) {
            for (int n = 0; n < count; n++) {
                int d = department.getAsInt();
                LocalDate filed = start.minusDays(21).plusDays(random.nextInt(days));
                LocalDate confirmed = filed.plusDays(2);
                LocalDate due = confirmed.plusDays(21);
                double r = random.nextDouble();
                String stage = r < 0.03 ? "SUBMITTED" : r < 0.05 ? "DISMISSED" : r < 0.17 ? "RECTIFYING"
                        : r < 0.32 ? "REPORTED" : r < 0.37 ? "RETURNED" : "ACCEPTED";
                boolean confirmedAtAll = !stage.equals("SUBMITTED") && !stage.equals("DISMISSED");
                String state = !confirmedAtAll ? stage : stage.equals("ACCEPTED") ? "CLOSED" : "RECTIFYING";
                String reference = String.format(Locale.ROOT, "JD-%d-%05d", filed.getYear(), firstReference + n + 1);
                Long area = keyAreas.isEmpty() || n % 5 == 4 ? null : keyAreas.get(n % keyAreas.size());
                f.add(reference, departments.get(d), area, ISSUES[n % ISSUES.length], texts.description(n, random),
                        SEVERITIES[n % SEVERITIES.length], state, n % 2 == 0 ? "SUPERVISOR" : "INSPECTOR",
                        inspectors.get(n % inspectors.size()), "督查", at(filed),
                        stage.equals("ACCEPTED") ? at(due.plusDays(5)) : null, at(filed));
                rectificationStates.add(confirmedAtAll ? stage : null);
                confirmedOn.add(confirmed);
                references.add(reference);
            }
        }
        // each confirmed finding's rectification (the findings' ids follow their order of insertion)
        try (PreparedStatement q = c.prepareStatement("SELECT id, department_id FROM finding WHERE id > ? ORDER BY id");
             Bulk x = new Bulk(c, "rectification", "subject_kind", "subject_id", "subject_ref", "department_id", "state",
                     "started_on", "days", "due_on", "closed_at", "created_at", "updated_at")) {
            q.setLong(1, firstFinding);
            try (ResultSet r = q.executeQuery()) {
                for (int n = 0; r.next(); n++) {
                    String state = rectificationStates.get(n);
                    if (state != null) {
                        LocalDate confirmed = confirmedOn.get(n);
                        LocalDate due = confirmed.plusDays(21);
                        x.add("finding", r.getLong(1), references.get(n), r.getLong(2), state, confirmed, 15, due,
                                state.equals("ACCEPTED") ? at(due.plusDays(5)) : null, at(confirmed), at(confirmed));
                    }
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < departments.size(); i++) {
            index.put(departments.get(i), i);
        }
        int reportsWritten = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT id, department_id, state, due_on FROM rectification "
                + "WHERE id > ? AND state IN ('REPORTED', 'RETURNED', 'ACCEPTED')");
             Bulk rr = new Bulk(c, "rectification_report", "rectification_id", "text", "submitted_by",
                     "submitted_by_name", "submitted_at", "on_time", "verdict", "verdict_by_name", "verdict_at")) {
            q.setLong(1, firstRectification);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    double qd = quality[index.get(r.getLong(2))];
                    String state = r.getString(3);
                    LocalDate due = r.getObject(4, LocalDate.class);
                    int reports = state.equals("RETURNED")
                            || (state.equals("ACCEPTED") && random.nextInt(5) == 0) ? 2 : 1;
                    // a good department reports a few days early, a poor one may be a week late
                    LocalDate sent = due.minusDays(random.nextDouble() < qd ? 1 + random.nextInt(10)
                            : -1 - random.nextInt(7));
                    for (int k = 0; k < reports; k++) {
                        boolean last = k == reports - 1;
                        String verdict = !last ? "RETURNED" : state.equals("ACCEPTED") ? "ACCEPTED"
                                : state.equals("RETURNED") ? "RETURNED" : null;
                        rr.add(r.getLong(1), texts.report(reportsWritten, random), inspectors.get(k % inspectors.size()),
                                "部门联络员", at(sent), !sent.isAfter(due), verdict, verdict == null ? null : "督查",
                                verdict == null ? null : at(sent.plusDays(2)));
                        sent = sent.plusDays(6);
                        reportsWritten++;
                    }
                }
            }
        }
        return new Written(count, reportsWritten);
    }

    /** A time of a working day's office hours. */
    private Instant at(LocalDate date) {
        return date.atTime(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
    }

    static long maxId(Connection c, String table) throws Exception {
        return count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
