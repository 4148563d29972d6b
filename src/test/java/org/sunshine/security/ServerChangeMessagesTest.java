package org.sunshine.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.testing.UiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser is given to say when its node dies and another answers "session expired": the application's texts
 * in the page's language, a sign-in asked for on a page opened signed in, and a click that reloads the page. That the
 * browser shows them, and that the reload lands on the other node's sign-in page, needs a browser and two nodes (the
 * fault drill of the local cluster, docs/reliability.md).
 */
@MicronautTest(startApplication = false)
class ServerChangeMessagesTest extends UiTest {

    @Test
    void aPublicPageSaysTheServerChangedAndWhatWasLost() {
        SystemMessages texts = VaadinService.getCurrent().getSystemMessages(Messages.CHINESE, VaadinRequest.getCurrent());
        assertThat(texts.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(texts.getSessionExpiredCaption()).isEqualTo("服务器已切换");
        assertThat(texts.getSessionExpiredMessage()).contains("已经提交的内容都在", "尚未提交的表单没有保存")
                .doesNotContain("登录");
        assertThat(texts.getSessionExpiredURL()).as("reload the page").isNull();
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).contains("服务器可能正在切换");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp()).contains("刷新本页");
    }

    @Test
    void aPageOpenedSignedInAsksToSignInAgain() {
        signInAs("inspector");
        SystemMessages texts = VaadinService.getCurrent().getSystemMessages(Messages.CHINESE, VaadinRequest.getCurrent());
        assertThat(texts.getSessionExpiredMessage()).contains("请重新登录", "已经保存的内容都在");
        assertThat(texts.getSessionExpiredURL()).as("reload: the new node sends a staff page to its sign-in").isNull();
    }

    @Test
    void inEnglishToo() {
        ServerChangeMessages provider = context.getBean(ServerChangeMessages.class);
        SystemMessages staff = provider.messages(Messages.ENGLISH, true);
        assertThat(staff.getSessionExpiredCaption()).isEqualTo("The server has changed");
        assertThat(staff.getSessionExpiredMessage()).contains("Please sign in again", "Everything you saved is kept");
        SystemMessages visitor = provider.messages(Messages.ENGLISH, false);
        assertThat(visitor.getSessionExpiredMessage()).contains("nothing is ever half-saved").doesNotContain("sign in");
        assertThat(visitor.getSessionExpiredMessage()).contains("open this page again");
    }
}
