package org.sunshine.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.UiTest;

import java.util.List;
import java.util.Objects;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The workbench and the landing page only order what the features contribute. */
@MicronautTest(startApplication = false)
class SectionsTest extends UiTest {

    @Test
    void theAdministratorSeesTheAccountsAndTheDirectoryItsCounts() {
        signInAs("admin");
        navigate("workbench");
        // and first, from 1 November while next year's holiday schedule is missing, the calendar's notice
        // (CalendarNoticeTest): it depends on today
        assertThat(sectionIds()).filteredOn(id -> !id.equals("calendar-missing")).containsExactly("workbench-users");
        assertThat(_find(Grid.class, spec -> spec.withId("own-duties"))).isEmpty();
        // the directory's reference counts are on its screens, the one on screen marked
        navigate("directory/areas");
        assertThat(text("directory-counts")).contains("28", "7", "23");
        assertThat(_get(Anchor.class, spec -> spec.withId("directory-count-areas")).hasClassName("current")).isTrue();
    }

    @Test
    void aHandlerSeesTheirWorkThenTheirDepartmentsDuties() {
        signInAs("handler");
        navigate("workbench");
        List<String> ids = sectionIds();
        assertThat(ids).contains("workbench-deadlines", "workbench-complaints", "workbench-findings")
                .doesNotContain("workbench-users", "workbench-directory");
        // the list by deadline first, then the features' queues in their order, the duties last
        assertThat(ids.indexOf("workbench-deadlines")).isLessThan(ids.indexOf("workbench-complaints"));
        assertThat(ids.indexOf("workbench-complaints")).isLessThan(ids.indexOf("workbench-findings"));
        Component workbench = _get(WorkbenchView.class);
        List<Component> sections = workbench.getChildren().filter(c -> c.hasClassName("workbench-section")).toList();
        assertThat(sections.get(sections.size() - 1).getElement().getOuterHTML()).contains("own-duties");
        assertThat(_get(Grid.class, spec -> spec.withId("own-duties")).getGenericDataView().getItems()).isNotEmpty();
    }

    @Test
    void anInspectorSeesNoAccountsAndNoDuties() {
        signInAs("inspector");
        navigate("workbench");
        assertThat(sectionIds()).contains("workbench-complaints", "workbench-findings", "workbench-annual-reports")
                .doesNotContain("workbench-users", "workbench-directory");
        assertThat(_find(Grid.class, spec -> spec.withId("own-duties"))).isEmpty();
    }

    @Test
    void theLandingPageListsTheFeaturesServicesThenTheirSections() {
        navigate("");
        assertThat(_find(Anchor.class).stream().map(a -> a.getId().orElse("")).filter(id -> id.startsWith("service-")))
                .containsExactly("service-submit", "service-track", "service-disclosureApply", "service-disclosureTrack",
                        "service-disclosureGuide", "service-annualReports", "service-bulletins", "service-rankings",
                        "service-openData", "service-calculator");
        String page = _get(LandingView.class).getElement().getOuterHTML();
        assertThat(page).contains("id=\"key-areas\"", "市民政局");
        assertThat(page.indexOf("id=\"key-areas\"")).isLessThan(page.indexOf("id=\"public-supervisors\""));
    }

    private static List<String> sectionIds() {
        return _get(WorkbenchView.class).getChildren().filter(c -> c.hasClassName("workbench-section"))
                .map(c -> c.getId().orElse(null)).filter(Objects::nonNull).toList();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
