package org.sunshine.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A list exactly as a screen shows it, as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese) or as an
 * XLSX sheet with a bold, frozen header row. Every text cell, headers included, goes through
 * {@link SpreadsheetCells#neutralise}: a text that would be read as a formula is written as text; numbers stay numbers.
 *
 * @param <T> the row type
 */
public final class TableExport<T> {

    /** A column: its header (already translated) and how to get the cell's text or number. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;

    public TableExport(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public byte[] csv(List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            printer.printRecord(columns.stream().map(c -> SpreadsheetCells.neutralise(c.header())).toList());
            for (T row : rows) {
                printer.printRecord(columns.stream().map(c -> cell(c.value().apply(row))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(String sheetName, List<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Sunshine", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, SpreadsheetCells.neutralise(columns.get(c).header()));
                sheet.style(0, c).bold().fillColor("E7E6E6").set();
            }
            sheet.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(rows.get(r));
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else {
                        sheet.value(r + 1, c, SpreadsheetCells.neutralise(text(value)));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A CSV cell: a number as written, any other value as neutralised text. */
    private static String cell(Object value) {
        return value instanceof Number ? value.toString() : SpreadsheetCells.neutralise(text(value));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
