package org.sunshine.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.UiTest;
import org.sunshine.vaadin.VaadinWarmUp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a start the dashboard's page is built once in the background, outside any request, as its reader would see
 * it: with no UI, session or request (as the warm-up's thread has), the page has its charts, in Chinese, for the
 * latest period, and is written as the first answer to a browser would carry it.
 */
@MicronautTest(startApplication = false)
class DashboardPageWarmUpTest extends UiTest {

    @Test
    void theDashboardsPageIsBuiltOutsideAnyRequest() {
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 93.0);
        totals.put("CZJ", 71.0);
        new AssessmentFixture(context).lockedQuarter("预热测试体系", 2026, 2, totals);
        DashboardPageWarmUp warmUp = context.getBean(DashboardPageWarmUp.class);
        SignedInUser reader = new SignedInUser(0, "system", "system", Role.INSPECTOR, null);

        AtomicReference<DashboardView> built = new AtomicReference<>();
        AtomicReference<String> written = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        boolean[] ran = new boolean[1];
        // as the warm-up's thread has them: no UI, session or request
        Map<Class<?>, CurrentInstance> test = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            ran[0] = context.getBean(VaadinWarmUp.class).run(() -> {
                assertThat(UI.getCurrent()).isNull();
                assertThat(VaadinRequest.getCurrent()).isNull();
                built.set(warmUp.page(reader));
                written.set(context.getBean(VaadinWarmUp.class).render(built.get()));
            });
        } catch (Throwable e) {
            failed.set(e);
        } finally {
            CurrentInstance.restoreInstances(test);
        }

        if (failed.get() != null) {
            throw new AssertionError("built without a request", failed.get());
        }
        assertThat(ran[0]).as("Vaadin had started").isTrue();
        List<String> ids = descendants(built.get()).map(c -> c.getId().orElse("")).filter(id -> id.startsWith("chart-"))
                .collect(Collectors.toList());
        assertThat(ids).contains("chart-ranking", "chart-trend", "chart-complaints", "chart-rates", "chart-overdue",
                "chart-findings", "chart-bulletins");
        assertThat(built.get().getElement().getTextRecursively()).contains("数据表");
        assertThat(written.get()).as("written as a browser's first answer").contains("数据表", "dashboard-period");
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(DashboardPageWarmUpTest::descendants));
    }
}
