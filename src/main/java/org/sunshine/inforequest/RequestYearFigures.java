package org.sunshine.inforequest;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organ's applications of a year as the annual report's tables 三 and 四 count them (DISCLOSURE.md §3), read from
 * the data, never typed:
 * <ul>
 *   <li>一 本年新收: received in the year (the receipt date; an online one not yet confirmed, its arrival);</li>
 *   <li>二 上年结转: received before the year and not finished at its start;</li>
 *   <li>三 本年度办理结果: finished in the year (replied, ended by the platform, withdrawn), by the row of its result;
 *   三(七) 总计 their sum;</li>
 *   <li>四 结转下年度: received by the year's end and not finished at it;</li>
 * </ul>
 * each by applicant: 自然人, the five kinds of 法人或其他组织, 总计. Every column balances: 一 + 二 = 三(七) + 四,
 * since an application is finished once. Table 四: the 行政复议 and 行政诉讼 filed in the year against the organ's
 * replies, by kind and by their outcome at the year's end (not decided by then: 尚未审结).
 */
@Singleton
public class RequestYearFigures {

    /** The rows of table 三 in print order: the results' rows, 1 … 6.3. */
    public static final List<String> RESULT_ROWS = List.of("1", "2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7",
            "3.8", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2", "6.3");
    /** The columns of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    public static final int COLUMNS = 7;

    private static final String COLUMN = "CASE WHEN applicant_kind = 'PERSON' THEN 0 WHEN org_type = 'BUSINESS' THEN 1 "
            + "WHEN org_type = 'RESEARCH' THEN 2 WHEN org_type = 'PUBLIC_WELFARE' THEN 3 "
            + "WHEN org_type = 'LEGAL_SERVICE' THEN 4 ELSE 5 END";
    private static final String RECEIVED = "COALESCE(received_on, arrived_on)";
    private static final String ORGAN = "department_id = ? AND to_government = ?";

    private final JdbcOperations jdbc;
    private final BusinessClock clock;

    RequestYearFigures(JdbcOperations jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Table 三: {@code received} (一), {@code carried} (二), {@code results} (三, one array per row of
     * {@link #RESULT_ROWS}), {@code finished} (三(七)), {@code carriedOver} (四); each an array of {@link #COLUMNS}.
     */
    public record TableThree(long[] received, long[] carried, long[][] results, long[] finished, long[] carriedOver) {

        /** 一 + 二 = 三(七) + 四 in every column. */
        public boolean balanced() {
            for (int c = 0; c < COLUMNS; c++) {
                if (received[c] + carried[c] != finished[c] + carriedOver[c]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Table 四: for 行政复议, 诉讼 未经复议, 诉讼 复议后, the counts 维持, 纠正, 其他, 尚未审结, 总计. */
    public record TableFour(long[][] byKind) {
    }

    /** An organ as the tables group applications: the department that handles them, and whether for the government. */
    public record Organ(long departmentId, boolean government) {
    }

    @Transactional(readOnly = true)
    public TableThree tableThree(long departmentId, boolean government, int year) {
        Organ organ = new Organ(departmentId, government);
        return threeByOrgan(year, organ).getOrDefault(organ, emptyThree());
    }

    /** Table 三 of every organ with applications, in one pass over the year's applications (four queries). */
    @Transactional(readOnly = true)
    public Map<Organ, TableThree> tableThreeByOrgan(int year) {
        return threeByOrgan(year, null);
    }

    @Transactional(readOnly = true)
    public TableFour tableFour(long departmentId, boolean government, int year) {
        Organ organ = new Organ(departmentId, government);
        return fourByOrgan(year, organ).getOrDefault(organ, emptyFour());
    }

    /** Table 四 of every organ with remedies filed in the year (one query). */
    @Transactional(readOnly = true)
    public Map<Organ, TableFour> tableFourByOrgan(int year) {
        return fourByOrgan(year, null);
    }

    private Map<Organ, TableThree> threeByOrgan(int year, Organ only) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Instant start = first.atStartOfDay(clock.zone()).toInstant();
        Instant end = first.plusYears(1).atStartOfDay(clock.zone()).toInstant();
        Map<Organ, TableThree> tables = new HashMap<>();
        String organ = only == null ? "" : " AND " + ORGAN;
        Object[] organParams = only == null ? new Object[0] : new Object[]{only.departmentId(), only.government()};
        columns(tables, 0, "SELECT department_id, to_government, " + COLUMN + ", COUNT(*) FROM info_request WHERE "
                + RECEIVED + " BETWEEN ? AND ?" + organ + " GROUP BY 1, 2, 3", params(organParams, first, last));
        columns(tables, 1, "SELECT department_id, to_government, " + COLUMN + ", COUNT(*) FROM info_request WHERE "
                + RECEIVED + " < ? AND (closed_at IS NULL OR closed_at >= ?)" + organ + " GROUP BY 1, 2, 3",
                params(organParams, first, start));
        columns(tables, 2, "SELECT department_id, to_government, " + COLUMN + ", COUNT(*) FROM info_request WHERE "
                + RECEIVED + " <= ? AND (closed_at IS NULL OR closed_at >= ?)" + organ + " GROUP BY 1, 2, 3",
                params(organParams, last, end));
        jdbc.prepareStatement("SELECT department_id, to_government, " + COLUMN + ", result, COUNT(*) FROM info_request "
                + "WHERE closed_at >= ? AND closed_at < ? AND result IS NOT NULL" + organ + " GROUP BY 1, 2, 3, 4", s -> {
            bind(s, params(organParams, start, end));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableThree t = tables.computeIfAbsent(new Organ(r.getLong(1), r.getBoolean(2)), k -> emptyThree());
                    int column = r.getInt(3);
                    int row = RESULT_ROWS.indexOf(ReplyResult.valueOf(r.getString(4)).row());
                    long n = r.getLong(5);
                    t.results()[row][column] += n;
                    t.results()[row][COLUMNS - 1] += n;
                    t.finished()[column] += n;
                    t.finished()[COLUMNS - 1] += n;
                }
            }
            return null;
        });
        return tables;
    }

    private Map<Organ, TableFour> fourByOrgan(int year, Organ only) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Organ, TableFour> tables = new HashMap<>();
        String organ = only == null ? "" : " AND r.department_id = ? AND r.to_government = ?";
        Object[] params = only == null ? new Object[]{last, first, last}
                : new Object[]{last, first, last, only.departmentId(), only.government()};
        jdbc.prepareStatement("SELECT r.department_id, r.to_government, m.kind, CASE WHEN m.decided_on IS NOT NULL "
                + "AND m.decided_on <= ? THEN m.outcome ELSE 'PENDING' END, COUNT(*) FROM info_request_remedy m "
                + "JOIN info_request r ON r.id = m.request_id WHERE m.filed_on BETWEEN ? AND ?" + organ
                + " GROUP BY 1, 2, 3, 4", s -> {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableFour t = tables.computeIfAbsent(new Organ(r.getLong(1), r.getBoolean(2)), k -> emptyFour());
                    long[] row = t.byKind()[RemedyKind.valueOf(r.getString(3)).ordinal()];
                    row[RemedyOutcome.valueOf(r.getString(4)).ordinal()] += r.getLong(5);
                    row[row.length - 1] += r.getLong(5);
                }
            }
            return null;
        });
        return tables;
    }

    private static TableThree emptyThree() {
        return new TableThree(new long[COLUMNS], new long[COLUMNS], new long[RESULT_ROWS.size()][COLUMNS],
                new long[COLUMNS], new long[COLUMNS]);
    }

    private static TableFour emptyFour() {
        return new TableFour(new long[RemedyKind.values().length][RemedyOutcome.values().length + 1]);
    }

    /** The query's own parameters, then the organ's. */
    private static Object[] params(Object[] organ, Object... own) {
        Object[] all = new Object[own.length + organ.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(organ, 0, all, own.length, organ.length);
        return all;
    }

    /**
     * The 信息处理费 an organ collected in a year (the report's section 六): the fees paid in the year.
     *
     * @param count  how many applications' fees
     * @param amount their sum, in yuan
     */
    public record Fees(long count, java.math.BigDecimal amount) {
    }

    /** The fees of one organ's applications paid in the year. */
    @Transactional(readOnly = true)
    public Fees fees(long departmentId, boolean government, int year) {
        return fees(" AND " + ORGAN, year, departmentId, government);
    }

    /** The fees of every organ's applications paid in the year (the city government's report). */
    @Transactional(readOnly = true)
    public Fees feesOfAll(int year) {
        return fees("", year);
    }

    private Fees fees(String organ, int year, Object... organParams) {
        Object[] params = new Object[organParams.length + 2];
        System.arraycopy(organParams, 0, params, 0, organParams.length);
        params[organParams.length] = LocalDate.of(year, 1, 1);
        params[organParams.length + 1] = LocalDate.of(year, 12, 31);
        return jdbc.prepareStatement("SELECT COUNT(*), COALESCE(SUM(fee_amount), 0) FROM info_request WHERE "
                + "fee_amount IS NOT NULL" + organ + " AND fee_paid_on BETWEEN ? AND ?", s -> {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Fees(r.getLong(1), r.getBigDecimal(2).setScale(2, java.math.RoundingMode.HALF_UP));
            }
        });
    }

    /**
     * Counts by organ and column, with the total in the last column, into one of table 三's rows: 0 received, 1 carried
     * in, 2 carried over.
     */
    private void columns(Map<Organ, TableThree> tables, int which, String sql, Object... params) {
        jdbc.prepareStatement(sql, s -> {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableThree t = tables.computeIfAbsent(new Organ(r.getLong(1), r.getBoolean(2)), k -> emptyThree());
                    long[] counts = which == 0 ? t.received() : which == 1 ? t.carried() : t.carriedOver();
                    counts[r.getInt(3)] += r.getLong(4);
                    counts[COLUMNS - 1] += r.getLong(4);
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Long n) {
                s.setLong(i++, n);
            } else if (p instanceof Boolean b) {
                s.setBoolean(i++, b);
            } else if (p instanceof LocalDate d) {
                s.setDate(i++, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                s.setTimestamp(i++, Timestamp.from(t));
            } else {
                throw new IllegalArgumentException(Arrays.toString(params));
            }
        }
    }
}
