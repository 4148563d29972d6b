package org.sunshine.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.testing.UiTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 全文检索索引 (issue 18): this node's index, and a rebuild of every node's, audited; administrators only. Rolled back. */
@MicronautTest(startApplication = false)
class SearchIndexViewTest extends UiTest {

    @Test
    void anAdministratorSeesTheIndexAndAsksForARebuild() {
        AuditRepository audit = context.getBean(AuditRepository.class);
        int before = audit.findByActionOrderByIdDesc(AuditAction.SEARCH_INDEX_REBUILT).size();
        signInAs("admin");
        navigate("admin/search");
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-index-state")).getText()).isEqualTo("索引可用");
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-index-details")).getText()).startsWith("文档 ");

        _click(_get(Button.class, spec -> spec.withId("search-index-rebuild")));
        _click(_get(Button.class, spec -> spec.withId("search-index-rebuild-dialog-confirm")));

        assertThat(audit.findByActionOrderByIdDesc(AuditAction.SEARCH_INDEX_REBUILT)).hasSize(before + 1);
        assertThat(context.getBean(SourceReads.class).lastRebuild()).as("the request every node's catch-up reads")
                .isGreaterThan(0);
    }

    @Test
    void onlyAnAdministratorMayRebuild() {
        var inspector = signInAs("inspector");
        assertThatThrownBy(() -> context.getBean(SearchAdmin.class).rebuild(inspector, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> context.getBean(SearchAdmin.class).status(inspector))
                .isInstanceOf(DomainException.class);
    }
}
