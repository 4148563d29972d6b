package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.directory.ResponsibilityRow;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the cells of a line into a {@link RecordForm}, as far as they can be read: a date (2026-03-05, 2026/3/5,
 * 2026年3月5日, 20260305, or an Excel date cell), a category or channel by its label in either language or its
 * name, a responsibility item by its 序号 in the table (active items only), an amount. What cannot be read is a
 * problem of its column, and that field is left empty for {@link RecordChecks}, which then says nothing more of it.
 */
final class ImportRows {

    /** What a line gave. */
    record Parsed(RecordForm form, @Nullable Integer itemClockDays, List<ImportProblem> problems,
                  Set<ImportColumn> unreadable) {
    }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65e5?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Excel's last date, 9999-12-31. */
    private static final int MAX_SERIAL = 2_958_465;

    private final Map<ImportColumn, Integer> columns;
    private final long departmentId;
    private final Map<Integer, ResponsibilityRow> itemsBySeqNo;
    private final ImportLabels labels;
    private final boolean date1904;

    ImportRows(Map<ImportColumn, Integer> columns, long departmentId, Map<Integer, ResponsibilityRow> itemsBySeqNo,
               ImportLabels labels, boolean date1904) {
        this.columns = new EnumMap<>(columns);
        this.departmentId = departmentId;
        this.itemsBySeqNo = itemsBySeqNo;
        this.labels = labels;
        this.date1904 = date1904;
    }

    Parsed read(ImportFile.Line line) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<ImportColumn> unreadable = EnumSet.noneOf(ImportColumn.class);
        Reading r = new Reading(line, problems, unreadable);
        ResponsibilityRow item = r.item();
        RecordForm form = new RecordForm(departmentId, r.text(ImportColumn.TITLE), r.text(ImportColumn.DOC_NUMBER),
                r.category(), item == null ? null : item.id(), r.date(ImportColumn.FORMED_ON),
                r.date(ImportColumn.PUBLISHED_ON), r.channel(), r.text(ImportColumn.CHANNEL_NOTE),
                r.text(ImportColumn.URL), r.date(ImportColumn.ISSUED_ON), r.date(ImportColumn.REPEALED_ON),
                r.amount());
        return new Parsed(form, item == null ? null : item.clockDays(), problems, unreadable);
    }

    /** The reading of one line. */
    private final class Reading {

        private final ImportFile.Line line;
        private final List<ImportProblem> problems;
        private final Set<ImportColumn> unreadable;

        Reading(ImportFile.Line line, List<ImportProblem> problems, Set<ImportColumn> unreadable) {
            this.line = line;
            this.problems = problems;
            this.unreadable = unreadable;
        }

        ImportFile.Value cell(ImportColumn column) {
            Integer index = columns.get(column);
            return index == null ? ImportFile.Value.EMPTY : line.cell(index);
        }

        /** The text of a cell, less the apostrophe a spreadsheet export puts before a formula-like text. */
        String text(ImportColumn column) {
            String text = cell(column).text();
            if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(text.charAt(1)) >= 0) {
                return text.substring(1);
            }
            return text;
        }

        @Nullable
        RecordCategory category() {
            String text = text(ImportColumn.CATEGORY).strip();
            if (text.isEmpty()) {
                return null;
            }
            RecordCategory category = labels.category(text);
            if (category == null) {
                problem(ImportColumn.CATEGORY, "proactive.import.error.category", text);
            }
            return category;
        }

        @Nullable
        Channel channel() {
            String text = text(ImportColumn.CHANNEL).strip();
            if (text.isEmpty()) {
                return null;
            }
            Channel channel = labels.channel(text);
            if (channel == null) {
                problem(ImportColumn.CHANNEL, "proactive.import.error.channel", text);
            }
            return channel;
        }

        @Nullable
        ResponsibilityRow item() {
            ImportFile.Value value = cell(ImportColumn.ITEM);
            String text = value.text().strip();
            if (text.isEmpty()) {
                return null;
            }
            Integer seqNo = wholeNumber(value);
            if (seqNo == null) {
                problem(ImportColumn.ITEM, "proactive.import.error.itemNumber", text);
                return null;
            }
            ResponsibilityRow item = itemsBySeqNo.get(seqNo);
            if (item == null) {
                problem(ImportColumn.ITEM, "proactive.import.error.itemUnknown", seqNo);
            }
            return item;
        }

        @Nullable
        LocalDate date(ImportColumn column) {
            ImportFile.Value value = cell(column);
            String text = value.text().strip();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = value.number() != null ? serial(value.number()) : parse(text);
            if (date == null) {
                problem(column, "proactive.import.error.date", text);
            }
            return date;
        }

        @Nullable
        BigDecimal amount() {
            ImportFile.Value value = cell(ImportColumn.FEE_AMOUNT);
            if (value.number() != null) {
                return value.number();
            }
            String text = value.text().strip();
            if (text.isEmpty()) {
                return null;
            }
            String plain = text.replaceAll("[\\s,\uff0c\u5143\u00a5\uffe5]", "");
            try {
                return new BigDecimal(plain);
            } catch (NumberFormatException e) {
                problem(ImportColumn.FEE_AMOUNT, "proactive.import.error.amount", text);
                return null;
            }
        }

        private void problem(ImportColumn column, String key, Object... args) {
            unreadable.add(column);
            problems.add(new ImportProblem(line.number(), column.labelKey(), key, args));
        }
    }

    /** An Excel date cell's serial number as a day; null if it is none. */
    @Nullable
    private LocalDate serial(BigDecimal number) {
        if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
            return null;
        }
        return (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH).plusDays(number.longValue());
    }

    @Nullable
    static LocalDate parse(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Nullable
    private static Integer wholeNumber(ImportFile.Value value) {
        try {
            BigDecimal n = value.number() != null ? value.number() : new BigDecimal(value.text().strip());
            return n.signum() > 0 && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(1_000_000)) < 0
                    ? n.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
