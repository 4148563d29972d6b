package org.sunshine.bulletin;

import jakarta.inject.Singleton;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.rectification.RectificationView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a bulletin together as the printed document reads it ({@link BulletinDocument}): the text split into blocks,
 * the tables where the text places them, the full ranking of the locked revision as the attachment. Used for the
 * draft's preview, for the files frozen at issue and for reading it on screen.
 */
@Singleton
public class BulletinDocuments {

    private final PeriodQueries periods;
    private final PeriodResults results;
    private final DepartmentService departments;
    private final BulletinDepartmentRepository listed;
    private final ProblemRectifications problems;
    private final OfficeSettings office;
    private final Messages messages;
    private final BusinessClock clock;

    BulletinDocuments(PeriodQueries periods, PeriodResults results, DepartmentService departments,
                      BulletinDepartmentRepository listed, ProblemRectifications problems, OfficeSettings office,
                      Messages messages, BusinessClock clock) {
        this.periods = periods;
        this.results = results;
        this.departments = departments;
        this.listed = listed;
        this.problems = problems;
        this.office = office;
        this.messages = messages;
        this.clock = clock;
    }

    /** The markers that place the tables in the body (Chinese, as the body is). */
    public BulletinText.Markers markers() {
        return new BulletinText.Markers(messages.chinese("bulletin.marker.commended"),
                messages.chinese("bulletin.marker.criticized"), messages.chinese("bulletin.marker.problems"));
    }

    public BulletinDocument document(Bulletin b) {
        Period period = periods.find(b.getPeriodId()).orElseThrow();
        Map<Long, DepartmentRow> byId = new HashMap<>();
        departments.all().forEach(d -> byId.put(d.id(), d));
        List<BulletinDepartment> onLists = listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(b.getId());
        List<BulletinDocument.DepartmentRow> commended = rows(onLists, DepartmentRole.COMMENDED, byId);
        List<BulletinDocument.DepartmentRow> criticized = rows(onLists, DepartmentRole.CRITICIZED, byId);
        List<BulletinDocument.ProblemRow> problemRows = new ArrayList<>();
        List<BulletinProblem> items = problems.items(b.getId());
        Map<Long, RectificationView> dues = problems.of(items);
        for (BulletinProblem p : items.stream()
                .sorted(java.util.Comparator.comparing((BulletinProblem p) -> rankOf(onLists, p.getDepartmentId()))
                        .thenComparing(BulletinProblem::getSeq)).toList()) {
            RectificationView r = dues.get(p.getId());
            String deadline = r != null ? chineseDate(r.dueOn()) : messages.chinese("bulletin.text.days", p.getRectifyDays());
            // from issue each item carries its reference, which the department cites in its rectification
            String text = p.getReference() == null ? p.getText()
                    : p.getText() + messages.chinese("bulletin.text.problemReference", p.getReference());
            problemRows.add(new BulletinDocument.ProblemRow(problemRows.size() + 1, name(byId, p.getDepartmentId()),
                    text, deadline));
        }
        List<BulletinDocument.Block> blocks = new ArrayList<>();
        for (BulletinText.Line line : BulletinText.lines(b.getBody(), markers())) {
            switch (line.kind()) {
                case COMMENDED -> blocks.add(new BulletinDocument.Block(line.kind(), "", commended, List.of()));
                case CRITICIZED -> blocks.add(new BulletinDocument.Block(line.kind(), "", criticized, List.of()));
                case PROBLEMS -> blocks.add(new BulletinDocument.Block(line.kind(), "", List.of(), problemRows));
                default -> blocks.add(BulletinDocument.Block.text(line.kind(), line.text()));
            }
        }
        ResultTable table = results.locked(period, b.getRevisionNo());
        List<BulletinDocument.RankRow> ranking = table.rows().stream()
                .map(r -> new BulletinDocument.RankRow(r.rank(), r.departmentName(),
                        BigDecimal.valueOf(r.score().total()).setScale(2, RoundingMode.HALF_UP),
                        messages.chinese("assessment.grade." + r.grade().name())
                                + (r.score().vetoed() ? messages.chinese("assessment.vetoed.mark") : "")))
                .toList();
        LocalDate date = b.getIssueDate() != null ? b.getIssueDate() : clock.today();
        return new BulletinDocument(office.name(), b.getDocNumber() == null ? "" : b.getDocNumber(), !b.issued(),
                b.getTitle(), b.getAddressees(), blocks, office.name(), date, b.isPublicRelease(),
                messages.chinese("bulletin.text.attachment", period.getName()), ranking, b.getCopyTo(), office.name(), date);
    }

    private List<BulletinDocument.DepartmentRow> rows(List<BulletinDepartment> onLists, DepartmentRole role,
                                                      Map<Long, DepartmentRow> byId) {
        List<BulletinDocument.DepartmentRow> rows = new ArrayList<>();
        for (BulletinDepartment d : onLists) {
            if (d.role() == role) {
                DepartmentRow department = byId.get(d.departmentId());
                rows.add(new BulletinDocument.DepartmentRow(rows.size() + 1, department.name(),
                        messages.chinese(department.type().labelKey()), d.total(), d.rankNo(), d.reason()));
            }
        }
        return rows;
    }

    private static int rankOf(List<BulletinDepartment> onLists, long departmentId) {
        return onLists.stream().filter(d -> d.departmentId() == departmentId && d.rankNo() != null)
                .mapToInt(BulletinDepartment::rankNo).findFirst().orElse(Integer.MAX_VALUE);
    }

    private static String name(Map<Long, DepartmentRow> byId, long id) {
        DepartmentRow d = byId.get(id);
        return d == null ? "" : d.name();
    }

    /** 2026年12月22日, as official documents write dates. */
    public String chineseDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(messages.chinese("bulletin.text.datePattern"), Locale.CHINA));
    }
}
