package org.sunshine.bulletin;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRParameter;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bulletin (通报) as a Chinese official document: PDF to issue (fonts embedded), DOCX as an editable draft, both
 * from {@code reports/bulletin.jrxml} (GB/T 9704-2012 loosely: red 版头, title, 主送, body, signature and date, 附注,
 * the attachment with the full ranking, 版记 at the foot of the last page). Labels are in the reader's language;
 * the layout is that of a Chinese document in either.
 * <p>
 * The body blocks are the report's records ({@link Line}), in order; the template picks a band by the kind.
 */
@Singleton
public class BulletinReport {

    static final String TEMPLATE = "bulletin";
    private static final String FILE_NAME_UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final ReportEngine engine;
    private final Messages messages;

    public BulletinReport(ReportEngine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    /**
     * A body block as the template reads it: the kind by name, and the headings it falls under, so that a heading
     * starts a report group (and is kept with what follows it).
     *
     * @param section    the number of level-1 headings (HEADING) up to and including this block
     * @param subsection the number of level-2 headings (SUBHEADING) up to and including this block
     */
    public record Line(String kind, String text, List<BulletinDocument.DepartmentRow> departments,
                       List<BulletinDocument.ProblemRow> problems, Integer section, Integer subsection) {
    }

    /** The bulletin as PDF, labels in the reader's language. */
    public byte[] pdf(BulletinDocument doc, Locale locale) {
        return render(doc, ReportFormat.PDF, locale);
    }

    /** The bulletin as DOCX (Word), to edit further: the same pages, fonts mapped to 宋体 and 黑体. */
    public byte[] docx(BulletinDocument doc, Locale locale) {
        return render(doc, ReportFormat.DOCX, locale);
    }

    /** E.g. 关于2026年第三季度政务公开工作考核情况的通报.pdf, or …（草稿）.docx for a draft. */
    public String fileName(BulletinDocument doc, ReportFormat format, Locale locale) {
        String name = messages.getTranslation(doc.draft() ? "report.bulletin.fileDraft" : "report.bulletin.file", locale,
                doc.title());
        return format.fileName(name.replaceAll(FILE_NAME_UNSAFE, "_").strip());
    }

    private byte[] render(BulletinDocument doc, ReportFormat format, Locale locale) {
        if (format == ReportFormat.XLSX) {
            throw new IllegalArgumentException("A bulletin prints as PDF or DOCX");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("OFFICE", doc.office());
        parameters.put("NUMBER", doc.draft() ? null : doc.number());
        parameters.put("DRAFT", doc.draft());
        parameters.put("TITLE", doc.title());
        parameters.put("ADDRESSEES", doc.addressees());
        parameters.put("SIGNATURE", doc.signature());
        parameters.put("DATE", doc.date());
        parameters.put("PUBLIC_RELEASE", doc.publicRelease());
        parameters.put("ATTACHMENT_TITLE", doc.attachmentTitle());
        parameters.put("RANKING", doc.ranking());
        parameters.put("COPY_TO", doc.copyTo());
        parameters.put("PRINTED_BY", doc.printedBy());
        parameters.put("PRINTED_ON", doc.printedOn());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundleFor(locale));
        parameters.put(JRParameter.REPORT_LOCALE, Messages.supported(locale));
        return engine.render(TEMPLATE, format, parameters, lines(doc.body()));
    }

    static List<Line> lines(List<BulletinDocument.Block> body) {
        List<Line> lines = new ArrayList<>(body.size());
        int section = 0;
        int subsection = 0;
        for (BulletinDocument.Block block : body) {
            if (block.kind() == BulletinDocument.Kind.HEADING) {
                section++;
            } else if (block.kind() == BulletinDocument.Kind.SUBHEADING) {
                subsection++;
            }
            lines.add(new Line(block.kind().name(), block.text(), block.departments(), block.problems(), section,
                    subsection));
        }
        if (lines.isEmpty()) {
            // the 版头 and the signature are the header and footer of a group, which needs a record to print
            lines.add(new Line(BulletinDocument.Kind.PARAGRAPH.name(), "", List.of(), List.of(), 0, 0));
        }
        return lines;
    }
}
