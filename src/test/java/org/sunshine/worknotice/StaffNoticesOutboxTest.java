package org.sunshine.worknotice;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.notification.Channel;
import org.sunshine.notification.OutboxAdmin;
import org.sunshine.notification.OutboxFilter;
import org.sunshine.notification.OutboxMessage;
import org.sunshine.notification.OutboxState;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContactForm;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserRepository;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff notices through the real outbox (the development channels: kept on the 消息外发 screen, never sent): a new
 * complaint becomes one e-mail and one text message to the inspector, worded from the bundle. Rolled back.
 */
@MicronautTest(startApplication = false)
@io.micronaut.context.annotation.Property(name = "sunshine.notifications.email.via", value = "DEVELOPMENT")
@io.micronaut.context.annotation.Property(name = "sunshine.notifications.sms.via", value = "DEVELOPMENT")
class StaffNoticesOutboxTest {

    @Inject
    ComplaintIntake intake;
    @Inject
    StaffContacts contacts;
    @Inject
    UserRepository users;
    @Inject
    OutboxAdmin outbox;

    @Test
    void aNewComplaintIsInTheOutboxAsAnEmailAndATextMessageToTheInspector() {
        SignedInUser admin = user("admin");
        long inspector = user("inspector").id();
        contacts.save(inspector, new StaffContactForm("inspector@example.gov.cn", "13900008888", true, true), admin);
        Receipt filed = intake.submit(new Submission(ComplaintType.COMPLAINT, null, null, "公交线路调整未公示",
                "请公示调整方案。", null, null, false, List.of()), ComplaintIntake.Origin.web("10.4.4.4"));

        List<OutboxMessage> rows = outbox.page(new OutboxFilter(Set.of(), null, "work:"), 0, 50, admin).stream()
                .filter(m -> m.args().contains(filed.trackingCode())).toList();
        assertThat(rows).extracting(OutboxMessage::channel).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        assertThat(rows).allSatisfy(m -> {
            assertThat(m.eventKey()).endsWith(":" + inspector);
            assertThat(m.state()).isNotEqualTo(OutboxState.SKIPPED);
        });
        OutboxMessage email = rows.stream().filter(m -> m.channel() == Channel.EMAIL).findFirst().orElseThrow();
        assertThat(email.recipient()).isEqualTo("inspector@example.gov.cn");
        assertThat(email.subject()).isEqualTo("新诉求待受理：" + filed.trackingCode());
        assertThat(email.body()).contains("有一件新诉求待受理：" + filed.trackingCode() + "“公交线路调整未公示”")
                .contains("/complaints/" + filed.id());
        OutboxMessage sms = rows.stream().filter(m -> m.channel() == Channel.SMS).findFirst().orElseThrow();
        assertThat(sms.recipient()).isEqualTo("13900008888");
        assertThat(sms.body()).isEqualTo("新诉求待受理：" + filed.trackingCode() + "。请登录阳光政务监督平台处理。 回T退订");
    }

    private SignedInUser user(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
