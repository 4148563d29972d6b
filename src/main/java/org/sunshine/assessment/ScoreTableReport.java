package org.sunshine.assessment;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRParameter;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 考核得分表: a period's results ({@link ResultTable}) as PDF (A4 landscape) or XLSX, in the reader's language:
 * rank, department, one column per level-1 category of the indicator system, total and grade, then the rules the
 * ranking used written out below the table.
 * <p>
 * The template ({@code reports/score-table.jrxml}) is a table component with {@value #MAX_CATEGORIES} category
 * columns; the columns of categories the system does not have are left out when it is filled and their width goes
 * to the department and category columns in proportion to their weights, so five to ten categories all fill
 * the page width.
 */
@Singleton
public class ScoreTableReport {

    static final String TEMPLATE = "score-table";
    /** The category columns the template has. */
    public static final int MAX_CATEGORIES = 10;
    private static final String FILE_NAME_UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final ReportEngine engine;
    private final Messages messages;
    private final OfficeSettings office;
    private final Clock clock;

    public ScoreTableReport(ReportEngine engine, Messages messages, OfficeSettings office, Clock clock) {
        this.engine = engine;
        this.messages = messages;
        this.office = office;
        this.clock = clock;
    }

    /**
     * A printed row.
     *
     * @param scores the category scores in the order of the system ({@code null} where a locked revision has none)
     */
    public record Line(Integer rank, String department, List<Double> scores, Double total, String grade) {
    }

    /** The report's single record: the table is a component of the detail band, the rules its summary. */
    private record Sheet() {
    }

    /**
     * The table as printed.
     *
     * @throws IllegalArgumentException the indicator system has more than {@value #MAX_CATEGORIES} level-1 categories
     */
    public byte[] render(ResultTable table, ReportFormat format, Locale locale) {
        List<SystemTree.Branch> categories = table.tree().categories();
        if (categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("The score table prints at most " + MAX_CATEGORIES
                    + " categories; the system has " + categories.size());
        }
        Period period = table.period();
        IndicatorSystem system = table.tree().system();
        Locale language = Messages.supported(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getTranslation("date.pattern", locale), language);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.getTranslation("date.patternTime", locale));

        List<String> headers = new ArrayList<>();
        for (SystemTree.Branch branch : categories) {
            BigDecimal weight = branch.category().weight();
            headers.add(weight == null ? branch.category().name()
                    : messages.getTranslation("report.scoreTable.category", locale, branch.category().name(), number(weight)));
        }
        List<Line> lines = new ArrayList<>();
        for (ResultTable.Row row : table.rows()) {
            lines.add(line(row, categories, locale));
        }

        String status = table.locked()
                ? messages.getTranslation("report.scoreTable.locked", locale, String.valueOf(table.revisionNo()))
                : messages.getTranslation("report.scoreTable.live", locale);
        if (!table.locked() && table.open()) {
            status = status + messages.getTranslation("report.scoreTable.open", locale);
        }
        String subtitle = messages.getTranslation("report.scoreTable.subtitle", locale, system.getName(),
                String.valueOf(system.getVersionNo()), period.getStartsOn().format(date), period.getEndsOn().format(date))
                + "\n" + messages.getTranslation("report.scoreTable.status", locale, status,
                LocalDateTime.now(clock).format(time));

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", messages.getTranslation("report.scoreTable.title", locale, period.getName()));
        parameters.put("SUBTITLE", subtitle);
        parameters.put("SHEET", messages.getTranslation("report.scoreTable.sheet", locale));
        parameters.put("HEADERS", headers);
        parameters.put("ROWS", lines);
        parameters.put("RULES_TITLE", messages.getTranslation("report.scoreTable.rules", locale));
        parameters.put("RULES", rules(table, categories, locale));
        parameters.put("FOOTER", messages.getTranslation("report.footer", locale, office.name()));
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundleFor(locale));
        parameters.put(JRParameter.REPORT_LOCALE, language);
        // the rows fill the table component (parameter ROWS); the report's one record prints the detail band once
        return engine.render(TEMPLATE, format, parameters, List.of(new Sheet()));
    }

    /** E.g. 2026年第三季度考核得分表.pdf, or …（第 2 版）for a locked revision. */
    public String fileName(ResultTable table, ReportFormat format, Locale locale) {
        String name = table.locked()
                ? messages.getTranslation("report.scoreTable.fileLocked", locale, table.period().getName(),
                String.valueOf(table.revisionNo()))
                : messages.getTranslation("report.scoreTable.file", locale, table.period().getName());
        return format.fileName(name.replaceAll(FILE_NAME_UNSAFE, "_").strip());
    }

    private Line line(ResultTable.Row row, List<SystemTree.Branch> categories, Locale locale) {
        Map<Long, Double> byCategory = new HashMap<>();
        for (DepartmentScore.CategoryScore c : row.score().categories()) {
            if (c != null) {
                byCategory.put(c.categoryId(), c.score());
            }
        }
        List<Double> scores = new ArrayList<>(); // may hold nulls: not List.of
        for (SystemTree.Branch branch : categories) {
            scores.add(byCategory.get(branch.category().id()));
        }
        String grade = row.grade() == null ? "" : messages.getTranslation("assessment.grade." + row.grade().name(), locale);
        if (row.score().vetoed()) {
            grade = messages.getTranslation("report.scoreTable.vetoed", locale, grade);
        }
        return new Line(row.rank(), row.departmentName(), scores, row.score().total(), grade);
    }

    /** The rules the ranking used, one numbered paragraph each. */
    private String rules(ResultTable table, List<SystemTree.Branch> categories, Locale locale) {
        ScoringRules rules = table.period().rules();
        List<String> paragraphs = new ArrayList<>();
        String separator = messages.getTranslation("report.scoreTable.rule.separator", locale);
        List<String> names = categories.stream().map(b -> b.category().name()).toList();
        paragraphs.add(messages.getTranslation("report.scoreTable.rule.ranks", locale, String.join(separator, names)));
        paragraphs.add(messages.getTranslation("report.scoreTable.rule.grades", locale, number(rules.excellentFrom()),
                number(rules.goodFrom()), number(rules.passFrom())));
        Integer quota = rules.excellentQuotaPercent();
        int departments = table.rows().size();
        paragraphs.add(quota == null
                ? messages.getTranslation("report.scoreTable.rule.noQuota", locale)
                : messages.getTranslation("report.scoreTable.rule.quota", locale, String.valueOf(quota),
                String.valueOf(departments), String.valueOf(departments * quota / 100)));
        paragraphs.add(messages.getTranslation("report.scoreTable.rule.mean", locale, String.valueOf(rules.trimFrom()),
                String.valueOf(rules.spreadPercent())));
        paragraphs.add(messages.getTranslation("report.scoreTable.rule.minVolume", locale, String.valueOf(rules.minVolume())));
        paragraphs.add(messages.getTranslation("report.scoreTable.rule.satisfaction", locale, number(rules.basicWeight())));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(paragraphs.get(i));
        }
        return text.toString();
    }

    /** 10, 12.5, 0.9: no trailing zeros, no grouping (MessageFormat would print 1,000). */
    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String number(double value) {
        return number(BigDecimal.valueOf(value));
    }
}
