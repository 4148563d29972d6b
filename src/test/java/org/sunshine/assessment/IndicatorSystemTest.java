package org.sunshine.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Indicator systems against the database: the shipped default, drafts, checks, publishing and new versions. */
@MicronautTest(startApplication = false)
class IndicatorSystemTest {

    @Inject
    IndicatorSystemService service;
    @Inject
    DefaultIndicatorSystem defaults;
    @Inject
    UserRepository users;

    @Test
    void theDefaultSystemIsShippedPublishedAndComplete() {
        defaults.load();
        IndicatorSystem shipped = service.published().get(0);
        SystemTree tree = service.tree(shipped.getId(), user("inspector"));
        assertThat(shipped.getName()).isEqualTo("政务公开工作绩效考核指标体系");
        assertThat(shipped.getVersionNo()).isEqualTo(1);
        assertThat(tree.categories()).extracting(b -> b.category().name()).containsExactly(
                "决策公开", "管理和服务公开", "重点领域信息公开", "依申请公开", "平台建设", "诉求办理", "监督和整改");
        assertThat(tree.weightSum()).isEqualByComparingTo("100");
        assertThat(tree.categories().stream().flatMap(b -> b.indicators().stream()).map(Indicator::metric))
                .contains(Metric.ON_TIME_HANDLING, Metric.SATISFACTION, Metric.REOPEN, Metric.ON_TIME_RECTIFICATION,
                        Metric.REVIEW_AVERAGE);
        assertThat(tree.categories().stream().flatMap(b -> b.indicators().stream()).map(Indicator::kind))
                .contains(IndicatorKind.MANUAL, IndicatorKind.AUTO, IndicatorKind.DEDUCTION, IndicatorKind.BONUS, IndicatorKind.VETO);
        assertThat(service.blockers(shipped.getId(), user("inspector"))).isEmpty();
        assertThat(defaults.load()).as("only once").isEqualTo(-1);
    }

    @Test
    void aDraftIsCheckedBeforeItIsPublished() {
        SignedInUser inspector = user("inspector");
        long id = service.create("测试指标体系", "", inspector);
        assertThat(service.blockers(id, inspector)).extracting(Blocker::key).containsExactly("assessment.blocker.empty");

        long open = service.saveCategory(id, new CategoryForm(null, "公开", new BigDecimal("60")), inspector);
        long empty = service.saveCategory(id, new CategoryForm(null, "办理", new BigDecimal("30")), inspector);
        service.saveIndicator(id, new IndicatorForm(null, open, "主动公开", IndicatorKind.MANUAL, new BigDecimal("10"), null,
                null, ""), inspector);
        assertThat(service.blockers(id, inspector)).containsExactly(
                Blocker.of("assessment.blocker.weights", "90"),
                Blocker.of("assessment.blocker.guidance", "公开", "主动公开"),
                Blocker.of("assessment.blocker.noIndicators", "办理"));
        assertThatThrownBy(() -> service.publish(id, inspector)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("assessment.blocker.weights"));

        service.saveCategory(id, new CategoryForm(empty, "办理", new BigDecimal("40")), inspector);
        service.saveIndicator(id, new IndicatorForm(null, empty, "逾期扣分", IndicatorKind.DEDUCTION, new BigDecimal("6"),
                new BigDecimal("2"), null, "每件扣2分"), inspector);
        assertThat(service.blockers(id, inspector)).extracting(Blocker::key)
                .containsExactly("assessment.blocker.guidance", "assessment.blocker.nothingWeighted");
    }

    @Test
    void eachKindNeedsItsNumbers() {
        SignedInUser admin = user("admin");
        long id = service.create("测试指标体系", "", admin);
        long category = service.saveCategory(id, new CategoryForm(null, "办理", new BigDecimal("100")), admin);
        assertRefused(() -> service.saveIndicator(id, new IndicatorForm(null, category, "满意率", IndicatorKind.AUTO,
                new BigDecimal("8"), null, null, "说明"), admin), "metric", "assessment.error.metric");
        assertRefused(() -> service.saveIndicator(id, new IndicatorForm(null, category, "扣分", IndicatorKind.DEDUCTION,
                new BigDecimal("2"), new BigDecimal("3"), null, "说明"), admin), "perOccurrence", "assessment.error.perOverCap");
        assertRefused(() -> service.saveIndicator(id, new IndicatorForm(null, category, "公开", IndicatorKind.MANUAL,
                new BigDecimal("0"), null, null, "说明"), admin), "maxPoints", "assessment.error.maxPoints");
        assertRefused(() -> service.saveIndicator(id, new IndicatorForm(null, category, " ", IndicatorKind.MANUAL,
                new BigDecimal("5"), null, null, "说明"), admin), "name", "assessment.error.name");
        assertRefused(() -> service.saveCategory(id, new CategoryForm(null, "超重", new BigDecimal("100.5")), admin),
                "weight", "assessment.error.weight");
        assertThat(service.tree(id, admin).categories()).singleElement()
                .satisfies(b -> assertThat(b.indicators()).as("nothing saved").isEmpty());
        assertThatThrownBy(() -> service.saveCategory(id, new CategoryForm(null, "领导", BigDecimal.TEN), user("leader")))
                .hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> service.tree(id, user("handler"))).hasMessageContaining("error.notAllowed");
    }

    @Test
    void aPublishedVersionIsFrozenAndTheNextIsACopy() {
        SignedInUser inspector = user("inspector");
        defaults.load();
        IndicatorSystem shipped = service.published().get(0);
        SystemTree first = service.tree(shipped.getId(), inspector);
        long firstCategory = first.categories().get(0).category().id();
        assertThatThrownBy(() -> service.saveCategory(shipped.getId(), new CategoryForm(firstCategory, "改名", BigDecimal.TEN),
                inspector)).hasMessageContaining("assessment.error.published");

        long next = service.copy(shipped.getId(), inspector);
        SystemTree copy = service.tree(next, inspector);
        assertThat(copy.system().getVersionNo()).isEqualTo(2);
        assertThat(copy.system().getState()).isEqualTo(IndicatorSystem.State.DRAFT);
        assertThat(copy.system().getBasedOnId()).isEqualTo(shipped.getId());
        assertThat(copy.categories()).extracting(b -> b.category().name())
                .containsExactlyElementsOf(first.categories().stream().map(b -> b.category().name()).toList());
        assertThat(copy.categories().get(5).indicators()).extracting(Indicator::name, Indicator::kind)
                .containsExactlyElementsOf(first.categories().get(5).indicators().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.name(), i.kind())).toList());

        // reorder and remove in the draft; the published version is untouched
        long last = copy.categories().get(6).category().id();
        service.move(next, last, -1, inspector);
        SystemTree moved = service.tree(next, inspector);
        assertThat(moved.categories().get(5).category().name()).isEqualTo("监督和整改");
        assertThat(moved.categories()).extracting(b -> b.category().seq()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        Indicator bonus = moved.categories().get(5).indicators().stream().filter(i -> i.kind() == IndicatorKind.BONUS)
                .findFirst().orElseThrow();
        service.delete(next, bonus.id(), inspector);
        assertThat(service.tree(next, inspector).categories().get(5).indicators()).extracting(Indicator::seq)
                .containsExactly(1, 2, 3, 4);
        assertThat(service.tree(shipped.getId(), inspector).categories().get(6).indicators()).hasSize(5);

        service.publish(next, inspector);
        assertThat(service.published()).extracting(IndicatorSystem::getVersionNo).containsExactly(2, 1);
        service.withdraw(next, inspector);
        assertThat(service.published()).extracting(IndicatorSystem::getVersionNo).containsExactly(1);
    }

    private SignedInUser user(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
