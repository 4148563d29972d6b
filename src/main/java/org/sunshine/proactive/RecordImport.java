package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records imported from a spreadsheet (CSV or XLSX) for one department: the whole file or nothing. Every line is
 * read and checked as a form would be ({@link RecordChecks}, all its problems), and checked against the other lines
 * and the department's records for a duplicate (same 标题, 文号, 形成或变更日期, 公开日期); if anything is wrong, nothing
 * is written and every problem is returned with its line and column. Otherwise all the records are written in one
 * transaction ({@link RecordWriter}), stamped with one import batch, with one audit entry.
 */
@Singleton
public class RecordImport {

    /** The most data lines a file may have. */
    public static final int MAX_ROWS = 50_000;
    /** The largest file taken: the server's request limit (micronaut.server.max-request-size). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The most problems a refusal lists (all are counted). */
    public static final int MAX_LISTED = 1_000;

    private final RecordWriter writer;
    private final ImportLabels labels;
    private final ResponsibilityService items;
    private final DepartmentService departments;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final BusinessClock clock;

    RecordImport(RecordWriter writer, ImportLabels labels, ResponsibilityService items, DepartmentService departments,
                 JdbcOperations jdbc, AuditLog audit, BusinessClock clock) {
        this.writer = writer;
        this.labels = labels;
        this.items = items;
        this.departments = departments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a file for a department: a handler's own, or any active one for an administrator.
     *
     * @throws DomainException if the user may not record for the department (nothing is read)
     */
    @Transactional
    public ImportResult importFile(@Nullable String fileName, byte[] content, @Nullable Long departmentId,
                                   SignedInUser user) {
        if (!Records.mayRecord(user, departmentId)) {
            throw new DomainException("error.notAllowed");
        }
        if (!departments.isActive(departmentId)) {
            throw DomainException.on("departmentId", "proactive.error.department");
        }
        if (content.length > MAX_BYTES) {
            return ImportResult.refused(new ImportProblem(null, null, "proactive.import.error.tooLarge",
                    MAX_BYTES >> 20));
        }
        Checked checked;
        try {
            ImportFile file = ImportFile.of(fileName, content);
            checked = check(file, departmentId);
        } catch (DomainException e) {
            return ImportResult.refused(new ImportProblem(null, null, e.messageKey(), e.args()));
        }
        if (checked.problems.count() == 0) {
            lockDepartment(departmentId);
            existing(departmentId, checked);
        }
        if (checked.problems.count() > 0) {
            return ImportResult.refused(checked.problems.listed(), checked.problems.count());
        }
        String batch = UUID.randomUUID().toString();
        Long createdBy = user == SignedInUser.SYSTEM ? null : user.id();
        int late = 0;
        for (DisclosureRecord r : checked.records) {
            r.setImportBatch(batch);
            r.setCreatedBy(createdBy);
            late += r.isLate() ? 1 : 0;
        }
        int rows = writer.write(checked.records);
        audit.record(user, AuditAction.DISCLOSURE_RECORDS_IMPORTED, "disclosure_record", batch,
                "department " + departmentId + ", " + rows + " records (" + late + " late) from "
                        + (fileName == null ? "-" : fileName), null);
        return ImportResult.done(rows, late, batch);
    }

    /** The problems found so far, the first {@link #MAX_LISTED} kept. */
    private static final class Problems {
        private final List<ImportProblem> listed = new ArrayList<>();
        private int count;

        void add(ImportProblem problem) {
            count++;
            if (listed.size() < MAX_LISTED) {
                listed.add(problem);
            }
        }

        int count() {
            return count;
        }

        List<ImportProblem> listed() {
            return listed;
        }
    }

    /** A file read through: its records (while no problem was found), each one's line by its key, the problems. */
    private static final class Checked {
        final List<DisclosureRecord> records = new ArrayList<>();
        final Map<String, Integer> lineByKey = new HashMap<>();
        final Problems problems = new Problems();
        LocalDate firstFormed;
        LocalDate lastFormed;
    }

    private Checked check(ImportFile file, long departmentId) {
        Checked checked = new Checked();
        Map<Integer, ResponsibilityRow> itemsBySeqNo = items.list(false).stream()
                .collect(Collectors.toMap(ResponsibilityRow::seqNo, Function.identity()));
        LocalDate today = clock.today();
        ImportRows[] rows = new ImportRows[1];
        int[] dataLines = new int[1];
        file.read(line -> {
            if (rows[0] == null) {
                if (line.blank()) {
                    return true;
                }
                Map<ImportColumn, Integer> columns = header(line, checked.problems);
                if (checked.problems.count() > 0) {
                    return false;
                }
                rows[0] = new ImportRows(columns, departmentId, itemsBySeqNo, labels, file.date1904());
                return true;
            }
            if (line.blank()) {
                return true;
            }
            if (++dataLines[0] > MAX_ROWS) {
                checked.problems.add(new ImportProblem(null, null, "proactive.import.error.tooManyRows", MAX_ROWS));
                return false;
            }
            row(line, rows[0].read(line), today, checked);
            return true;
        });
        if (rows[0] == null && checked.problems.count() == 0) {
            checked.problems.add(new ImportProblem(null, null, "proactive.import.error.noHeader"));
        } else if (dataLines[0] == 0 && checked.problems.count() == 0) {
            checked.problems.add(new ImportProblem(null, null, "proactive.import.error.noRows"));
        }
        return checked;
    }

    /** The columns of the header line, or its problems: a label not known, a column twice, a required one missing. */
    private Map<ImportColumn, Integer> header(ImportFile.Line line, Problems problems) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < line.cells().size(); i++) {
            String label = line.cell(i).text().strip();
            if (label.isEmpty()) {
                continue;
            }
            ImportColumn column = labels.column(label);
            if (column == null) {
                problems.add(new ImportProblem(line.number(), null, "proactive.import.error.unknownColumn", label));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(line.number(), column.labelKey(),
                        "proactive.import.error.duplicateColumn", new Text(column.labelKey())));
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new ImportProblem(line.number(), column.labelKey(), "proactive.import.error.missingColumn",
                        new Text(column.labelKey())));
            }
        }
        return columns;
    }

    private void row(ImportFile.Line line, ImportRows.Parsed parsed, LocalDate today, Checked checked) {
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        RecordChecks checks = RecordChecks.of(parsed.form(), today, id -> true);
        for (DomainException p : checks.problems()) {
            ImportColumn column = ImportColumn.ofField(p.field());
            if (column == null || !parsed.unreadable().contains(column)) {
                problems.add(new ImportProblem(line.number(), column == null ? null : column.labelKey(),
                        p.messageKey(), p.args()));
            }
        }
        if (!problems.isEmpty()) {
            // a line's problems in the order of the template's columns
            problems.sort(Comparator.comparingInt(p -> ImportColumn.ofLabelKey(p.columnKey())));
            problems.forEach(checked.problems::add);
            return;
        }
        RecordForm clean = checks.clean();
        String key = key(clean.title(), clean.docNumber(), clean.formedOn(), clean.publishedOn());
        Integer first = checked.lineByKey.putIfAbsent(key, line.number());
        if (first != null) {
            checked.problems.add(new ImportProblem(line.number(), ImportColumn.TITLE.labelKey(),
                    "proactive.import.error.duplicateRow", first));
            return;
        }
        if (checked.firstFormed == null || clean.formedOn().isBefore(checked.firstFormed)) {
            checked.firstFormed = clean.formedOn();
        }
        if (checked.lastFormed == null || clean.formedOn().isAfter(checked.lastFormed)) {
            checked.lastFormed = clean.formedOn();
        }
        if (checked.problems.count() == 0) {
            // once a problem is found nothing will be written: the records are not kept any more
            checked.records.add(writer.record(clean, RecordClock.days(clean.category(), parsed.itemClockDays())));
        }
    }

    /** Two imports for one department wait for each other, so that neither misses the other's duplicates. */
    private void lockDepartment(long departmentId) {
        jdbc.prepareStatement("SELECT id FROM department WHERE id = ? FOR UPDATE", s -> {
            s.setLong(1, departmentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        });
    }

    /** A line that repeats a record the department already has is a problem of that line. */
    private void existing(long departmentId, Checked checked) {
        jdbc.prepareStatement("SELECT title, doc_number, formed_on, published_on FROM disclosure_record "
                + "WHERE department_id = ? AND formed_on BETWEEN ? AND ?", s -> {
            s.setLong(1, departmentId);
            s.setDate(2, Date.valueOf(checked.firstFormed));
            s.setDate(3, Date.valueOf(checked.lastFormed));
            List<Integer> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Integer line = checked.lineByKey.remove(key(r.getString(1), r.getString(2),
                            r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class)));
                    if (line != null) {
                        lines.add(line);
                    }
                }
            }
            lines.stream().sorted().forEach(line -> checked.problems.add(new ImportProblem(line,
                    ImportColumn.TITLE.labelKey(), "proactive.import.error.duplicateRecord")));
            return lines.size();
        });
    }

    private static String key(String title, String docNumber, LocalDate formedOn, LocalDate publishedOn) {
        return title + '\u0000' + docNumber + '\u0000' + formedOn + '\u0000' + publishedOn;
    }
}
