package org.sunshine.dashboard;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.statistics.StatisticsRefresh;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.UiTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard never computes the complaint statistics in its request (at a million complaints that took 7–8 s on a
 * first open): while a computation runs it shows the last figures and says how old they are, and figures never
 * computed are computed in the background. The computation is held back by holding the refresh's lock, as a long one
 * would hold it. Not rolled back: the background computation reads what is committed (a locked quarter of 2021 is
 * left for the dashboard to open on).
 */
@MicronautTest(startApplication = false, transactional = false)
class DashboardFreshnessTest extends UiTest {

    private static boolean periodLocked;

    @BeforeEach
    void aLockedPeriod() {
        if (!periodLocked) {
            Map<String, Double> totals = new LinkedHashMap<>();
            totals.put("JYJ", 90.0);
            totals.put("CZJ", 80.0);
            new AssessmentFixture(context).lockedQuarter("看板新鲜度测试体系", 2021, 3, totals);
            periodLocked = true;
        }
    }

    @Test
    void opensWithTheLastFiguresWhileTheyAreRecomputedAndSaysHowOldTheyAre() throws Exception {
        StatisticsRefresh refresh = context.getBean(StatisticsRefresh.class);
        refresh.rebuild();
        Instant computed = refresh.refreshedAt();
        signInAs("leader");
        synchronized (refresh) {
            refresh.refreshInBackground();
            assertThat(refresh.building()).isTrue();
            navigate("dashboard");
            assertThat(freshness()).contains("正在重新计算", "以下图表为上次计算的数据", "诉求统计数据更新于");
            _get(Details.class, spec -> spec.withId("chart-complaints-details")).setOpened(true);
            assertThat(_get(Grid.class, spec -> spec.withId("chart-complaints-table")).getListDataView().getItems().count())
                    .as("the last figures are shown").isPositive();
        }
        awaitDone(refresh);
        assertThat(refresh.refreshedAt()).isAfterOrEqualTo(computed);
    }

    @Test
    void figuresNeverComputedAreComputedInTheBackgroundNotInTheRequest() throws Exception {
        StatisticsRefresh refresh = context.getBean(StatisticsRefresh.class);
        refresh.rebuild();
        signInAs("leader");
        synchronized (refresh) {
            try (Connection c = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
                 Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM statistics_refresh");
            }
            assertThat(refresh.refreshedAt()).isNull();
            navigate("dashboard");
            assertThat(freshness()).contains("正在首次生成");
            assertThat(refresh.building()).as("the view started the computation and did not wait for it").isTrue();
        }
        awaitDone(refresh);
        assertThat(refresh.refreshedAt()).isNotNull();
        navigate("workbench");
        navigate("dashboard");
        assertThat(freshness()).contains("诉求统计数据更新于").doesNotContain("正在");
    }

    private static String freshness() {
        return _get(Paragraph.class, spec -> spec.withId("dashboard-freshness")).getText();
    }

    private static void awaitDone(StatisticsRefresh refresh) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (refresh.building() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(refresh.building()).as("the background computation ended").isFalse();
    }
}
