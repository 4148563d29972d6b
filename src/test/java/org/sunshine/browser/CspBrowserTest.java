package org.sunshine.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy in a real browser: the public pages run under it without a single violation (every
 * journey checks the same when it ends, {@link Journey#close}), and it does refuse what it is there to refuse — a
 * script from another site, a plugin object — which also proves that the console check sees violations.
 */
@MicronautTest(transactional = false)
class CspBrowserTest {

    @Inject
    EmbeddedServer server;

    private Journey user;

    @AfterEach
    void quit() {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void thePublicPagesRunUnderThePolicyAndItRefusesForeignScripts() throws Exception {
        user = new Journey(server.getPort());
        user.open("/submit");
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-subject")));
        user.open("/calendar");
        user.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calculator-due")));
        assertThat(user.cspViolations()).isEmpty();

        user.browser.executeScript("const s = document.createElement('script'); s.src = 'https://example.invalid/evil.js';"
                + " document.head.appendChild(s);"
                + " const o = document.createElement('object'); o.data = '/icons/sunshine.svg'; document.body.appendChild(o);");
        user.wait.until(d -> !user.cspViolationsSeen().isEmpty() && user.cspViolationsSeen().size() >= 2);
        assertThat(user.cspViolationsSeen()).anySatisfy(m -> assertThat(m).contains("example.invalid", "script-src"))
                .anySatisfy(m -> assertThat(m).contains("object-src"));
        user.forgetCspViolations();
    }
}
