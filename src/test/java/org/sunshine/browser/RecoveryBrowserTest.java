package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.testing.FixedChallenges;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 找回查询码 in a real browser at phone size (390 × 844): from the tracking page's link, the number and the human check,
 * the code (captured from the notifier), the items, a new query code confirmed, the tracking page opened with it; no
 * page scrolls sideways. With {@code -Dsunshine.screenshots=DIR} the steps are saved as PNGs.
 */
@MicronautTest(transactional = false)
class RecoveryBrowserTest {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Inject
    EmbeddedServer server;
    @Inject
    ComplaintIntake intake;

    private Journey user;

    @MockBean(Notifier.class)
    Notifier notifier() {
        return notices::add;
    }

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void aLostQueryCodeIsRecoveredOnAPhone() throws Exception {
        String phone = "1390" + String.format("%07d", System.nanoTime() % 10_000_000);
        Receipt filed = intake.submit(new Submission(ComplaintType.COMPLAINT, null, null, "小区门口的公交站牌信息没有更新",
                "请公开调整后的线路。", "周先生", phone, false, List.of()), ComplaintIntake.Origin.web("10.7.7.7"));

        user = new Journey(server.getPort());
        phone();
        user.open("/track");
        user.click(By.id("track-recover"));
        user.type(By.cssSelector("#recovery-contact input"), phone);
        user.type(By.cssSelector("#captcha-answer input"), FixedChallenges.ANSWER);
        noSidewaysScroll();
        user.shot("recovery-1-contact-390");
        wideShot("recovery-1-contact-wide");
        user.click(By.id("recovery-send"));
        user.waitForText(By.id("recovery-sent"), "10 分钟内有效");
        String code = notices.stream().filter(n -> n.template().equals("recovery.code")).findFirst().orElseThrow()
                .args().get(0);
        user.type(By.cssSelector("#recovery-code input"), code);
        user.shot("recovery-2-code-390");
        wideShot("recovery-2-code-wide");
        user.click(By.id("recovery-verify"));

        String number = filed.trackingCode();
        user.waitForText(By.id("recovery-item-" + number), "小区门口的公交站牌信息没有更新");
        noSidewaysScroll();
        user.shot("recovery-3-items-390");
        user.click(By.id("recovery-issue-" + number));
        user.click(By.cssSelector("vaadin-confirm-dialog-overlay [slot='confirm-button']"));
        String newCode = user.text(By.id("recovery-code-" + number));
        assertThat(newCode).matches("[2-9A-HJ-NP-Z]{8}");
        noSidewaysScroll();
        user.shot("recovery-4-new-code-390");
        wideShot("recovery-4-new-code-wide");

        user.click(By.id("recovery-open-" + number));
        user.waitForText(By.id("track-state"), "待受理");
        assertThat(user.attribute(By.id("track-query"), "value")).isEqualTo(newCode);
        noSidewaysScroll();
    }

    /** A phone's viewport (a headless window is never narrower than 500 px). */
    private void phone() {
        user.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The same page in the 1400 px window, for the screenshots; then the phone again. */
    private void wideShot(String name) throws Exception {
        if (System.getProperty("sunshine.screenshots") != null) {
            user.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            Thread.sleep(500);
            user.shot(name);
            phone();
            Thread.sleep(500);
        }
    }

    private void noSidewaysScroll() {
        Object wider = user.browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wider).as("the page scrolls sideways at 390 px").isEqualTo(false);
    }
}
