package org.sunshine.inforequest;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.search.Segment;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The application lists' word search (issue 18): the information sought, the organ's scope, a number. Rolled back. */
@MicronautTest(startApplication = false)
class RequestSearchTest {

    @Inject
    RequestIntake intake;
    @Inject
    RequestQueries queries;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private long file(String organCode, String description) {
        long organ = departments.active().stream().filter(d -> d.code().equals(organCode)).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
        return intake.file(new RequestForm(String.valueOf(organ), ApplicantKind.PERSON, "张三丰", IdType.RESIDENT_ID,
                "11010519491231002X", null, null, null, "13812345678", "zsf@example.com", "盘锦市兴隆台区惠宾街 1 号",
                "124010", description, null, FormWanted.EMAIL, Delivery.EMAIL, List.of()),
                RequestOrigin.online("10.1.1.1")).id();
    }

    private List<RequestRow> found(String text, Set<RequestState> states, String who) {
        return queries.search(new RequestFilter(null, states, null, false, null, null, null, null, null, text),
                staff(who), 0, 50);
    }

    @Test
    void theInformationSoughtIsSearchedWithinTheViewersOrgan() {
        long mine = file("MZJ", "请公开2025年度海棠湾片区最低生活保障资金发放明细。");
        String other = departments.active().stream().map(DepartmentRow::code)
                .filter(c -> !c.equals("MZJ") && !c.equals("SZFB")).findFirst().orElseThrow();
        long theirs = file(other, "海棠湾片区道路改造的批复文件。");

        assertThat(found("海棠湾", Set.of(), "inspector")).extracting(RequestRow::id).contains(mine, theirs);
        List<RequestRow> handler = found("海棠湾", Set.of(), "handler");
        assertThat(handler).extracting(RequestRow::id).containsExactly(mine);
        assertThat(handler.get(0).highlight().title()).filteredOn(Segment::marked).extracting(Segment::text)
                .containsExactly("海棠湾");
        assertThat(found("海棠湾 最低生活保障", Set.of(RequestState.SUBMITTED), "inspector")).extracting(RequestRow::id)
                .containsExactly(mine);
        assertThat(found("海棠湾", Set.of(RequestState.REPLIED), "inspector")).isEmpty();
        assertThat(queries.count(new RequestFilter(null, Set.of(), null, false, null, null, null, null, null, "海棠湾"),
                staff("handler"))).isEqualTo(1);
    }

    @Test
    void anApplicationNumberIsFoundByItsKey() {
        long id = file("MZJ", "杏花村社区的公示材料。");
        String number = queries.find(id).orElseThrow().getRequestNo();

        List<RequestRow> rows = found(number.toLowerCase(), Set.of(), "inspector");

        assertThat(rows).extracting(RequestRow::id).containsExactly(id);
        assertThat(rows.get(0).highlight()).isNull();
    }
}
