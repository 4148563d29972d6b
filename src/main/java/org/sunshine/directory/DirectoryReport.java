package org.sunshine.directory;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRParameter;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** 部门名录: the departments of a directory search, printed as PDF or XLSX in the reader's language. */
@Singleton
public class DirectoryReport {

    static final String TEMPLATE = "department-directory";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DepartmentService departments;
    private final ReportEngine engine;
    private final Messages messages;
    private final OfficeSettings office;
    private final BusinessClock clock;

    public DirectoryReport(DepartmentService departments, ReportEngine engine, Messages messages,
                           OfficeSettings office, BusinessClock clock) {
        this.departments = departments;
        this.engine = engine;
        this.messages = messages;
        this.office = office;
        this.clock = clock;
    }

    /** A printed row. */
    public record Line(Integer no, String code, String name, String shortName, String type, String parent,
                       String status) {
    }

    public byte[] render(DepartmentFilter filter, ReportFormat format, Locale locale) {
        List<DepartmentRow> rows = departments.search(filter);
        List<Line> lines = new ArrayList<>();
        for (DepartmentRow row : rows) {
            lines.add(new Line(lines.size() + 1, row.code(), row.name(), row.shortName(),
                    messages.getTranslation(row.type().labelKey(), locale), row.parentName(),
                    messages.getTranslation(row.active() ? "common.active" : "common.inactive", locale)));
        }
        String generated = LocalDateTime.ofInstant(clock.now(), clock.zone()).format(STAMP);
        Map<String, Object> parameters = Map.of(
                "TITLE", messages.getTranslation("report.directory.title", locale, office.city()),
                "SUBTITLE", messages.getTranslation("report.directory.subtitle", locale, lines.size(), generated),
                "FOOTER", messages.getTranslation("report.footer", locale, office.name()),
                JRParameter.REPORT_RESOURCE_BUNDLE, bundle(locale),
                JRParameter.REPORT_LOCALE, Messages.supported(locale));
        return engine.render(TEMPLATE, format, parameters, lines);
    }

    public String fileName(ReportFormat format, Locale locale) {
        return format.fileName(messages.getTranslation("report.directory.file", locale));
    }

    private static ResourceBundle bundle(Locale locale) {
        return Messages.bundleFor(locale);
    }
}
