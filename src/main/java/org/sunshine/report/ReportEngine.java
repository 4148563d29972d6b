package org.sunshine.report;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.sunshine.base.export.SpreadsheetCells;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills the compiled templates of {@code reports/} (classpath {@code reports/<name>.jasper}, compiled by the build)
 * with Java records and exports them (PDF; XLSX with pagination ignored; DOCX page by page, as an editable draft).
 * Templates are loaded once and shared between fills; only templates built with the application are ever loaded
 * (never an uploaded {@code .jasper}: JasperReports 7.0.3 deserializes them).
 */
@Singleton
public class ReportEngine {

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    /** Fills the report named {@code name} and exports it. */
    public byte[] render(String name, ReportFormat format, Map<String, Object> parameters, List<? extends Record> rows) {
        JasperPrint print = fill(name, parameters, rows, format == ReportFormat.XLSX);
        return switch (format) {
            case PDF -> pdf(print, String.valueOf(parameters.getOrDefault("TITLE", name)));
            case XLSX -> xlsx(neutralised(print));
            case DOCX -> docx(print, String.valueOf(parameters.getOrDefault("TITLE", name)));
        };
    }

    JasperPrint fill(String name, Map<String, Object> parameters, List<? extends Record> rows, boolean ignorePagination) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putIfAbsent(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        if (ignorePagination) {
            all.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
        }
        try {
            return JasperFillManager.fillReport(template(name), all, new RecordDataSource(rows));
        } catch (JRException e) {
            throw new ReportException("Cannot fill report " + name, e);
        }
    }

    JasperReport template(String name) {
        return templates.computeIfAbsent(name, n -> {
            String resource = "reports/" + n + ".jasper";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ReportException("No compiled report " + resource + " on the classpath", null);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (java.io.IOException | JRException e) {
                throw new ReportException("Cannot load report " + resource, e);
            }
        });
    }

    private static byte[] pdf(JasperPrint print, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Sunshine");
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("Cannot export " + print.getName() + " to PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The texts of a report filled for Excel, through the spreadsheet rule of every export
     * ({@link SpreadsheetCells#neutralise}): what would be read as a formula becomes text. Numbers are untouched.
     */
    static JasperPrint neutralised(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            neutralise(page.getElements());
        }
        return print;
    }

    private static void neutralise(List<JRPrintElement> elements) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                neutralise(frame.getElements());
            } else if (element instanceof JRPrintText text && text.getFullText() != null
                    && !(text.getValue() instanceof Number)) {
                String cell = SpreadsheetCells.neutralise(text.getFullText());
                if (!cell.equals(text.getFullText())) {
                    text.setText(cell);
                }
            }
        }
    }

    private static byte[] xlsx(JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setCollapseRowSpan(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("Cannot export " + print.getName() + " to XLSX", e);
        }
        return out.toByteArray();
    }

    /**
     * Word, page by page as printed. DOCX embeds no fonts: the font extension maps the families to 宋体 and 黑体
     * ({@code exportFonts} for {@code net.sf.jasperreports.docx} in {@code reports/fonts/fonts.xml}). Rows may grow
     * when the text is edited (flexible row height), so the file is a draft to edit, not a copy of the PDF. Frames
     * (a table component's cells) are laid into the page's own table rather than nested as a table per cell, so a
     * table in the report is a Word table with one cell per column.
     */
    private static byte[] docx(JasperPrint print, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRDocxExporter exporter = new JRDocxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxReportConfiguration configuration = new SimpleDocxReportConfiguration();
        configuration.setFlexibleRowHeight(true);
        configuration.setFramesAsNestedTables(false);
        exporter.setConfiguration(configuration);
        SimpleDocxExporterConfiguration metadata = new SimpleDocxExporterConfiguration();
        metadata.setMetadataTitle(title);
        metadata.setMetadataApplication("Sunshine");
        exporter.setConfiguration(metadata);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("Cannot export " + print.getName() + " to DOCX", e);
        }
        return out.toByteArray();
    }

    /** A template is broken or missing: a programming error, not bad input. */
    public static final class ReportException extends RuntimeException {
        ReportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
