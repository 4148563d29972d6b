package org.sunshine.worknotice;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContactForm;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserRepository;
import org.sunshine.workflow.History;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New work told through the service steps, the notices captured: a complaint filed tells the inspectors, assigned it
 * tells the department's handlers, its extension asked for tells the inspectors; an application filed tells the organ's
 * handlers. Nobody without a contact, and never whoever took the step. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class NewWorkTest {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    RequestIntake requests;
    @Inject
    StaffContacts contacts;
    @Inject
    UserRepository users;
    @Inject
    DepartmentService departments;
    @Inject
    History history;

    @MockBean(Notifier.class)
    Notifier notifier() {
        return notices::add;
    }

    @BeforeEach
    void contacts() {
        SignedInUser admin = user("admin");
        contacts.save(user("inspector").id(), new StaffContactForm("inspector@example.gov.cn", null, true, true), admin);
        contacts.save(user("handler").id(), new StaffContactForm(null, "13900009999", true, true), admin);
        notices.clear();
    }

    @Test
    void aComplaintTellsTheInspectorsThenTheDepartmentThenTheInspectorsAgain() {
        SignedInUser inspector = user("inspector");
        SignedInUser handler = user("handler");
        Receipt filed = intake.submit(new Submission(ComplaintType.COMPLAINT, null, null, "低保名单没有公开",
                "请公开本年度低保名单。", null, null, false, List.of()), ComplaintIntake.Origin.web("10.3.3.3"));
        long submitted = stepId(filed.id(), ComplaintAction.SUBMIT);
        assertThat(work()).singleElement().isEqualTo(new Notice("work:" + submitted + ":" + inspector.id(),
                new Contact(null, "inspector@example.gov.cn"), "work.complaintToAccept",
                List.of(filed.trackingCode(), "低保名单没有公开", "http://localhost:8080/complaints/" + filed.id()),
                Messages.CHINESE));

        notices.clear();
        handling.accept(filed.id(), "", inspector);
        assertThat(work()).isEmpty();
        handling.assign(filed.id(), handler.departmentId(), "", inspector);
        long assigned = stepId(filed.id(), ComplaintAction.ASSIGN);
        assertThat(work()).singleElement().satisfies(n -> {
            assertThat(n.eventKey()).isEqualTo("work:" + assigned + ":" + handler.id());
            assertThat(n.to()).isEqualTo(new Contact("13900009999", null));
            assertThat(n.template()).isEqualTo("work.complaintAssigned");
        });

        notices.clear();
        handling.receive(filed.id(), handler);
        handling.requestExtension(filed.id(), 5, "需要调取档案", handler);
        assertThat(work()).singleElement().satisfies(n -> {
            assertThat(n.to().email()).isEqualTo("inspector@example.gov.cn");
            assertThat(n.template()).isEqualTo("work.extensionRequested");
        });
    }

    @Test
    void anApplicationFiledOnlineTellsTheOrgansHandlersOnly() {
        long mzj = departments.active().stream().filter(d -> d.code().equals("MZJ")).findFirst()
                .map(DepartmentRow::id).orElseThrow();
        RequestReceipt filed = requests.file(new RequestForm(String.valueOf(mzj), ApplicantKind.PERSON, "张三丰",
                IdType.RESIDENT_ID, "11010519491231002X", null, null, null, "13812345678", "zsf@example.com", null,
                null, "2025 年度城乡低保资金发放明细", null, FormWanted.EMAIL, Delivery.EMAIL, List.of()),
                RequestOrigin.online("10.3.3.4"));
        long step = history.of(RequestWorkflow.TABLE, filed.id(), RequestAction.FILE).get(0).id();
        assertThat(work()).singleElement().satisfies(n -> {
            assertThat(n.eventKey()).isEqualTo("work:" + step + ":" + user("handler").id());
            assertThat(n.template()).isEqualTo("work.applicationFiled");
            assertThat(n.args()).containsExactly(filed.requestNo(), "2025 年度城乡低保资金发放明细",
                    "http://localhost:8080/disclosure/requests/" + filed.id());
        });
    }

    /** The notices to staff (the complainants' and applicants' own left out). */
    private List<Notice> work() {
        return notices.stream().filter(n -> n.eventKey().startsWith("work:")).toList();
    }

    private long stepId(long complaintId, ComplaintAction action) {
        return history.of(ComplaintWorkflow.TABLE, complaintId, action).get(0).id();
    }

    private SignedInUser user(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
