package org.sunshine.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunshine.base.i18n.Messages;
import org.sunshine.testing.UiTest;

import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side menu is read from the routes' {@code @Menu}: per role the same groups, entries, addresses and icons as
 * the hand-written menu it replaced, titles in the reader's language.
 */
@MicronautTest(startApplication = false)
class MainLayoutTest extends UiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin|[首页] 工作台=workbench/home-o"
                    + " [诉求办理] 公开记录=disclosure/records/newspaper 批量导入=disclosure/records/import/upload"
                    + " [社会监督] 社会监督员=supervisors/group 公开监测=disclosure/monitor/eye 链接检查=disclosure/links/unlink"
                    + " [考核评估] 指标体系=assessment/systems/sitemap"
                    + " [基础目录] 部门名录=directory/departments/building-o 重点领域=directory/areas/grid-big-o 责任分解表=directory/responsibilities/list-ol"
                    + " [系统管理] 用户管理=admin/users/users 工作日历=admin/calendar/calendar 审计日志=admin/audit/file-text-o 消息外发=admin/messages/envelopes-o 全文检索索引=admin/search/search",
            "inspector|[首页] 工作台=workbench/home-o 数据看板=dashboard/dashboard"
                    + " [诉求办理] 诉求办理=complaints/comments-o 代录来电来信=complaints/new/phone 依申请公开=disclosure/requests/file-search 公开记录=disclosure/records/newspaper 年度报告=disclosure/reports/book"
                    + " [社会监督] 回访评议=reviews/clipboard-check 监督意见=findings/flag-o 提出监督意见=findings/new/plus-circle-o 社会监督员=supervisors/group 公开监测=disclosure/monitor/eye 链接检查=disclosure/links/unlink"
                    + " [考核评估] 考核周期=assessment/periods/chart-3d 年度考核=assessment/annual/trophy 通报=bulletins/newspaper 指标体系=assessment/systems/sitemap"
                    + " [基础目录] 部门名录=directory/departments/building-o 重点领域=directory/areas/grid-big-o 责任分解表=directory/responsibilities/list-ol",
            "leader|[首页] 工作台=workbench/home-o 数据看板=dashboard/dashboard"
                    + " [诉求办理] 诉求办理=complaints/comments-o 公开记录=disclosure/records/newspaper"
                    + " [社会监督] 回访评议=reviews/clipboard-check 监督意见=findings/flag-o 社会监督员=supervisors/group 公开监测=disclosure/monitor/eye"
                    + " [考核评估] 考核周期=assessment/periods/chart-3d 年度考核=assessment/annual/trophy 通报=bulletins/newspaper 指标体系=assessment/systems/sitemap"
                    + " [基础目录] 部门名录=directory/departments/building-o 重点领域=directory/areas/grid-big-o 责任分解表=directory/responsibilities/list-ol",
            "handler|[首页] 工作台=workbench/home-o"
                    + " [诉求办理] 诉求办理=complaints/comments-o 依申请公开=disclosure/requests/file-search 登记申请=disclosure/requests/new/file-add 公开指南=disclosure/guide/edit/info-circle-o 公开记录=disclosure/records/newspaper 批量导入=disclosure/records/import/upload 年度报告=disclosure/reports/book"
                    + " [社会监督] 回访评议=reviews/clipboard-check 监督意见=findings/flag-o 公开监测=disclosure/monitor/eye 链接检查=disclosure/links/unlink"
                    + " [考核评估] 考核周期=assessment/periods/chart-3d 年度考核=assessment/annual/trophy 通报=bulletins/newspaper"
                    + " [基础目录] 部门名录=directory/departments/building-o 重点领域=directory/areas/grid-big-o 责任分解表=directory/responsibilities/list-ol",
            "supervisor|[首页] 工作台=workbench/home-o [社会监督] 回访评议=reviews/clipboard-check 监督意见=findings/flag-o 提出监督意见=findings/new/plus-circle-o"
                    + " [基础目录] 部门名录=directory/departments/building-o 重点领域=directory/areas/grid-big-o 责任分解表=directory/responsibilities/list-ol"})
    void eachRoleSeesTheGroupsAndScreensItMayOpen(String login, String expected) {
        signInAs(login);
        navigate("workbench");
        assertThat(menu()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin|[Home] Workbench=workbench/home-o [Requests] Disclosure records=disclosure/records/newspaper Import records=disclosure/records/import/upload",
            "handler|[Home] Workbench=workbench/home-o [Requests] Requests=complaints/comments-o"})
    void theMenuIsInTheReadersLanguage(String login, String start) {
        UI.getCurrent().setLocale(Messages.ENGLISH);
        signInAs(login);
        navigate("workbench");
        assertThat(menu()).startsWith(start);
    }

    /** The menu as text: each group's label in brackets, then its entries as label=address/icon. */
    private static String menu() {
        return _find(SideNav.class).stream().map(nav -> "[" + nav.getLabel() + "] " + nav.getItems().stream()
                        .map(MainLayoutTest::entry).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" "));
    }

    private static String entry(SideNavItem item) {
        String path = item.getPath().startsWith("/") ? item.getPath().substring(1) : item.getPath();
        String icon = item.getPrefixComponent().getElement().getAttribute("icon");
        return item.getLabel() + "=" + path + "/" + icon.substring(icon.indexOf(':') + 1);
    }
}
