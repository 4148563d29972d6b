package org.sunshine.finding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.rectification.Rectifications;
import org.sunshine.search.Segment;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding lists' word search (issue 18): the description and the rectification reports, who may see what, a
 * stage filter, a reference. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class FindingSearchTest {

    @Inject
    FindingService findings;
    @Inject
    FindingDecisions decisions;
    @Inject
    FindingQueries queries;
    @Inject
    Rectifications rectifications;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    KeyAreaService areas;

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private long department(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    private long file(String description) {
        Long area = areas.list(false).stream().filter(a -> a.code().equals("SHJZ")).findFirst().orElseThrow().id();
        return findings.file(new NewFinding(department("MZJ"), IssueType.INCOMPLETE, area, null, description,
                "https://www.example.gov.cn/zwgk/", Severity.MINOR, List.of()), staff("inspector"));
    }

    private List<FindingRow> found(String text, Set<FindingStage> stages, String who) {
        return queries.search(new FindingFilter(stages, null, null, null, null, null, false, text), staff(who), 0, 50)
                .getContent();
    }

    @Test
    void theDescriptionAndTheReportsAreSearchedAndTheHandlerSeesOnlyWhatWasConfirmed() {
        long confirmed = file("区民政局网站未公开第三季度临时救助资金使用情况，涉及紫藤里社区。");
        long waiting = file("紫藤里社区的低保名单没有公示。");
        decisions.confirm(confirmed, "请整改", staff("inspector"));
        long rectification = queries.detail(confirmed, staff("inspector")).rectification().view().id();
        rectifications.report(rectification, "已在网站“社会救助”栏目补充公开临时救助资金使用明细，并在梧桐苑公示栏张贴。",
                List.of(), staff("handler"));

        assertThat(found("紫藤里", Set.of(), "inspector")).extracting(FindingRow::id).contains(confirmed, waiting);
        assertThat(found("紫藤里", Set.of(), "handler")).as("not yet confirmed: not the department's")
                .extracting(FindingRow::id).containsExactly(confirmed);
        List<FindingRow> byReport = found("梧桐苑", Set.of(), "inspector");
        assertThat(byReport).extracting(FindingRow::id).containsExactly(confirmed);
        assertThat(byReport.get(0).highlight().snippet()).filteredOn(Segment::marked).extracting(Segment::text)
                .containsExactly("梧桐苑");
        assertThat(found("紫藤里", Set.of(FindingStage.SUBMITTED), "inspector")).extracting(FindingRow::id)
                .containsExactly(waiting);
        assertThat(found("紫藤里", Set.of(FindingStage.REPORTED), "inspector")).extracting(FindingRow::id)
                .containsExactly(confirmed);
    }

    @Test
    void aReferenceFindsItsFindingWholeOrInPart() {
        long id = file("石榴巷公示栏的信息没有更新。");
        String reference = queries.reference(id).orElseThrow();

        assertThat(found(reference.toLowerCase(), Set.of(), "inspector")).extracting(FindingRow::id).containsExactly(id);
        assertThat(found(reference.substring(3), Set.of(), "inspector")).as("the year and number, without JD-")
                .extracting(FindingRow::id).contains(id);
    }
}
