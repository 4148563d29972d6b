package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.sunshine.base.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The lines of an import file, read one at a time with the number a spreadsheet shows them under (the first line is
 * 1): an XLSX workbook's first sheet, streamed (fastexcel), or a CSV file (commons-csv, Excel's dialect) in UTF-8,
 * with or without a byte-order mark, else GB18030 — what Excel in China writes when it saves a CSV. What a file is,
 * is told by its content (an XLSX is a ZIP), then by its name; anything else is refused with a
 * {@link DomainException} that says so.
 */
final class ImportFile {

    /** A cell: its text, and for an XLSX number (or date) cell its number. */
    record Value(String text, @Nullable BigDecimal number) {
        static final Value EMPTY = new Value("", null);

        boolean blank() {
            return text.isBlank() && number == null;
        }
    }

    /** A line of the file: its number and its cells by column (from 0). */
    record Line(int number, List<Value> cells) {
        Value cell(int column) {
            return column < cells.size() ? cells.get(column) : Value.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(Value::blank);
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).get();

    private final byte[] content;
    private final boolean xlsx;
    /** The workbook counts its dates from 1904 (old Mac Excel); known once reading began. */
    private boolean date1904;

    private ImportFile(byte[] content, boolean xlsx) {
        this.content = content;
        this.xlsx = xlsx;
    }

    /** The file, if it is a CSV or an XLSX one; otherwise a refusal saying what it takes. */
    static ImportFile of(@Nullable String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (ReadableWorkbook.isOOXMLZipHeader(content)) {
            return new ImportFile(content, true);
        }
        if (ReadableWorkbook.isOLE2Header(content) || name.endsWith(".xls")) {
            throw new DomainException("proactive.import.error.xls");
        }
        if (name.endsWith(".xlsx")) {
            throw new DomainException("proactive.import.error.unreadable");
        }
        if ((name.endsWith(".csv") || name.endsWith(".txt")) && !binary(content)) {
            return new ImportFile(content, false);
        }
        throw new DomainException("proactive.import.error.type");
    }

    boolean xlsx() {
        return xlsx;
    }

    /** Gives the lines in order to {@code each} until it returns false. */
    void read(Predicate<Line> each) {
        if (xlsx) {
            readXlsx(each);
        } else {
            readCsv(each);
        }
    }

    private void readCsv(Predicate<Line> each) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text(content))).setFormat(CSV).get()) {
            for (CSVRecord record : parser) {
                List<Value> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(new Value(value == null ? "" : value, null));
                }
                if (!each.test(new Line((int) record.getRecordNumber(), cells))) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // an unterminated quote, for one
            throw new DomainException("proactive.import.error.csv", e.getMessage() == null ? "" : e.getMessage());
        }
    }

    private void readXlsx(Predicate<Line> each) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            date1904 = workbook.isDate1904();
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<Value> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(value(row.getCell(i)));
                }
                if (!each.test(new Line(row.getRowNum(), cells))) {
                    return;
                }
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("proactive.import.error.unreadable");
        }
    }

    private static Value value(@Nullable Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return Value.EMPTY;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return new Value(number.stripTrailingZeros().toPlainString(), number);
        }
        if (cell.getType() == CellType.FORMULA) {
            String raw = cell.getRawValue();
            return new Value(raw == null ? "" : raw, null);
        }
        String text = cell.getText();
        return new Value(text == null ? "" : text, null);
    }

    /** UTF-8 (its byte-order mark dropped) if the bytes are valid UTF-8, else GB18030. */
    static String text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /** A text file has no NUL bytes (UTF-16, which has, is not taken: Excel's CSV is UTF-8 or GB18030). */
    private static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    boolean date1904() {
        return date1904;
    }
}
