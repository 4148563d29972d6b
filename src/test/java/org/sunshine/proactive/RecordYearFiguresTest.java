package org.sunshine.proactive;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 二 of 2022 against hand-built records of two departments (no other test and no demo data use 2022's records):
 * rules and normative documents issued, repealed and in force across the years' edges, decisions formed on the first
 * and last days of the year and outside it, fees in yuan summed and printed in 万元 with four decimals; the government's
 * sum; the records published in the year by category with the late ones. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class RecordYearFiguresTest {

    @Inject
    RecordYearFigures figures;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DepartmentService departments;

    private long department(String code) {
        return departments.active().stream().filter(d -> d.code().equals(code)).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
    }

    /** One line a record: category, formed, published, issued, repealed, fee (yuan), late — and what it counts for. */
    private void records(long mzj) {
        // 规章: issued 2021, in force at the end of 2022 (not repealed) → in force only
        record(mzj, "RULE", "2021-03-01", "2021-03-05", "2021-04-01", null, null, false);
        // 规章: issued 2022-01-01 (first day), repealed 2022-12-31 (last day) → issued, repealed, not in force
        record(mzj, "RULE", "2021-12-20", "2021-12-25", "2022-01-01", "2022-12-31", null, false);
        // 规章: issued 2022, repealed 2023 → issued, in force at the end of 2022
        record(mzj, "RULE", "2022-05-01", "2022-05-06", "2022-06-01", "2023-02-01", null, true);
        // 规章: issued 2023 → nothing in 2022
        record(mzj, "RULE", "2022-12-20", "2022-12-28", "2023-01-01", null, null, false);
        // 规范性文件: issued 2019, repealed 2022 → repealed only
        record(mzj, "NORMATIVE", "2019-01-10", "2019-01-15", "2019-02-01", "2022-07-01", null, false);
        // 规范性文件: issued 2020, repealed 2021 → nothing
        record(mzj, "NORMATIVE", "2020-01-10", "2020-01-15", "2020-02-01", "2021-07-01", null, false);
        // 规范性文件: issued 2022 → issued and in force
        record(mzj, "NORMATIVE", "2022-08-01", "2022-08-03", "2022-09-01", null, null, false);
        // decisions: formed on the year's first and last day count, the days around them do not
        record(mzj, "LICENSING", "2022-01-01", "2022-01-05", null, null, null, false);
        record(mzj, "LICENSING", "2022-12-31", "2023-01-04", null, null, null, false);
        record(mzj, "LICENSING", "2021-12-31", "2022-01-04", null, null, null, false);
        record(mzj, "LICENSING", "2023-01-01", "2023-01-04", null, null, null, false);
        record(mzj, "PENALTY", "2022-03-01", "2022-03-20", null, null, null, true);
        record(mzj, "ENFORCEMENT", "2022-04-01", "2022-04-02", null, null, null, false);
        record(mzj, "ENFORCEMENT", "2022-04-02", "2022-04-03", null, null, null, false);
        // fees: 12,345.67 + 0.33 yuan formed in 2022 = 1.2346 万元; one formed in 2021 does not count
        record(mzj, "FEE", "2022-02-01", "2022-02-05", null, null, "12345.67", false);
        record(mzj, "FEE", "2022-11-01", "2022-11-05", null, null, "0.33", false);
        record(mzj, "FEE", "2021-11-01", "2021-11-05", null, null, "99999.00", false);
        // other categories count in no row of table 二
        record(mzj, "BUDGET", "2022-03-01", "2022-03-02", null, null, null, false);
    }

    @Test
    void tableTwoCountsDocumentsByTheirDatesAndDecisionsByTheYearTheyWereFormed() {
        long mzj = department("MZJ");
        records(mzj);
        RecordYearFigures.TableTwoFigures t = figures.tableTwo(mzj, 2022);
        assertThat(new long[]{t.rulesIssued(), t.rulesRepealed(), t.rulesInForce()}).containsExactly(2, 1, 2);
        assertThat(new long[]{t.normativeIssued(), t.normativeRepealed(), t.normativeInForce()}).containsExactly(1, 1, 1);
        assertThat(new long[]{t.licensing(), t.penalty(), t.enforcement()}).containsExactly(2, 1, 2);
        assertThat(t.feesYuan()).isEqualByComparingTo("12346.00");
        assertThat(t.feesTenThousandYuan()).isEqualTo(new BigDecimal("1.2346"));

        RecordYearFigures.TableTwoFigures y2021 = figures.tableTwo(mzj, 2021);
        assertThat(new long[]{y2021.rulesIssued(), y2021.rulesInForce(), y2021.normativeRepealed(),
                y2021.normativeInForce()}).as("2021: the 2021 rule issued and in force, one document repealed, one in force")
                .containsExactly(1, 1, 1, 1);
        assertThat(y2021.feesTenThousandYuan()).isEqualTo(new BigDecimal("9.9999"));
    }

    @Test
    void theGovernmentsTableTwoIsEveryDepartmentsSum() {
        long mzj = department("MZJ");
        String otherCode = departments.active().stream().map(DepartmentRow::code)
                .filter(c -> !c.equals("MZJ")).findFirst().orElseThrow();
        long other = department(otherCode);
        records(mzj);
        record(other, "LICENSING", "2022-06-01", "2022-06-03", null, null, null, false);
        record(other, "FEE", "2022-06-01", "2022-06-03", null, null, "50000.00", false);
        record(other, "RULE", "2022-06-01", "2022-06-03", "2022-07-01", null, null, false);

        assertThat(figures.tableTwoByDepartment(2022)).containsKeys(mzj, other);
        RecordYearFigures.TableTwoFigures all = figures.tableTwoOfAll(2022);
        RecordYearFigures.TableTwoFigures sum = figures.tableTwo(mzj, 2022).plus(figures.tableTwo(other, 2022));
        assertThat(all).isEqualTo(sum);
        assertThat(all.licensing()).isEqualTo(3);
        assertThat(all.rulesIssued()).isEqualTo(3);
        assertThat(all.feesTenThousandYuan()).isEqualTo(new BigDecimal("6.2346"));
    }

    @Test
    void theRecordsPublishedInTheYearByCategoryWithTheLateOnes() {
        long mzj = department("MZJ");
        records(mzj);
        RecordYearFigures.Published p = figures.published(mzj, 2022);
        // published in 2022: the 3rd and 4th rules, the 3rd document, two licences (the 12-31 one was published
        // in 2023), the penalty (late), two enforcements, two fees, the budget; the 3rd rule was late too
        assertThat(p.byCategory()).containsEntry(RecordCategory.RULE, 2L).containsEntry(RecordCategory.NORMATIVE, 1L)
                .containsEntry(RecordCategory.LICENSING, 2L).containsEntry(RecordCategory.PENALTY, 1L)
                .containsEntry(RecordCategory.ENFORCEMENT, 2L).containsEntry(RecordCategory.FEE, 2L)
                .containsEntry(RecordCategory.BUDGET, 1L);
        assertThat(p.total()).isEqualTo(11);
        assertThat(p.late()).isEqualTo(2);
        assertThat(figures.published(null, 2022).total()).isGreaterThanOrEqualTo(11);
    }

    private void record(long department, String category, String formed, String published, String issued,
                        String repealed, String fee, boolean late) {
        jdbc.prepareStatement("INSERT INTO disclosure_record (department_id, title, category, formed_on, published_on, "
                + "clock_days, due_on, late, channel, issued_on, repealed_on, fee_amount, created_at, updated_at) "
                + "VALUES (?, '测试记录', ?, ?, ?, 20, ?, ?, 'WEBSITE', ?, ?, ?, ?, ?)", s -> {
            s.setLong(1, department);
            s.setString(2, category);
            s.setDate(3, Date.valueOf(formed));
            s.setDate(4, Date.valueOf(published));
            s.setDate(5, Date.valueOf(LocalDate.parse(formed).plusDays(28)));
            s.setBoolean(6, late);
            s.setDate(7, issued == null ? null : Date.valueOf(issued));
            s.setDate(8, repealed == null ? null : Date.valueOf(repealed));
            s.setBigDecimal(9, fee == null ? null : new BigDecimal(fee));
            s.setTimestamp(10, Timestamp.from(Instant.now()));
            s.setTimestamp(11, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        });
    }
}
