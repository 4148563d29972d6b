package org.sunshine.annualreport;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Hand-built data for the annual report's tests, written with SQL in the test's transaction (rolled back with it):
 * applications with their result and fee, remedies, disclosure records.
 */
final class HandBuilt {

    private final JdbcOperations jdbc;
    private final DepartmentService departments;
    private int n;

    HandBuilt(JdbcOperations jdbc, DepartmentService departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    long department(String code) {
        return departments.active().stream().filter(d -> d.code().equals(code)).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
    }

    long office() {
        return departments.active().stream().filter(d -> d.type() == DepartmentType.GOVERNMENT_OFFICE)
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    String officeCode() {
        return departments.active().stream().filter(d -> d.type() == DepartmentType.GOVERNMENT_OFFICE)
                .map(DepartmentRow::code).findFirst().orElseThrow();
    }

    /**
     * An application received on a day, closed on another (null: still open) with a result (null with a closing day:
     * a broken row, as no service would write it).
     */
    long request(long department, boolean government, String kind, String orgType, String received, String closed,
                 String state, String result) {
        return request(department, government, kind, orgType, received, closed, state, result, null, null);
    }

    long request(long department, boolean government, String kind, String orgType, String received, String closed,
                 String state, String result, String fee, String feePaid) {
        n++;
        String no = "YSAR-" + String.format("%06d", n);
        LocalDate on = LocalDate.parse(received);
        jdbc.prepareStatement("INSERT INTO info_request (request_no, query_code_hash, query_code_salt, department_id, "
                + "to_government, channel, state, applicant_kind, applicant_name, org_type, description, form_wanted, "
                + "delivery, arrived_at, arrived_on, received_on, reply_start, closed_at, result, fee_amount, "
                + "fee_paid_on, updated_at) VALUES (?, REPEAT('0', 64), REPEAT('0', 32), ?, ?, 'ONLINE', ?, ?, '测试', "
                + "?, '测试用申请', 'EMAIL', 'EMAIL', ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, no);
            s.setLong(2, department);
            s.setBoolean(3, government);
            s.setString(4, state);
            s.setString(5, kind);
            s.setString(6, orgType);
            s.setTimestamp(7, at(on));
            s.setDate(8, Date.valueOf(on));
            s.setDate(9, Date.valueOf(on));
            s.setDate(10, Date.valueOf(on));
            s.setTimestamp(11, closed == null ? null : at(LocalDate.parse(closed)));
            s.setString(12, result);
            s.setBigDecimal(13, fee == null ? null : new BigDecimal(fee));
            s.setDate(14, feePaid == null ? null : Date.valueOf(feePaid));
            s.setTimestamp(15, at(on));
            return s.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT id FROM info_request WHERE request_no = ?", s -> {
            s.setString(1, no);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    void remedy(long requestId, String kind, String filed, String outcome, String decided) {
        jdbc.prepareStatement("INSERT INTO info_request_remedy (request_id, kind, body, filed_on, outcome, decided_on, "
                + "recorded_by, recorded_at) VALUES (?, ?, '盘锦市人民政府', ?, ?, ?, 0, ?)", s -> {
            s.setLong(1, requestId);
            s.setString(2, kind);
            s.setDate(3, Date.valueOf(filed));
            s.setString(4, outcome);
            s.setDate(5, decided == null ? null : Date.valueOf(decided));
            s.setTimestamp(6, at(LocalDate.parse(filed)));
            return s.executeUpdate();
        });
    }

    void record(long department, String category, String formed, String issued, String fee) {
        jdbc.prepareStatement("INSERT INTO disclosure_record (department_id, title, category, formed_on, published_on, "
                + "clock_days, due_on, late, channel, issued_on, fee_amount, created_at, updated_at) "
                + "VALUES (?, '测试记录', ?, ?, ?, 20, ?, FALSE, 'WEBSITE', ?, ?, ?, ?)", s -> {
            s.setLong(1, department);
            s.setString(2, category);
            s.setDate(3, Date.valueOf(formed));
            s.setDate(4, Date.valueOf(LocalDate.parse(formed).plusDays(2)));
            s.setDate(5, Date.valueOf(LocalDate.parse(formed).plusDays(28)));
            s.setDate(6, issued == null ? null : Date.valueOf(issued));
            s.setBigDecimal(7, fee == null ? null : new BigDecimal(fee));
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.setTimestamp(9, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        });
    }

    /** Ten in the morning in Beijing. */
    static Timestamp at(LocalDate day) {
        return Timestamp.from(LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
