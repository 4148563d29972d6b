package org.sunshine.complaint;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditEntry;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A complainant's e-mail address: optional, checked on its field, kept masked for staff like the phone, read in full
 * only through the audited reveal, and shown, masked, to the complainant alone on the tracking page (each test rolled
 * back).
 */
@MicronautTest(startApplication = false)
class ComplainantEmailTest {

    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    ComplaintQueries queries;
    @Inject
    ComplaintTracking tracking;
    @Inject
    ComplaintRepository complaints;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    AuditRepository audit;
    @Inject
    Messages messages;

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private long mzj() {
        return departments.active().stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
    }

    private Receipt submit(String name, String phone, String email, boolean consent) {
        return intake.submit(new Submission(ComplaintType.COMPLAINT, null, mzj(), "低保名单没有公示", "请公示低保名单。",
                name, phone, email, consent, List.of()), ComplaintIntake.Origin.web("10.1.1.1", Messages.CHINESE));
    }

    @Test
    void anEmailAddressIsMaskedLikeAPhone() {
        assertThat(Masking.email("zhangsanfeng@163.com")).isEqualTo("z***@163.com");
        assertThat(Masking.email("z@163.com")).as("the stars do not tell the length").isEqualTo("z***@163.com");
        assertThat(Masking.email(" 张三@例子.中国 ")).isEqualTo("张***@例子.中国");
        assertThat(Masking.email("@163.com")).isEqualTo("****");
        assertThat(Masking.email(null)).isEmpty();
    }

    @Test
    void aWrongAddressIsRefusedOnItsFieldAndNothingIsSaved() {
        long before = complaints.count();
        for (String wrong : List.of("zsf", "zsf@163", "zsf@@163.com", "z sf@163.com", "zsf@163.c",
                "a".repeat(92) + "@163.com1")) {
            assertThatThrownBy(() -> submit("", "", wrong, false)).as(wrong)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.field()).isEqualTo("email");
                        assertThat(messages.getTranslation(e.messageKey(), Messages.CHINESE, e.args()))
                                .as(wrong).containsAnyOf("电子邮箱格式不正确", "最多 100 个字");
                    });
        }
        assertThatThrownBy(() -> submit("", "", "zsf@163.com\nBcc: all@example.com", false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(complaints.count()).isEqualTo(before);
        DomainException english = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> submit("", "", "zsf@163", false));
        assertThat(messages.getTranslation(english.messageKey(), Messages.ENGLISH, english.args()))
                .isEqualTo("This is not an e-mail address: it should look like name@example.com, at most 100 characters.");
    }

    @Test
    void anAddressIsKeptAsTypedAndTheLanguageOfTheForm() {
        Receipt receipt = submit("", "", "  ZSF@163.com ", false);
        Complaint c = complaints.findById(receipt.id()).orElseThrow();
        assertThat(c.getComplainantEmail()).isEqualTo("ZSF@163.com");
        assertThat(c.getFilingLanguage()).isEqualTo("zh-CN");
        assertThat(c.anonymous()).as("an address alone is not anonymous").isFalse();
    }

    @Test
    void staffSeeItMaskedAndTheRevealIsAudited() {
        Receipt receipt = submit("张三丰", "13812345678", "zhangsanfeng@163.com", false);
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), mzj(), "", inspector);

        ComplaintDetail asHandler = queries.detail(receipt.id(), staff("handler"));
        assertThat(asHandler.maskedEmail()).isEqualTo("z***@163.com");
        assertThat(asHandler.canReveal()).as("no consent").isFalse();
        assertThat(queries.detail(receipt.id(), staff("leader")).maskedEmail()).isEqualTo("z***@163.com");

        assertThat(queries.revealIdentity(receipt.id(), inspector, "10.0.0.8").email()).isEqualTo("zhangsanfeng@163.com");
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdDesc("complaint", receipt.trackingCode()))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.PERSONAL_DATA_VIEWED);
                    assertThat(e.detail()).contains("email");
                });
    }

    @Test
    void withConsentTheDepartmentMayRevealItToo() {
        Receipt receipt = submit("", "", "zsf@163.com", true);
        SignedInUser inspector = staff("inspector");
        handling.accept(receipt.id(), "", inspector);
        handling.assign(receipt.id(), mzj(), "", inspector);
        assertThat(complaints.findById(receipt.id()).orElseThrow().isConsentDisclose()).isTrue();
        assertThat(queries.revealIdentity(receipt.id(), staff("handler"), "10.0.0.9"))
                .isEqualTo(new ComplaintQueries.Identity("", "", "zsf@163.com"));
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdDesc("complaint", receipt.trackingCode()))
                .extracting(AuditEntry::actorName).hasSize(1);
    }

    @Test
    void theTrackingPageTellsWhereTheNoticesGoMasked() {
        Receipt both = submit("", "13812345678", "zhangsanfeng@163.com", false);
        Complaint c = tracking.find(both.trackingCode(), both.queryCode(), "10.1.1.1").orElseThrow();
        assertThat(tracking.view(c).noticesTo()).containsExactly("z***@163.com", "138****5678");

        Receipt landline = submit("", "0427-2812345", "", false);
        Complaint l = tracking.find(landline.trackingCode(), landline.queryCode(), "10.1.1.1").orElseThrow();
        assertThat(tracking.view(l).noticesTo()).as("a landline gets no text message").isEmpty();
    }
}
