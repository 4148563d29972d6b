package org.sunshine.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DisclosureCategory;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;
import org.sunshine.supervision.PublicSupervisor;
import org.sunshine.supervision.SupervisorRoster;

import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo city of PRODUCT.md section 4, as a newcomer finds it after the run command. */
@MicronautTest(startApplication = false)
class DemoDataTest {

    @Inject
    DepartmentService departments;
    @Inject
    KeyAreaService areas;
    @Inject
    ResponsibilityService responsibilities;
    @Inject
    UserService users;
    @Inject
    DemoData demo;
    @Inject
    SupervisorRoster supervisors;
    @Inject
    JdbcOperations jdbc;

    @Test
    void theSevenKeyAreasWithTheirLeads() {
        assertThat(areas.list(false)).extracting(KeyAreaRow::name).containsExactly(
                "脱贫攻坚", "社会救助和社会福利", "教育", "基本医疗卫生", "环境保护", "灾害事故救援", "公共文化体育");
        assertThat(areas.list(false)).extracting(KeyAreaRow::leadDepartmentName).containsExactly(
                "市扶贫办", "市民政局", "市教育局", "市卫生计生委", "市环保局", "市政府应急办", "市文广局");
    }

    @Test
    void theResponsibilityTableOfSeed001() {
        List<ResponsibilityRow> rows = responsibilities.list(false);
        assertThat(rows).hasSize(23);
        assertThat(rows.get(0).title()).isEqualTo("行政权力清单公开");
        assertThat(rows.get(1).category()).isEqualTo(DisclosureCategory.PENALTY);
        assertThat(rows.get(1).clockDays()).isEqualTo(7);
        assertThat(rows.get(2).clockDays()).isEqualTo(20);
        assertThat(rows.get(9).leadNames("、")).isEqualTo("市民政局");
        assertThat(rows.get(22).dutyNote()).isEqualTo("市级各相关部门落实");
    }

    @Test
    void aboutTwentyFiveDepartmentsNamedAsInTheSeeds() {
        List<DepartmentRow> all = departments.search(new DepartmentFilter(null, null, true));
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all).extracting(DepartmentRow::name).contains("市民政局", "市教育局", "市财政局", "市政府办公室");
    }

    @Test
    void oneLoginPerRole() {
        assertThat(users.list()).filteredOn(u -> List.of("admin", "inspector", "leader", "handler", "supervisor").contains(u.username()))
                .extracting(UserRow::role)
                .containsExactlyInAnyOrder(Role.ADMIN, Role.INSPECTOR, Role.LEADER, Role.HANDLER, Role.SUPERVISOR);
        assertThat(users.list()).filteredOn(u -> u.username().equals("handler")).extracting(UserRow::departmentName).containsExactly("市民政局");
    }

    @Test
    void aRosterOfSupervisorsWithTheDemoLoginInOffice() {
        assertThat(supervisors.inOffice()).extracting(PublicSupervisor::name)
                .containsExactlyInAnyOrder("陈静", "赵立新", "孙晓梅", "刘洋");
        assertThat(supervisors.roster(SignedInUser.SYSTEM)).hasSize(5);
    }

    @Test
    void aDatabaseWithAccountsGetsNoDemoLogin() {
        jdbc.prepareStatement("UPDATE app_user SET username = 'renamed.jtj' WHERE username = 'h.jtj'",
                PreparedStatement::executeUpdate);
        try {
            demo.load();
            assertThat(users.byUsername("h.jtj")).as("a demo login missing from a database with accounts").isEmpty();
        } finally {
            jdbc.prepareStatement("UPDATE app_user SET username = 'h.jtj' WHERE username = 'renamed.jtj'",
                    PreparedStatement::executeUpdate);
        }
    }

    @Test
    void loadingAgainAddsNothing() {
        int before = departments.search(new DepartmentFilter(null, null, true)).size();
        demo.load();
        assertThat(departments.search(new DepartmentFilter(null, null, true))).hasSize(before);
        assertThat(responsibilities.list(true)).hasSize(23);
    }
}
