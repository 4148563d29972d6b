package org.sunshine.complaint;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.search.Segment;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint lists' word search (issue 18) on the full-text index, against the database: words of the subject,
 * the content and the reply, the viewer's scope, the list's filters, the ranking and the marks. Each test is rolled
 * back; the tests' index sees what their transaction wrote ({@code sunshine.search.see-uncommitted}).
 */
@MicronautTest(startApplication = false)
class ComplaintSearchTest {

    private final MutableClock clock = MutableClock.shanghai("2026-02-12T02:00:00Z"); // Thursday 12 Feb, 10:00 in Beijing

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    ComplaintQueries queries;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private long department(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    /** Another department than the handler's (民政局). */
    private long otherDepartment() {
        return departments.active().stream().filter(d -> !d.code().equals("MZJ") && !d.code().equals("SZFB"))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    private long submit(String subject, String content) {
        return intake.submit(new Submission(ComplaintType.COMPLAINT, null, department("MZJ"), subject, content, "张三丰",
                "13812345678", false, List.of()), ComplaintIntake.Origin.web("10.1.1.1")).id();
    }

    private void assign(long id, long departmentId) {
        SignedInUser inspector = staff("inspector");
        handling.accept(id, "", inspector);
        handling.assign(id, departmentId, "", inspector);
    }

    private List<ComplaintRow> found(ComplaintFilter filter, String who) {
        return queries.search(filter, staff(who), 0, 50).getContent();
    }

    private List<Long> ids(String text, String who) {
        return found(new ComplaintFilter(Set.of(), null, null, null, text), who).stream().map(ComplaintRow::id).toList();
    }

    private static List<String> marked(List<Segment> segments) {
        return segments.stream().filter(Segment::marked).map(Segment::text).toList();
    }

    @Test
    void aWordFromTheMiddleOfTheContentIsFoundAndMarked() {
        long id = submit("路灯不亮", "东城街道幸福社区的蓝鲸湾小区门口三盏路灯已经坏了三个月，多次反映没有人修理。");

        List<ComplaintRow> rows = found(new ComplaintFilter(Set.of(), null, null, null, "蓝鲸湾"), "inspector");

        assertThat(rows).extracting(ComplaintRow::id).containsExactly(id);
        assertThat(queries.count(new ComplaintFilter(Set.of(), null, null, null, "蓝鲸湾"), staff("inspector"))).isEqualTo(1);
        ComplaintRow row = rows.get(0);
        assertThat(row.subject()).as("the row is read from the database").isEqualTo("路灯不亮");
        assertThat(marked(row.highlight().title())).as("nothing of the subject matched").isEmpty();
        assertThat(marked(row.highlight().snippet())).containsExactly("蓝鲸湾");
        assertThat(row.highlight().snippet().stream().map(Segment::text).reduce("", String::concat)).contains("小区门口");
    }

    @Test
    void chineseWordsAreFoundInTheSubjectTheContentAndTheReply() {
        long subject = submit("养老服务补贴发放结果没有公开", "请民政局说明。");
        long content = submit("低保名单问题", "本社区今年的低保对象名单没有公示。");
        long reply = submit("社会救助咨询", "想了解救助的申请条件。");
        assign(reply, department("MZJ"));
        handling.receive(reply, staff("handler"));
        handling.reply(reply, "城乡最低生活保障的申请条件已在民政局网站公开，请查阅。", List.of(), staff("handler"));

        assertThat(ids("补贴发放", "inspector")).contains(subject).doesNotContain(content, reply);
        assertThat(ids("低保对象", "inspector")).contains(content).doesNotContain(subject, reply);
        assertThat(ids("最低生活保障", "inspector")).contains(reply).doesNotContain(subject, content);
        assertThat(ids("最低 保障 申请条件", "inspector")).as("every part, anywhere").contains(reply);
        assertThat(ids("公开 低保对象", "inspector")).as("both parts in one record").doesNotContain(subject, content, reply);
    }

    @Test
    void aHandlerNeverSeesAnotherDepartmentsHit() {
        long mine = submit("燕归巷垃圾清运不及时", "燕归巷的垃圾桶每天都满。");
        long theirs = submit("燕归巷路面破损", "燕归巷路面坑洼。");
        long unrouted = submit("燕归巷噪音扰民", "燕归巷夜间施工。");
        assign(mine, department("MZJ"));
        assign(theirs, otherDepartment());

        assertThat(ids("燕归巷", "inspector")).contains(mine, theirs, unrouted);
        assertThat(ids("燕归巷", "handler")).containsExactly(mine);
        assertThat(queries.count(new ComplaintFilter(Set.of(), null, null, null, "燕归巷"), staff("handler"))).isEqualTo(1);
        assertThat(found(new ComplaintFilter(Set.of(), otherDepartment(), null, null, "燕归巷"), "handler"))
                .as("a department filter cannot widen the handler's scope").extracting(ComplaintRow::id).containsExactly(mine);
    }

    @Test
    void aSearchCombinesWithTheStateAndTheWarningFilters() {
        long waiting = submit("栖霞坊井盖缺失", "栖霞坊路口井盖缺失。");
        long late = submit("栖霞坊路灯不亮", "栖霞坊路灯坏了。");
        assign(late, department("MZJ"));
        clock.advance(Duration.ofDays(40)); // past every deadline of both, Spring Festival included
        long fresh = submit("栖霞坊积水", "栖霞坊雨后积水。");
        assign(fresh, department("MZJ"));
        String word = "栖霞坊";

        assertThat(found(new ComplaintFilter(Set.of(ComplaintState.ASSIGNED), null, null, Warning.RED, word), "inspector"))
                .extracting(ComplaintRow::id).containsExactly(late);
        assertThat(found(new ComplaintFilter(Set.of(ComplaintState.ASSIGNED), null, null, Warning.NONE, word), "inspector"))
                .extracting(ComplaintRow::id).containsExactly(fresh);
        assertThat(found(new ComplaintFilter(Set.of(), null, null, Warning.RED, word), "inspector"))
                .extracting(ComplaintRow::id).containsExactlyInAnyOrder(waiting, late);
        assertThat(found(new ComplaintFilter(Set.of(ComplaintState.SUBMITTED), null, null, null, word), "inspector"))
                .extracting(ComplaintRow::id).containsExactly(waiting);
        assertThat(queries.count(new ComplaintFilter(Set.of(), null, null, Warning.YELLOW, word), staff("inspector"))).isZero();
    }

    @Test
    void aMatchInTheSubjectRanksAboveOneOnlyInTheReply() {
        long replied = submit("路面坑洼请修补", "青石板路面坑洼。");
        assign(replied, department("MZJ"));
        handling.receive(replied, staff("handler"));
        handling.reply(replied, "已安排对鹊桥弄路段进行修补。", List.of(), staff("handler"));
        long inSubject = submit("鹊桥弄路面坑洼", "路面坑洼，雨天积水。");

        assertThat(ids("鹊桥弄", "inspector")).containsExactly(inSubject, replied);
    }

    @Test
    void aWholeTrackingCodeIsFoundByItsKeyNotAsWords() {
        long id = submit("乌衣巷路灯不亮", "乌衣巷路灯坏了。");
        String code = queries.detail(id, staff("inspector")).row().trackingCode();

        List<ComplaintRow> rows = found(new ComplaintFilter(Set.of(), null, null, null, " " + code + " "), "inspector");

        assertThat(rows).extracting(ComplaintRow::id).containsExactly(id);
        assertThat(rows.get(0).highlight()).as("no words were searched").isNull();
        assertThat(ids("%_%", "inspector")).as("no word at all: nothing, never every row").isEmpty();
    }
}
