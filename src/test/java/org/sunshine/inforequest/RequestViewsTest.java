package org.sunshine.inforequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.ui.RequestDetailView;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff screens of applications for information, browserless, on the real services (each test rolled back). */
@MicronautTest(startApplication = false)
class RequestViewsTest extends UiTest {

    private static final String ID_NUMBER = "11010519491231002X";

    private RequestForm form(String name) {
        long mzj = context.getBean(DepartmentService.class).active().stream().filter(d -> d.code().equals("MZJ"))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
        return new RequestForm(String.valueOf(mzj), ApplicantKind.PERSON, name, IdType.RESIDENT_ID, ID_NUMBER, null,
                null, null, "13812345678", "zsf@example.com", "盘锦市兴隆台区惠宾街 1 号", "124010",
                "2025 年度城乡低保资金发放明细", null, FormWanted.EMAIL, Delivery.EMAIL, List.of());
    }

    private SignedInUser user(String username) {
        var u = context.getBean(UserRepository.class).findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    /** An online application of MZJ whose confirmation deadline passed (red), and one just filed. */
    private long[] applications() {
        RequestIntake intake = context.getBean(RequestIntake.class);
        RequestRepository requests = context.getBean(RequestRepository.class);
        long red = intake.file(form("张三丰"), RequestOrigin.online("10.1.1.1")).id();
        InfoRequest r = requests.findById(red).orElseThrow();
        r.setRegisterDue(LocalDate.now().minusDays(10));
        requests.update(r);
        long fresh = intake.file(form("李四"), RequestOrigin.staff(RequestChannel.IN_PERSON, user("handler"), null)).id();
        return new long[]{red, fresh};
    }

    @SuppressWarnings("unchecked")
    private List<Long> listed(Warning warning) {
        Select<Warning> filter = _get(Select.class, spec -> spec.withId("request-warning-filter"));
        _setValue(filter, warning);
        Grid<RequestRow> grid = _get(Grid.class, spec -> spec.withId("info-requests"));
        return grid.getDataProvider().fetch(new Query<>()).map(RequestRow::id).toList();
    }

    @Test
    void theListsFilterByWarningForTheHandlerAndTheInspector() {
        long[] ids = applications();
        signInAs("handler");
        navigate("disclosure/requests");
        assertThat(listed(Warning.RED)).contains(ids[0]).doesNotContain(ids[1]);
        assertThat(listed(null)).contains(ids[0], ids[1]);

        String other = context.getBean(DepartmentService.class).active().stream().map(DepartmentRow::code)
                .filter(c -> !c.equals("MZJ") && !c.equals("SZFB")).findFirst().orElseThrow();
        stopVaadin();
        startVaadin();
        signInAs("h." + other.toLowerCase());
        navigate("disclosure/requests");
        assertThat(listed(null)).as("another organ's handler").doesNotContain(ids[0], ids[1]);

        stopVaadin();
        startVaadin();
        signInAs("inspector");
        navigate("disclosure/requests?state=open&warning=RED");
        @SuppressWarnings("unchecked")
        Grid<RequestRow> grid = _get(Grid.class, spec -> spec.withId("info-requests"));
        List<RequestRow> rows = grid.getDataProvider().fetch(new Query<>()).toList();
        assertThat(rows).extracting(RequestRow::id).contains(ids[0]).doesNotContain(ids[1]);
        assertThat(rows).filteredOn(row -> row.id() == ids[0]).extracting(RequestRow::maskedName).containsExactly("张**");
    }

    @Test
    void theDetailShowsTheStepsOfEachRoleAndTheRevealIsAudited() {
        long[] ids = applications();
        AuditRepository audit = context.getBean(AuditRepository.class);
        int before = audit.findByActionOrderByIdDesc(AuditAction.INFO_REQUEST_PERSONAL_DATA_REVEALED).size();

        signInAs("inspector");
        navigate("disclosure/requests/" + ids[0]);
        _get(RequestDetailView.class);
        assertThat(_find(Button.class, spec -> spec.withId("action-remind"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-register"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("request-reveal"))).as("only the organ reveals").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("request-id-number")).getText()).isEqualTo("1101**********002X");

        stopVaadin();
        startVaadin();
        signInAs("handler");
        navigate("disclosure/requests/" + ids[0]);
        assertThat(_find(Button.class, spec -> spec.withId("action-remind"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("request-contact")).getText()).contains("138****5678")
                .doesNotContain("13812345678");
        _click(_get(Button.class, spec -> spec.withId("request-reveal")));
        assertThat(_get(Span.class, spec -> spec.withId("request-id-number")).getText()).isEqualTo(ID_NUMBER);
        assertThat(_get(Span.class, spec -> spec.withId("request-contact")).getText()).contains("13812345678");
        assertThat(audit.findByActionOrderByIdDesc(AuditAction.INFO_REQUEST_PERSONAL_DATA_REVEALED)).hasSize(before + 1);

        _click(_get(Button.class, spec -> spec.withId("action-register")));
        _click(_get(Button.class, spec -> spec.withId("dialog-register-confirm")));
        assertThat(context.getBean(RequestRepository.class).findById(ids[0]).orElseThrow().getState())
                .isEqualTo(RequestState.REGISTERED);
        assertThat(_find(Button.class, spec -> spec.withId("action-reply"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-request-extension"))).hasSize(1);
    }

    @Test
    void aHandlerRecordsAnApplicationReceivedInPersonAndGetsItsCodesOnce() {
        signInAs("handler");
        navigate("disclosure/requests/new");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("entry-name")), "王五");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("entry-idNumber")), ID_NUMBER);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("entry-phone")), "13812345678");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("entry-description")),
                "2025 年度城乡低保资金发放明细");
        _click(_get(Button.class, spec -> spec.withId("request-entry-save")));
        String number = _get(Span.class, spec -> spec.withId("entry-request-no")).getText();
        assertThat(_get(Span.class, spec -> spec.withId("entry-query-code")).getText()).isNotBlank();
        InfoRequest r = context.getBean(RequestRepository.class).findByRequestNo(number).orElseThrow();
        assertThat(r.getState()).isEqualTo(RequestState.REGISTERED);
        assertThat(r.getChannel()).isEqualTo(RequestChannel.IN_PERSON);
        assertThat(r.getReceivedOn()).isEqualTo(r.getArrivedOn());
    }

    @Test
    void theInspectorsExportIsMasked() {
        applications();
        signInAs("inspector");
        navigate("disclosure/requests");
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("info-requests-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("张**", "2025 年度城乡低保资金发放明细")
                .doesNotContain("张三丰", ID_NUMBER, "13812345678", "zsf@example.com");
        byte[] xlsx = _download(_get(Anchor.class, spec -> spec.withId("info-requests-xlsx")));
        assertThat(xlsx.length).isGreaterThan(100);
    }
}
