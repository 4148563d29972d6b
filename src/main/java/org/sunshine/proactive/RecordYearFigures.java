package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's disclosure records of a year as the annual report counts them (DISCLOSURE.md §3), read from the
 * data, never typed. Table 二:
 * <ul>
 *   <li>规章, 行政规范性文件: 本年制发 — in force from a day of the year ({@code issued_on}); 本年废止 — repealed in the
 *   year ({@code repealed_on}); 现行有效 — in force by the year's end and not repealed by then;</li>
 *   <li>行政许可, 行政处罚, 行政强制: 本年处理决定数量 — the records formed in the year ({@code formed_on});</li>
 *   <li>行政事业性收费: the amounts of the fee records formed in the year, summed (in yuan here; the report prints
 *   万元).</li>
 * </ul>
 * One record is one document or decision: a change of a document (repealed, say) is made on its record. For section
 * 一 and 五 of the report: the records published in the year by category, and how many of them were late. Every
 * figure is read for every department at once (one grouped query), or for one.
 */
@Singleton
public class RecordYearFigures {

    private static final String TABLE_TWO = "SELECT department_id, "
            + "SUM(CASE WHEN category = 'RULE' AND issued_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'RULE' AND repealed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'RULE' AND issued_on <= ? AND (repealed_on IS NULL OR repealed_on > ?) "
            + "THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'NORMATIVE' AND issued_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'NORMATIVE' AND repealed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'NORMATIVE' AND issued_on <= ? AND (repealed_on IS NULL OR repealed_on > ?) "
            + "THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'LICENSING' AND formed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'PENALTY' AND formed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'ENFORCEMENT' AND formed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN category = 'FEE' AND formed_on BETWEEN ? AND ? THEN COALESCE(fee_amount, 0) ELSE 0 END) "
            + "FROM disclosure_record WHERE ((category IN ('RULE', 'NORMATIVE') AND issued_on <= ?) "
            + "OR (category IN ('LICENSING', 'PENALTY', 'ENFORCEMENT', 'FEE') AND formed_on BETWEEN ? AND ?))";

    private final JdbcOperations jdbc;

    RecordYearFigures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Table 二's figures of a department (or of several, summed).
     *
     * @param feesYuan the year's fee records' amounts, in yuan
     */
    public record TableTwoFigures(long rulesIssued, long rulesRepealed, long rulesInForce,
                                  long normativeIssued, long normativeRepealed, long normativeInForce,
                                  long licensing, long penalty, long enforcement, BigDecimal feesYuan) {

        public static final TableTwoFigures NONE = new TableTwoFigures(0, 0, 0, 0, 0, 0, 0, 0, 0,
                BigDecimal.ZERO.setScale(2));

        public TableTwoFigures plus(TableTwoFigures o) {
            return new TableTwoFigures(rulesIssued + o.rulesIssued, rulesRepealed + o.rulesRepealed,
                    rulesInForce + o.rulesInForce, normativeIssued + o.normativeIssued,
                    normativeRepealed + o.normativeRepealed, normativeInForce + o.normativeInForce,
                    licensing + o.licensing, penalty + o.penalty, enforcement + o.enforcement,
                    feesYuan.add(o.feesYuan));
        }

        /** The fees as table 二 prints them: 万元, four decimals (one yuan is 0.0001 万元). */
        public BigDecimal feesTenThousandYuan() {
            return feesYuan.movePointLeft(4).setScale(4, RoundingMode.HALF_UP);
        }
    }

    /**
     * The records published in a year.
     *
     * @param byCategory how many of each category (categories with none are left out)
     * @param late       how many of them were published after their deadline
     */
    public record Published(Map<RecordCategory, Long> byCategory, long total, long late) {

        public static final Published NONE = new Published(Map.of(), 0, 0);
    }

    /** Table 二 of one department. */
    @Transactional(readOnly = true)
    public TableTwoFigures tableTwo(long departmentId, int year) {
        return tableTwoByDepartment(year, departmentId).getOrDefault(departmentId, TableTwoFigures.NONE);
    }

    /** Table 二 of every department with records (one query); a department not in the map has none. */
    @Transactional(readOnly = true)
    public Map<Long, TableTwoFigures> tableTwoByDepartment(int year) {
        return tableTwoByDepartment(year, null);
    }

    /** Table 二 of all departments together (the city government's report). */
    @Transactional(readOnly = true)
    public TableTwoFigures tableTwoOfAll(int year) {
        return tableTwoByDepartment(year, null).values().stream().reduce(TableTwoFigures.NONE, TableTwoFigures::plus);
    }

    /** The records a department published in the year, or all departments' ({@code departmentId} null). */
    @Transactional(readOnly = true)
    public Published published(@Nullable Long departmentId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Object> params = new ArrayList<>(List.of(first, last));
        if (departmentId != null) {
            params.add(departmentId);
        }
        return jdbc.prepareStatement("SELECT category, COUNT(*), SUM(CASE WHEN late THEN 1 ELSE 0 END) "
                + "FROM disclosure_record WHERE published_on BETWEEN ? AND ?"
                + (departmentId == null ? "" : " AND department_id = ?") + " GROUP BY category", s -> {
            bind(s, params);
            Map<RecordCategory, Long> byCategory = new EnumMap<>(RecordCategory.class);
            long total = 0;
            long late = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byCategory.put(RecordCategory.valueOf(r.getString(1)), r.getLong(2));
                    total += r.getLong(2);
                    late += r.getLong(3);
                }
            }
            return new Published(byCategory, total, late);
        });
    }

    private Map<Long, TableTwoFigures> tableTwoByDepartment(int year, @Nullable Long departmentId) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 2; i++) { // 规章, then 行政规范性文件: issued, repealed, in force
            params.addAll(List.of(first, last, first, last, last, last));
        }
        for (int i = 0; i < 4; i++) { // 许可, 处罚, 强制, 收费
            params.addAll(List.of(first, last));
        }
        params.addAll(List.of(last, first, last));
        String sql = TABLE_TWO;
        if (departmentId != null) {
            sql += " AND department_id = ?";
            params.add(departmentId);
        }
        return jdbc.prepareStatement(sql + " GROUP BY department_id", s -> {
            bind(s, params);
            Map<Long, TableTwoFigures> byDepartment = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    BigDecimal fees = r.getBigDecimal(11);
                    byDepartment.put(r.getLong(1), new TableTwoFigures(r.getLong(2), r.getLong(3), r.getLong(4),
                            r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10),
                            (fees == null ? BigDecimal.ZERO : fees).setScale(2, RoundingMode.HALF_UP)));
                }
            }
            return byDepartment;
        });
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof LocalDate d) {
                s.setDate(i++, Date.valueOf(d));
            } else {
                s.setLong(i++, (Long) p);
            }
        }
    }
}
