package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the printed bulletin (通报) shows, in reading order, after the text has been split into blocks: what
 * {@code reports/bulletin.jrxml} is filled from, for the PDF and the DOCX alike. The layout follows GB/T 9704-2012
 * loosely (docs/architecture.md, "Bulletins").
 *
 * @param office         the issuing office in the red header (发文机关标志), e.g. 盘锦市人民政府办公室
 * @param number         the document number (发文字号), e.g. 盘政办通〔2026〕3号; empty on a draft
 * @param draft          not issued yet: the pages say so (草稿), and the number line is left empty
 * @param title          the title (标题), e.g. 关于2026年第三季度政务公开工作考核情况的通报
 * @param addressees     the 主送 line, ending with a colon, e.g. 各县区人民政府，市政府各部门：
 * @param body           the body in order: headings, paragraphs and the three tables, where the text placed them
 * @param signature      the office signing at the foot of the body (usually the same as {@code office})
 * @param date           the date under the signature (成文日期): the issue date, or today on a draft
 * @param publicRelease  此件公开发布 (public) or 此件不公开 (internal), printed under the date
 * @param attachmentTitle the title of the attachment (附件) with the full ranking, or empty for none
 * @param ranking        the full ranking for the attachment, best first
 * @param copyTo         the 抄送 line of the 版记, or empty
 * @param printedBy      印发机关 in the 版记 (e.g. 盘锦市人民政府办公室)
 * @param printedOn      印发日期 in the 版记
 */
public record BulletinDocument(String office, String number, boolean draft, String title, String addressees,
                               List<Block> body, String signature, LocalDate date, boolean publicRelease,
                               String attachmentTitle, List<RankRow> ranking, String copyTo, String printedBy,
                               LocalDate printedOn) {

    public BulletinDocument {
        body = List.copyOf(body);
        ranking = List.copyOf(ranking);
    }

    /** What a block of the body is. */
    public enum Kind {
        /** 一、总体情况: a level-1 heading, in 黑体 */
        HEADING,
        /** （一）通报表扬单位: a level-2 heading, in 楷体 (bold serif here) */
        SUBHEADING,
        /** a paragraph of text, first line indented two characters */
        PARAGRAPH,
        /** the table of commended departments ({@link Block#departments}) */
        COMMENDED,
        /** the table of criticized departments ({@link Block#departments}) */
        CRITICIZED,
        /** the problem list with its rectification deadlines ({@link Block#problems}) */
        PROBLEMS
    }

    /**
     * One block of the body. Text blocks carry {@code text}; table blocks carry their rows (the other list is empty).
     */
    public record Block(Kind kind, String text, List<DepartmentRow> departments, List<ProblemRow> problems) {

        public Block {
            departments = List.copyOf(departments);
            problems = List.copyOf(problems);
        }

        public static Block text(Kind kind, String text) {
            return new Block(kind, text, List.of(), List.of());
        }
    }

    /**
     * A commended or criticized department: 序号, 单位, 单位类别, 得分, 名次, and why it is on the list (e.g. 考核等次为优秀,
     * 逾期事项 6 件).
     */
    public record DepartmentRow(int no, String department, String type, @Nullable BigDecimal total, @Nullable Integer rank,
                                String reason) {
    }

    /** An item of the problem list (问题清单): 序号, 责任单位, 存在问题, 整改时限 (a date once issued, else "N 个工作日"). */
    public record ProblemRow(int no, String department, String problem, String deadline) {
    }

    /** A line of the attachment's ranking: 名次, 单位, 得分, 等次. */
    public record RankRow(int rank, String department, BigDecimal total, String grade) {
    }
}
