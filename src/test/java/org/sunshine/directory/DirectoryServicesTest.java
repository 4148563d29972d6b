package org.sunshine.directory;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Departments, key areas and the responsibility table against the database; each test is rolled back. */
@MicronautTest(startApplication = false)
class DirectoryServicesTest {

    private static final SignedInUser ADMIN = SignedInUser.SYSTEM;
    private static final SignedInUser LEADER = new SignedInUser(9, "leader", "李建国", Role.LEADER, null);

    @Inject
    DepartmentService departments;
    @Inject
    KeyAreaService areas;
    @Inject
    ResponsibilityService responsibilities;

    private long id(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream()
                .filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void aDepartmentIsCreatedFoundAndKeptWithRareCharacters() {
        long id = departments.save(new DepartmentForm(null, "SJZX", "市大数据中心𠀀喆堃", "数据中心", DepartmentType.PUBLIC_INSTITUTION,
                id("SZFB"), 300), ADMIN);
        DepartmentRow row = departments.row(id).orElseThrow();
        assertThat(row.name()).isEqualTo("市大数据中心𠀀喆堃");
        assertThat(row.parentName()).isEqualTo("市政府办公室");
        assertThat(departments.search(new DepartmentFilter("数据", null, false))).extracting(DepartmentRow::code).containsExactly("SJZX");
        assertThat(departments.search(new DepartmentFilter(null, DepartmentType.VERTICAL, false))).extracting(DepartmentRow::name).containsExactly("市气象局");
    }

    @Test
    void duplicatesAndBadCodesAreRefusedWithTheFieldToFix() {
        assertError(() -> departments.save(new DepartmentForm(null, "MZJ", "新民政局", "新", DepartmentType.GOVERNMENT_DEPARTMENT, null, 0), ADMIN),
                "code", "department.error.codeTaken");
        assertError(() -> departments.save(new DepartmentForm(null, "XMZ", "市民政局", "新", DepartmentType.GOVERNMENT_DEPARTMENT, null, 0), ADMIN),
                "name", "department.error.nameTaken");
        assertError(() -> departments.save(new DepartmentForm(null, "民政", "市某局", "某", DepartmentType.GOVERNMENT_DEPARTMENT, null, 0), ADMIN),
                "code", "department.error.code");
    }

    @Test
    void aDepartmentCannotBeItsOwnAncestor() {
        long office = id("SZFB");
        long emergency = id("YJB");
        assertError(() -> departments.save(new DepartmentForm(office, "SZFB", "市政府办公室", "市府办", DepartmentType.GOVERNMENT_OFFICE,
                emergency, 10), ADMIN), "parentId", "department.error.parentCycle");
    }

    @Test
    void deactivationKeepsTheRowAndWaitsForChildren() {
        long office = id("SZFB");
        assertError(() -> departments.deactivate(office, ADMIN), null, "department.error.activeChildren");
        departments.deactivate(id("YJB"), ADMIN);
        departments.deactivate(office, ADMIN);
        assertThat(departments.active()).extracting(DepartmentRow::code).doesNotContain("SZFB", "YJB");
        assertThat(departments.search(new DepartmentFilter(null, null, true))).extracting(DepartmentRow::code).contains("SZFB", "YJB");
        assertError(() -> departments.reactivate(id("YJB"), ADMIN), null, "department.error.inactiveParent");
    }

    @Test
    void onlyAnAdministratorChangesTheDirectory() {
        assertError(() -> departments.deactivate(id("MZJ"), LEADER), null, "error.notAllowed");
        assertError(() -> areas.setActive(1, false, LEADER), null, "error.notAllowed");
    }

    @Test
    void clocksDefaultByCategory() {
        assertThat(responsibilities.defaultClockDays(DisclosureCategory.GENERAL)).isEqualTo(20);
        assertThat(responsibilities.defaultClockDays(DisclosureCategory.LICENSING)).isEqualTo(7);
        assertThat(responsibilities.defaultClockDays(DisclosureCategory.PENALTY)).isEqualTo(7);
        long id = responsibilities.save(ResponsibilityForm.withoutCadence(null, 24, "行政处罚决定书公开", DisclosureCategory.PENALTY, null, null,
                Set.of(id("SCJ")), Set.of(id("GAJ")), ""), ADMIN);
        ResponsibilityRow row = responsibilities.list(false).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.clockDays()).isEqualTo(7);
        assertThat(row.leadNames("、")).isEqualTo("市市场监管局");
        assertThat(row.coNames("、")).isEqualTo("市公安局");
    }

    @Test
    void responsibilityRulesAreChecked() {
        long mzj = id("MZJ");
        assertError(() -> responsibilities.save(ResponsibilityForm.withoutCadence(null, 30, "某事项", DisclosureCategory.GENERAL, null, null,
                Set.of(mzj), Set.of(mzj), ""), ADMIN), "coDepartmentIds", "responsibility.error.leadAndCo");
        assertError(() -> responsibilities.save(ResponsibilityForm.withoutCadence(null, 30, "某事项", DisclosureCategory.GENERAL, null, null,
                Set.of(), Set.of(), ""), ADMIN), "leadDepartmentIds", "responsibility.error.noLead");
        assertError(() -> responsibilities.save(ResponsibilityForm.withoutCadence(null, 10, "某事项", DisclosureCategory.GENERAL, null, null,
                Set.of(mzj), Set.of(), ""), ADMIN), "seqNo", "responsibility.error.seqNoTaken");
        assertError(() -> responsibilities.save(ResponsibilityForm.withoutCadence(null, 30, "某事项", DisclosureCategory.GENERAL, 0, null,
                Set.of(mzj), Set.of(), ""), ADMIN), "clockDays", "responsibility.error.clockDays");
    }

    @Test
    void editingAnItemReplacesItsDepartments() {
        ResponsibilityRow nine = responsibilities.list(false).stream().filter(r -> r.seqNo() == 9).findFirst().orElseThrow();
        assertThat(nine.leadNames("、")).isEqualTo("市人力社保局、市卫生计生委");
        ResponsibilityForm form = responsibilities.form(nine.id()).orElseThrow();
        responsibilities.save(ResponsibilityForm.withoutCadence(form.id(), 9, form.title(), form.category(), 15, null,
                Set.of(id("RSJ")), Set.of(id("WJW")), ""), ADMIN);
        ResponsibilityRow edited = responsibilities.list(false).stream().filter(r -> r.seqNo() == 9).findFirst().orElseThrow();
        assertThat(edited.leadNames("、")).isEqualTo("市人力社保局");
        assertThat(edited.coNames("、")).isEqualTo("市卫生计生委");
        assertThat(edited.clockDays()).isEqualTo(15);
    }

    private static void assertError(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
