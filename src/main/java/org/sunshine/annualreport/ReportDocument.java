package org.sunshine.annualreport;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRParameter;
import org.sunshine.base.i18n.Messages;
import org.sunshine.inforequest.RequestYearFigures;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The annual report as a document (PDF to publish, DOCX to edit further), from the JasperReports template
 * {@code reports/annual-report.jrxml}, in the look of the reports governments publish: the title, the edition line,
 * the six parts, bordered tables with the exact headings of DISCLOSURE.md §3 (the 2021 national format), page
 * numbers. Always in Chinese: the format is the State Council office's, whoever prints it.
 */
@Singleton
public class ReportDocument {

    static final String TEMPLATE = "annual-report";
    /** Table 三: 一, 二, the result rows, 三(七), 四. */
    static final int THREE_ROWS = RequestYearFigures.RESULT_ROWS.size() + 4;
    /** Table 四: 行政复议, 诉讼未经复议, 诉讼复议后, each 维持, 纠正, 其他, 尚未审结, 总计. */
    static final int FOUR_CELLS = 15;
    /** A line of an organ's text that is a heading of its own: （一）…, （二）… */
    private static final Pattern SUBHEADING = Pattern.compile(
            "^[\\uFF08(][\\u4E00\\u4E8C\\u4E09\\u56DB\\u4E94\\u516D\\u4E03\\u516B\\u4E5D\\u5341]+[\\uFF09)].{0,40}$");
    private static final String FILE_NAME_UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final ReportEngine engine;
    private final Messages messages;

    public ReportDocument(ReportEngine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    /**
     * A block of the document as the template reads it (its kind by name: HEADING, SUBHEADING, PARAGRAPH, or TWO,
     * THREE, FOUR for a part with its table), with the headings it falls under, so that a heading starts a report
     * group and is kept with what follows it.
     */
    public record Line(String kind, String text, Integer section, Integer subsection) {
    }

    /** The document of the content in the format (PDF or DOCX). */
    public byte[] render(ReportContent content, ReportFormat format) {
        if (format == ReportFormat.XLSX) {
            throw new IllegalArgumentException("An annual report prints as PDF or DOCX");
        }
        check(content);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CONTENT", content);
        parameters.put("TITLE", title(content));
        parameters.put("HEADLINE", messages.chinese("annualreport.doc.headline", content.organName(),
                String.valueOf(content.year())));
        parameters.put("EDITION", editionLine(content));
        parameters.put("REASON", content.edition() > 1 && !content.reason().isBlank()
                ? messages.chinese("annualreport.doc.reason", content.reason().strip()) : null);
        parameters.put("FEES", amount(content.two().feesTenThousandYuan()));
        parameters.put("DRAFT", content.edition() == 0);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundleFor(Messages.CHINESE));
        parameters.put(JRParameter.REPORT_LOCALE, Messages.CHINESE);
        return engine.render(TEMPLATE, format, parameters, lines(content));
    }

    /** 盘锦市民政局2026年政府信息公开工作年度报告. */
    public String title(ReportContent content) {
        return messages.chinese("annualreport.doc.title", content.organName(), String.valueOf(content.year()));
    }

    /** E.g. 盘锦市民政局2026年政府信息公开工作年度报告（第2版）.pdf, or …（草稿）.docx for a draft. */
    public String fileName(ReportContent content, ReportFormat format) {
        String name = content.edition() == 0 ? messages.chinese("annualreport.doc.fileDraft", title(content))
                : messages.chinese("annualreport.doc.file", title(content), String.valueOf(content.edition()));
        return format.fileName(name.replaceAll(FILE_NAME_UNSAFE, "_").strip());
    }

    /** 第2版　2027年1月20日公开, or 草稿（未公开）. */
    String editionLine(ReportContent content) {
        if (content.edition() == 0 || content.publishedOn() == null) {
            return messages.chinese("annualreport.doc.draft");
        }
        String day = DateTimeFormatter.ofPattern(messages.chinese("date.pattern"), Messages.CHINESE)
                .format(content.publishedOn());
        return messages.chinese("annualreport.doc.edition", String.valueOf(content.edition()), day);
    }

    /** 万元 as written in the table: up to four decimals, no trailing zeros (0, 12.5, 0.0123). */
    public static String amount(BigDecimal tenThousandYuan) {
        if (tenThousandYuan == null || tenThousandYuan.signum() == 0) {
            return "0";
        }
        return tenThousandYuan.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The parts in order: 一 (its text), 二, 三, 四 (the tables), 五 and 六 (their texts). */
    List<Line> lines(ReportContent content) {
        List<Line> lines = new ArrayList<>();
        int[] counters = {0, 0};
        text(lines, counters, "annualreport.doc.part.1", content.sectionOne());
        for (String table : List.of("TWO", "THREE", "FOUR")) {
            lines.add(new Line(table, null, ++counters[0], counters[1]));
        }
        text(lines, counters, "annualreport.doc.part.5", content.sectionFive());
        text(lines, counters, "annualreport.doc.part.6", content.sectionSix());
        return lines;
    }

    /** An organ's text as paragraphs: a paragraph a line, blank lines and the spaces around a line left out. */
    public static List<String> paragraphs(String text) {
        return (text == null ? "" : text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Whether a paragraph is a heading of its own: a short line that starts with （一）, （二） … */
    public static boolean subheading(String paragraph) {
        return SUBHEADING.matcher(paragraph).matches();
    }

    /** A part's heading, then its text a paragraph a line ({@code 无。} if there is none). */
    private void text(List<Line> lines, int[] counters, String headingKey, String text) {
        lines.add(new Line("HEADING", messages.chinese(headingKey), ++counters[0], counters[1]));
        List<String> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            paragraphs = List.of(messages.chinese("annualreport.doc.none"));
        }
        for (String p : paragraphs) {
            if (subheading(p)) {
                lines.add(new Line("SUBHEADING", p, counters[0], ++counters[1]));
            } else {
                lines.add(new Line("PARAGRAPH", p, counters[0], counters[1]));
            }
        }
    }

    /** The tables have the national format's shape: a content that does not is a programming error. */
    static void check(ReportContent content) {
        if (content.two() == null || content.threeRows() == null || content.threeRows().size() != THREE_ROWS
                || content.threeRows().stream().anyMatch(r -> r == null || r.size() != RequestYearFigures.COLUMNS
                || r.stream().anyMatch(Objects::isNull))
                || content.fourRow() == null || content.fourRow().size() != FOUR_CELLS
                || content.fourRow().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An annual report's tables are two, three (" + THREE_ROWS + " rows of "
                    + RequestYearFigures.COLUMNS + ") and four (" + FOUR_CELLS + " cells)");
        }
    }
}
