package org.sunshine.annualreport.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.sunshine.annualreport.LabelledTables;
import org.sunshine.annualreport.PublishedReports;
import org.sunshine.annualreport.ReportContent;
import org.sunshine.annualreport.ReportDocument;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the annual reports' open data say, in the printed form's words (Chinese, whoever asks: they are the national
 * format's labels) beside stable English codes; see {@link LabelledTables} for the codes.
 */
@Singleton
class OpenReportBodies {

    private final Messages messages;
    private final ReportDocument document;

    OpenReportBodies(Messages messages, ReportDocument document) {
        this.messages = messages;
        this.document = document;
    }

    /** A line of the index: a report's newest edition and where to find it. */
    @Serdeable
    record IndexEntry(int year, String organ, String organKey, boolean government, int edition, String publishedOn,
                      String title, String page, String json, String csv, String pdf, String docx) {
    }

    /** A report: its edition, files, text and tables. */
    @Serdeable
    record Report(int year, String organ, String organKey, boolean government, String title, int edition,
                  int latestEdition, String publishedOn, String reason, FileRef pdf, FileRef docx,
                  List<EditionRef> editions, List<Section> sections, List<Table> tables) {
    }

    /** A frozen file: its address, SHA-256 (hex) and size in bytes. */
    @Serdeable
    record FileRef(String url, String sha256, long bytes) {
    }

    /** An edition of the report, newest first; {@code reason} is a correction's, empty for the first. */
    @Serdeable
    record EditionRef(int edition, String publishedOn, String reason, String json) {
    }

    /** A text part (一, 五, 六): its heading and text as published. */
    @Serdeable
    record Section(String part, String title, String text) {
    }

    @Serdeable
    record Table(String table, String title, List<Row> rows) {
    }

    /** {@code group}: the labels the row stands under, outermost first, joined by " / "; null for none. */
    @Serdeable
    record Row(String row, String label, @Nullable String group, List<Cell> cells) {
    }

    @Serdeable
    record Cell(String column, String label, @Nullable String group, BigDecimal value) {
    }

    /** A line of the CSV: one cell. */
    record CsvLine(int year, String organKey, int edition, String table, String row, String rowLabel, String column,
                   String columnLabel, BigDecimal value) {
    }

    List<IndexEntry> index(List<PublishedReports.Listed> listed) {
        return listed.stream().map(l -> {
            String base = AnnualReportsOpenData.BASE + "/" + l.year() + "/" + l.organKey();
            return new IndexEntry(l.year(), l.organName(), l.organKey(), l.government(), l.edition(),
                    l.publishedOn().toString(), messages.chinese("annualreport.doc.title", l.organName(),
                    String.valueOf(l.year())), "/disclosure/annual-reports/" + l.year() + "/" + l.organKey(),
                    base + ".json", base + ".csv", base + ".pdf", base + ".docx");
        }).toList();
    }

    Report report(PublishedReports.Published p) {
        ReportContent c = p.content();
        PublishedReports.Edition e = p.shown();
        String base = AnnualReportsOpenData.BASE + "/" + p.year() + "/" + p.organKey();
        String query = "?edition=" + e.edition();
        List<EditionRef> editions = p.editions().stream().map(x -> new EditionRef(x.edition(),
                x.publishedOn().toString(), x.reason(), base + ".json?edition=" + x.edition())).toList();
        List<Section> sections = List.of(section("1", c.sectionOne()), section("5", c.sectionFive()),
                section("6", c.sectionSix()));
        List<Table> tables = LabelledTables.of(c).stream().map(t -> new Table(t.code(), messages.chinese(t.titleKey()),
                t.rows().stream().map(r -> new Row(r.code(), messages.chinese(r.labelKey()), group(r.groupKeys()),
                        r.cells().stream().map(cell -> new Cell(cell.column(), messages.chinese(cell.labelKey()),
                                group(cell.groupKeys()), cell.value())).toList())).toList())).toList();
        return new Report(p.year(), c.organName(), p.organKey(), p.government(), document.title(c), e.edition(),
                p.latestEdition(), e.publishedOn().toString(), e.reason(),
                new FileRef(base + ".pdf" + query, e.pdfSha256(), e.pdfBytes()),
                new FileRef(base + ".docx" + query, e.docxSha256(), e.docxBytes()), editions, sections, tables);
    }

    /** The cells one a line, with the report's year, organ and edition on each, so that files can be stacked. */
    byte[] csv(PublishedReports.Published p) {
        List<CsvLine> lines = new ArrayList<>();
        for (LabelledTables.Table t : LabelledTables.of(p.content())) {
            for (LabelledTables.Row r : t.rows()) {
                String rowLabel = LabelledTables.path(r.groupKeys(), r.labelKey(), messages::chinese);
                for (LabelledTables.Cell cell : r.cells()) {
                    lines.add(new CsvLine(p.year(), p.organKey(), p.shown().edition(), t.code(), r.code(), rowLabel,
                            cell.column(), LabelledTables.path(cell.groupKeys(), cell.labelKey(), messages::chinese),
                            cell.value()));
                }
            }
        }
        return new TableExport<CsvLine>(List.of(
                new TableExport.Column<>("year", CsvLine::year),
                new TableExport.Column<>("organ_key", CsvLine::organKey),
                new TableExport.Column<>("edition", CsvLine::edition),
                new TableExport.Column<>("table", CsvLine::table),
                new TableExport.Column<>("row", CsvLine::row),
                new TableExport.Column<>("row_label", CsvLine::rowLabel),
                new TableExport.Column<>("column", CsvLine::column),
                new TableExport.Column<>("column_label", CsvLine::columnLabel),
                new TableExport.Column<>("value", CsvLine::value))).csv(lines);
    }

    String fileName(ReportContent content, ReportFormat format) {
        return document.fileName(content, format);
    }

    private Section section(String part, String text) {
        return new Section(part, messages.chinese("annualreport.doc.part." + part), text == null ? "" : text);
    }

    private String group(List<String> keys) {
        return keys.isEmpty() ? null : String.join(" / ", keys.stream().map(messages::chinese).toList());
    }
}
