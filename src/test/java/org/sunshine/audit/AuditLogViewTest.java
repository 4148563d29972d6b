package org.sunshine.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** 审计日志 as the administrator uses it: filters, the export (itself audited) and the chain check. Rolled back. */
@MicronautTest(startApplication = false)
class AuditLogViewTest extends UiTest {

    @Test
    void theAdministratorFindsAnAccountsEntriesAndExportsThem() {
        AuditLog audit = context.getBean(AuditLog.class);
        audit.record((Long) null, "view.mallory", AuditAction.LOGIN_FAILED, "user", 77, "wrong password", "203.0.113.5");
        audit.record((Long) null, "view.mallory", AuditAction.LOGIN_LOCKED, "user", 77, "5 failures", "203.0.113.5");
        audit.record((Long) null, "view.trent", AuditAction.LOGIN_FAILED, "user", 78, "wrong password", "203.0.113.6");
        signInAs("admin");
        navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-log"));
        assertThat(_size(grid)).as("every entry, before any filter").isGreaterThanOrEqualTo(3);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), "view.");
        assertThat(_size(grid)).isEqualTo(3);
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withId("audit-action-filter"));
        _setValue(action, AuditAction.LOGIN_FAILED);
        assertThat(rows(grid)).hasSize(2).allSatisfy(row -> assertThat(row).contains("登录失败"));
        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(ComboBox.class, spec -> spec.withId("audit-type-filter"));
        _setValue(type, "user");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-record-filter")), "78");
        assertThat(rows(grid)).singleElement().satisfies(row -> assertThat(row).contains("view.trent", "用户 #78", "203.0.113.6"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.now().plusDays(2));
        assertThat(_size(grid)).isZero();
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), null);

        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("audit-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF编号,时间,操作人,操作,对象,说明,IP 地址").contains("view.trent", "登录失败", "用户 #78")
                .doesNotContain("view.mallory");
        byte[] xlsx = _download(_get(Anchor.class, spec -> spec.withId("audit-xlsx")));
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        List<AuditEntry> exports = audit.newestFirst(0, 2).getContent();
        assertThat(exports).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.AUDIT_EXPORTED);
            assertThat(e.actorName()).isEqualTo("admin");
            assertThat(e.detail()).contains("1 rows", "actor=view.", "record=78");
        });
    }

    @Test
    void theChainCheckSaysIntactOrNamesTheChangedEntry() {
        AuditLog audit = context.getBean(AuditLog.class);
        audit.record((Long) null, "view.victor", AuditAction.USER_CREATED, "user", 90, "新增：张三", "");
        long id = audit.newestFirst(0, 1).getContent().get(0).id();
        signInAs("admin");
        navigate("admin/audit");
        assertThat(_find(Span.class, spec -> spec.withId("audit-chain-result"))).as("shown once checked").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        Span result = _get(Span.class, spec -> spec.withId("audit-chain-result"));
        assertThat(result.getText()).startsWith("审计日志完整：已核验");
        assertThat(result.getElement().getThemeList()).contains("success");

        context.getBean(JdbcOperations.class).prepareStatement(
                "UPDATE audit_log SET detail = '新增：李四' WHERE id = " + id, PreparedStatement::executeUpdate);
        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(result.getText()).isEqualTo("审计日志在第 " + id + " 号记录处断开：第 " + id
                + " 号记录的内容在写入后被修改过（此前 " + (countBefore(id)) + " 条记录完整）。");
        assertThat(result.getElement().getThemeList()).contains("error");
    }

    private long countBefore(long id) {
        return context.getBean(JdbcOperations.class).prepareStatement(
                "SELECT chain_seq - 1 FROM audit_log WHERE id = " + id, ps -> {
                    try (var r = ps.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                });
    }

    private static List<String> rows(Grid<AuditEntry> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> String.join(" | ", _getFormattedRow(grid, i))).toList();
    }
}
