package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestYearFigures;
import org.sunshine.inforequest.RequestYearFigures.TableFour;
import org.sunshine.inforequest.RequestYearFigures.TableThree;
import org.sunshine.proactive.RecordYearFigures;
import org.sunshine.proactive.RecordYearFigures.TableTwoFigures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organ's tables 二, 三 and 四 of a year, computed from the data at the moment they are asked for: 二 from its
 * disclosure records ({@link RecordYearFigures}), 三 and 四 from its applications and their remedies
 * ({@link RequestYearFigures}). The city government's report sums every organ: all departments' records, and the
 * applications to every department (active or not) and to the government itself, since its office compiles the
 * government's report from all of them.
 */
@Singleton
public class ReportTables {

    /** Table 三's rows: 一, 二, the 21 result rows, 三(七), 四. */
    public static final int THREE_ROWS = 25;
    /** Table 四's cells: 3 kinds × (维持, 纠正, 其他, 尚未审结, 总计). */
    public static final int FOUR_CELLS = 15;
    /** The row indexes of table 三's 一, 二, 三(七) and 四 in {@link Tables#threeRows()}. */
    public static final int RECEIVED = 0, CARRIED = 1, FINISHED = 23, CARRIED_OVER = 24;

    private final RecordYearFigures records;
    private final RequestYearFigures requests;

    ReportTables(RecordYearFigures records, RequestYearFigures requests) {
        this.records = records;
        this.requests = requests;
    }

    /**
     * An organ's tables.
     *
     * @param threeRows 25 rows of 7 ({@link ReportContent#threeRows()})
     * @param fourRow   15 numbers ({@link ReportContent#fourRow()})
     */
    public record Tables(TableTwo two, List<List<Long>> threeRows, List<Long> fourRow) {

        /** The first column of table 三 where 一 + 二 ≠ 三(七) + 四, or -1 when every column balances. */
        public int unbalancedColumn() {
            return unbalancedColumn(threeRows);
        }

        public static int unbalancedColumn(List<List<Long>> threeRows) {
            for (int c = 0; c < RequestYearFigures.COLUMNS; c++) {
                if (threeRows.get(RECEIVED).get(c) + threeRows.get(CARRIED).get(c)
                        != threeRows.get(FINISHED).get(c) + threeRows.get(CARRIED_OVER).get(c)) {
                    return c;
                }
            }
            return -1;
        }
    }

    /** The tables of one organ's report. */
    @Transactional(readOnly = true)
    public Tables of(long departmentId, boolean government, int year) {
        if (government) {
            return government(records.tableTwoOfAll(year), requests.tableThreeByOrgan(year),
                    requests.tableFourByOrgan(year));
        }
        return tables(tableTwo(records.tableTwo(departmentId, year)),
                requests.tableThree(departmentId, false, year), requests.tableFour(departmentId, false, year));
    }

    /**
     * Every organ's tables of a year, keyed by the organ's key (the government's {@link Organs#GOVERNMENT}), from one
     * pass over the year's records, applications and remedies (six queries whatever the number of organs).
     */
    @Transactional(readOnly = true)
    public Map<String, Tables> all(int year, List<Organs.Organ> organs) {
        Map<Long, TableTwoFigures> twos = records.tableTwoByDepartment(year);
        Map<RequestYearFigures.Organ, TableThree> threes = requests.tableThreeByOrgan(year);
        Map<RequestYearFigures.Organ, TableFour> fours = requests.tableFourByOrgan(year);
        Map<String, Tables> all = new LinkedHashMap<>();
        for (Organs.Organ organ : organs) {
            if (organ.government()) {
                all.put(organ.key(), government(twos.values().stream().reduce(TableTwoFigures.NONE,
                        TableTwoFigures::plus), threes, fours));
            } else {
                RequestYearFigures.Organ key = new RequestYearFigures.Organ(organ.departmentId(), false);
                all.put(organ.key(), tables(tableTwo(twos.getOrDefault(organ.departmentId(), TableTwoFigures.NONE)),
                        threes.get(key), fours.get(key)));
            }
        }
        return all;
    }

    /** The city as a whole: every department's records, the applications to every organ. */
    private static Tables government(TableTwoFigures two, Map<RequestYearFigures.Organ, TableThree> threes,
                                     Map<RequestYearFigures.Organ, TableFour> fours) {
        long[][] three = new long[THREE_ROWS][RequestYearFigures.COLUMNS];
        long[] four = new long[FOUR_CELLS];
        threes.values().forEach(t -> add(three, four, tables(null, t, null)));
        fours.values().forEach(f -> add(three, four, tables(null, null, f)));
        return new Tables(tableTwo(two), rows(three), list(four));
    }

    private static void add(long[][] three, long[] four, Tables t) {
        for (int r = 0; r < THREE_ROWS; r++) {
            for (int c = 0; c < RequestYearFigures.COLUMNS; c++) {
                three[r][c] += t.threeRows().get(r).get(c);
            }
        }
        for (int i = 0; i < FOUR_CELLS; i++) {
            four[i] += t.fourRow().get(i);
        }
    }

    /** An organ's tables (a table not given: zeros). */
    private static Tables tables(@Nullable TableTwo two, @Nullable TableThree three, @Nullable TableFour four) {
        List<long[]> rows = new ArrayList<>();
        if (three == null) {
            for (int r = 0; r < THREE_ROWS; r++) {
                rows.add(new long[RequestYearFigures.COLUMNS]);
            }
        } else {
            rows.add(three.received());
            rows.add(three.carried());
            rows.addAll(Arrays.asList(three.results()));
            rows.add(three.finished());
            rows.add(three.carriedOver());
        }
        long[] cells = new long[FOUR_CELLS];
        if (four != null) {
            int i = 0;
            for (long[] kind : four.byKind()) {
                for (long n : kind) {
                    cells[i++] = n;
                }
            }
        }
        return new Tables(two, rows(rows.toArray(long[][]::new)), list(cells));
    }

    static TableTwo tableTwo(TableTwoFigures f) {
        return new TableTwo(f.rulesIssued(), f.rulesRepealed(), f.rulesInForce(), f.normativeIssued(),
                f.normativeRepealed(), f.normativeInForce(), f.licensing(), f.penalty(), f.enforcement(),
                f.feesTenThousandYuan());
    }

    private static List<List<Long>> rows(long[][] rows) {
        return Arrays.stream(rows).map(ReportTables::list).toList();
    }

    private static List<Long> list(long[] cells) {
        return Arrays.stream(cells).boxed().toList();
    }
}
