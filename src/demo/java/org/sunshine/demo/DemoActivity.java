package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Rating;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.finding.FindingDecisions;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.Severity;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo city's year for the development start ({@code sunshine.demo-activity=true}, set by {@code mvn mn:run}),
 * in this order, each part only if it is not there yet (so a restart adds nothing twice):
 * <ol>
 *   <li>into a database without complaints, a year of history from {@link HistoryGenerator}: about
 *   {@value #HISTORY_COMPLAINTS} complaints over the 12 months before today, with their timelines, review tasks,
 *   findings and rectification reports — written directly, dated in the past;</li>
 *   <li>the assessment of {@link DemoAssessment}, whose locked quarter now measures real on-time, satisfaction,
 *   reopening, rectification and review figures, and the bulletin of {@link DemoBulletins} drawn from it;</li>
 *   <li>a little work in progress made today through the same services as the screens, so that every demo login has
 *   something to do: a complaint to accept, one being handled, two replied (review tasks for the demo supervisor,
 *   one rated), a finding to confirm and one to rectify.</li>
 * </ol>
 * Off in tests and in production.
 */
@Singleton
@Requires(property = "sunshine.demo-activity", value = "true")
@Requires(bean = DemoData.class)
public class DemoActivity {

    private static final Logger LOG = LoggerFactory.getLogger(DemoActivity.class);
    private static final String DEMO_IP = "127.0.0.1";
    /** The complainant of the work in progress; the generated history is anonymous. */
    private static final String DEMO_COMPLAINANT = "张三丰";
    static final int HISTORY_COMPLAINTS = 6000;
    /**
     * The most recent complaints are always the last ones drawn, so the seed decides which open states the demo's last
     * weeks show: with this one, every open state (to accept, to route, to receive, in progress, asking for an
     * extension, asking to be returned, replied) at 34 of 36 start times tried over six weeks.
     */
    static final long HISTORY_SEED = 1L;

    private final DemoData city;
    private final ComplaintQueries complaints;
    private final ComplaintIntake intake;
    private final ComplaintHandling handling;
    private final ComplaintTracking tracking;
    private final FindingService findings;
    private final FindingDecisions decisions;
    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final ResponsibilityService responsibilities;
    private final UserService users;
    private final DemoAssessment assessment;
    private final DemoBulletins bulletins;
    private final HistoryGenerator history;
    private final DemoRequests requests;
    private final DemoRecords records;
    private final DemoReports reports;
    private final Clock clock;

    DemoActivity(DemoData city, ComplaintQueries complaints, ComplaintIntake intake, ComplaintHandling handling,
                 ComplaintTracking tracking, FindingService findings, FindingDecisions decisions,
                 DepartmentService departments,
                 KeyAreaService areas, ResponsibilityService responsibilities, UserService users,
                 DemoAssessment assessment, DemoBulletins bulletins, HistoryGenerator history,
                 DemoRequests requests, DemoRecords records, DemoReports reports, Clock clock) {
        this.city = city;
        this.complaints = complaints;
        this.intake = intake;
        this.handling = handling;
        this.tracking = tracking;
        this.findings = findings;
        this.decisions = decisions;
        this.departments = departments;
        this.areas = areas;
        this.responsibilities = responsibilities;
        this.users = users;
        this.assessment = assessment;
        this.bulletins = bulletins;
        this.history = history;
        this.requests = requests;
        this.records = records;
        this.reports = reports;
        this.clock = clock;
    }

    @EventListener
    @Order(100) // after the demo city
    void onStartup(StartupEvent event) {
        city.load();
        if (complaints.total() == 0) {
            loadHistory();
        }
        assessment.load();
        bulletins.load();
        requests.load();
        records.load();
        reports.load();
        if (complaints.countByComplainant(DEMO_COMPLAINANT) > 0) {
            return;
        }
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        long mzj = department("MZJ");
        long welfare = area("SHJZ");

        submit(welfare, mzj, "社区低保名单没有公示", "我所在的东城街道幸福社区今年的低保对象名单没有在社区公示栏和政府网站公示。");

        Receipt handled = submit(welfare, mzj, "临时救助标准没有公开", "想了解本市临时救助的申请条件和救助标准，民政局网站上找不到。");
        handling.accept(handled.id(), "", inspector);
        handling.assign(handled.id(), mzj, "请按期答复", inspector);
        handling.receive(handled.id(), handler);

        Receipt replied = submit(welfare, mzj, "养老服务补贴发放结果没有公开",
                "今年高龄老人养老服务补贴的发放名单和金额没有公开，请民政局公开。");
        reply(replied, mzj, "已在市民政局网站“社会救助”栏目公开本年度养老服务补贴发放名单和金额。", inspector, handler);

        Receipt rated = submit(welfare, mzj, "残疾人两项补贴申请流程不清楚", "残疾人两项补贴的申请材料和办理流程在网上写得不清楚。");
        reply(rated, mzj, "已重新编写办事指南并在政务服务网公开，附申请表下载。", inspector, handler);
        tracking.rate(rated.trackingCode(), rated.queryCode(), DEMO_IP, Rating.SATISFIED, "指南很清楚，谢谢。");

        SignedInUser supervisor = staff("supervisor");
        findings.file(new NewFinding(mzj, IssueType.DEAD_LINK, welfare, null,
                "市民政局网站“低保信息”栏目中“2026年低保对象名单”链接打不开，提示页面不存在。",
                "http://mzj.example.gov.cn/dbxx/2026.html", Severity.MINOR, List.of()), supervisor);
        ResponsibilityRow item = responsibilities.list(false).stream()
                .filter(r -> r.leads().stream().anyMatch(d -> d.id() == mzj)).findFirst().orElseThrow();
        long confirmed = findings.file(new NewFinding(mzj, IssueType.LATE, null, item.id(),
                "第三季度社会救助资金使用情况至今未公开，已超过20个工作日的公开时限。",
                "http://mzj.example.gov.cn/shjz/", Severity.MAJOR, List.of()), inspector);
        decisions.confirm(confirmed, "请于期限内公开并报送整改情况。", inspector);
        LOG.info("Loaded the demo activity: 4 complaints, 2 findings");
    }

    /** The 12 months before today, for every department but the office itself, about every key area. */
    private void loadHistory() {
        LocalDate today = LocalDate.now(clock);
        List<Long> departmentIds = departments.active().stream().filter(d -> !d.code().equals("SZFB"))
                .map(DepartmentRow::id).toList();
        List<Long> areaIds = areas.list(false).stream().map(KeyAreaRow::id).toList();
        HistoryGenerator.Summary summary = history.generate(new HistoryGenerator.Spec(today.minusMonths(12),
                today.minusDays(1), HISTORY_COMPLAINTS, departmentIds, areaIds, true, true, HISTORY_SEED));
        LOG.info("Loaded a year of demo history: {} complaints {}, {} review tasks, {} findings in {} ms",
                summary.complaints(), HistoryGenerator.describe(summary), summary.reviews(), summary.findings(),
                summary.took().toMillis());
    }

    private Receipt submit(long areaId, long departmentId, String subject, String content) {
        // with an e-mail address too: each step's notice is in the development outbox (消息外发) on mn:run
        return intake.submit(new Submission(ComplaintType.COMPLAINT, areaId, departmentId, subject, content, DEMO_COMPLAINANT,
                "13812345678", "zhang.demo@example.com", true, List.of()),
                ComplaintIntake.Origin.web(DEMO_IP, Messages.CHINESE));
    }

    private void reply(Receipt receipt, long departmentId, String text, SignedInUser inspector, SignedInUser handler) {
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), departmentId, "", inspector);
        handling.receive(receipt.id(), handler);
        handling.reply(receipt.id(), text, List.of(), handler);
    }

    private SignedInUser staff(String username) {
        var u = users.byUsername(username).orElseThrow();
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.departmentId());
    }

    private long department(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    private long area(String code) {
        return areas.list(false).stream().filter(a -> a.code().equals(code)).mapToLong(KeyAreaRow::id).findFirst().orElseThrow();
    }
}
