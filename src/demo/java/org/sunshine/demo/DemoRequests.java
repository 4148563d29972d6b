package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.QueryCodes;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.ConsultationKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.ExtensionBasis;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.OrgType;
import org.sunshine.inforequest.ReplyForm;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestPauses;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo city's applications for government information ({@code sunshine.demo-activity}): into a database without
 * any, a year of history from {@link RequestHistory} (about {@value #HISTORY} applications a year from 1 January of
 * last year to yesterday, to every organ, by every channel and applicant kind, in every state and result but the fee's, which is off),
 * then work in progress made today through the services, with its documents, so that the handler of 市民政局 has one
 * to register, one waiting for a correction, one with a consultation pausing the clock, one waiting for the head's
 * approval of an extension, and one replied 部分公开. The one waiting for the correction can be opened on the tracking
 * page with the number {@value #DEMO_NUMBER} and the query code {@value #DEMO_CODE} (set by the demo, not by the
 * platform, which never chooses a code).
 */
@Singleton
@Requires(property = "sunshine.demo-activity", value = "true")
@Requires(bean = DemoData.class)
public class DemoRequests {

    static final int HISTORY = 900;
    static final String DEMO_NUMBER = "YSDEMO-000001";
    static final String DEMO_CODE = "SUNSHINE";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRequests.class);
    private static final String DEMO_IP = "127.0.0.1";

    private final RequestHistory history;
    private final RequestIntake intake;
    private final RequestHandling handling;
    private final RequestPauses pauses;
    private final DepartmentService departments;
    private final UserService users;
    private final DataSource dataSource;
    private final Clock clock;

    DemoRequests(RequestHistory history, RequestIntake intake, RequestHandling handling, RequestPauses pauses,
                 DepartmentService departments, UserService users, DataSource dataSource, Clock clock) {
        this.history = history;
        this.intake = intake;
        this.handling = handling;
        this.pauses = pauses;
        this.departments = departments;
        this.users = users;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Called by {@link DemoActivity} after the demo city is loaded. */
    void load() {
        if (count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<DepartmentRow> active = departments.active();
        Long office = active.stream().filter(d -> d.type() == DepartmentType.GOVERNMENT_OFFICE)
                .map(DepartmentRow::id).findFirst().orElse(null);
        // from 1 January of last year, so that last year's annual reports count a whole year
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        int count = (int) (HISTORY * java.time.temporal.ChronoUnit.DAYS.between(from, today) / 365);
        history.generate(new RequestHistory.Spec(from, today.minusDays(1), count,
                active.stream().map(d -> new RequestHistory.Department(d.id(), d.code(), d.shortName())).toList(),
                office, 15L, Instant.now(clock)));
        inProgress(active.stream().filter(d -> d.code().equals("MZJ")).findFirst().orElseThrow().id());
    }

    private void inProgress(long mzj) {
        SignedInUser handler = staff("handler");
        file(mzj, "2026年度城乡最低生活保障资金发放明细（兴隆台区各街道）", "王建华", "211103198507153219");

        RequestReceipt registered = file(mzj, "本市养老机构名单及2026年等级评定结果", "李秀英", "211102196203050020");
        handling.register(registered.id(), handler);

        RequestReceipt correction = file(mzj, "低保的那个文件", "张三丰", "211102197001010017");
        handling.register(correction.id(), handler);
        handling.requestCorrection(correction.id(), "请写明所需文件的名称或文号、发布年份；“低保的那个文件”无法确定所指的具体信息。", handler);
        fixCode(correction.id());

        RequestReceipt consulted = file(mzj, "盘锦爱心养老院2025年度民政补贴资金使用情况", "赵海燕", "211104198811230529");
        handling.register(consulted.id(), handler);
        pauses.consult(consulted.id(), ConsultationKind.THIRD_PARTY, "盘锦爱心养老院",
                "申请人申请公开贵院2025年度民政补贴资金使用情况，其中可能涉及贵院的商业信息。请于收到本函之日起15个工作日内书面提出意见。",
                handler);

        RequestReceipt extended = file(mzj, "2024年至2026年全市临时救助审批台账（按月汇总）", "刘志强", "211102197912120815");
        handling.register(extended.id(), handler);
        pauses.requestExtension(extended.id(), ExtensionBasis.ART33, 15, "所申请信息时间跨度长、数量大，需要从各县区调取汇总。", handler);

        RequestReceipt replied = file(mzj, "2026年高龄老人养老服务补贴发放名单和金额（幸福社区）", "陈桂兰", "211102195503080024");
        handling.register(replied.id(), handler);
        handling.reply(replied.id(), new ReplyForm(ReplyResult.PARTIAL,
                "《中华人民共和国政府信息公开条例》第三十七条",
                "所申请信息中含有领取人的身份证号码和银行账号，属于个人隐私，公开会对其合法权益造成损害。",
                "领取人身份证号码、银行账号不予公开，其余内容（姓名、补贴标准、金额）予以公开。", null, null,
                "以电子邮件方式提供发放名单（已删除不予公开的内容）。", List.of()), handler);
        LOG.info("Loaded the demo applications: {} on the tracking page with query code {}", DEMO_NUMBER, DEMO_CODE);
    }

    private RequestReceipt file(long department, String description, String name, String idNumber) {
        return intake.file(new RequestForm(String.valueOf(department), ApplicantKind.PERSON, name, IdType.RESIDENT_ID,
                idNumber, null, null, null, "13812345678", "applicant@example.cn", "盘锦市兴隆台区振兴街道幸福社区 8 号楼",
                "124010", description, null, FormWanted.EMAIL, Delivery.EMAIL, List.of()), RequestOrigin.online(DEMO_IP));
    }

    /** The demo's known number and query code, for the README. */
    private void fixCode(long id) {
        String salt = QueryCodes.salt();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE info_request SET request_no = ?, query_code_hash = ?, query_code_salt = ? WHERE id = ?")) {
            s.setString(1, DEMO_NUMBER);
            s.setString(2, QueryCodes.hash(DEMO_CODE, salt));
            s.setString(3, salt);
            s.setLong(4, id);
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count() {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM info_request");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignedInUser staff(String username) {
        var u = users.byUsername(username).orElseThrow();
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.departmentId());
    }
}
