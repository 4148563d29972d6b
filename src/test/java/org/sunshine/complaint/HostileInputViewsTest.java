package org.sunshine.complaint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.UiTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker types into the public form, and what an inspector's export then holds: control characters and
 * direction overrides are refused on the field with a message and nothing is stored; a subject that a spreadsheet
 * would run as a formula comes out of the CSV and the Excel export as text.
 */
@MicronautTest(startApplication = false)
class HostileInputViewsTest extends UiTest {

    @Test
    void controlCharactersAndDirectionOverridesAreRefusedOnTheFieldAndNothingIsStored() {
        long before = context.getBean(ComplaintRepository.class).count();
        for (String subject : new String[]{"响铃\u0007", "转义\u001B[2J", "垂直\u000B制表", "发票.\u202Efdp.exe", "隔离\u2067"}) {
            navigate("submit");
            fill(subject, "正常的内容。");
            _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
            TextField field = _get(TextField.class, spec -> spec.withId("complaint-subject"));
            assertThat(field.isInvalid()).as(subject).isTrue();
            assertThat(field.getErrorMessage()).as(subject).isEqualTo("“标题”中含有不允许的字符（控制字符或文字方向控制符），请删除后再提交。");
            assertThat(_find(Span.class, spec -> spec.withId("receipt-tracking-code"))).as(subject).isEmpty();
        }
        navigate("submit");
        fill("正常的标题", "内容里有\u0085控制字符");
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("complaint-content")).getErrorMessage()).contains("“具体内容”中含有不允许的字符");
        assertThat(context.getBean(ComplaintRepository.class).count()).isEqualTo(before);
    }

    @Test
    void theBrowserIsToldEachFieldsLength() {
        navigate("submit");
        assertThat(_get(TextField.class, spec -> spec.withId("complaint-subject")).getMaxLength()).isEqualTo(ComplaintIntake.MAX_SUBJECT);
        assertThat(_get(TextArea.class, spec -> spec.withId("complaint-content")).getMaxLength()).isEqualTo(ComplaintIntake.MAX_CONTENT);
    }

    @Test
    void aFormulaInASubjectComesOutOfTheExportsAsText() throws Exception {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        navigate("submit");
        fill(formula, "-2+3+cmd|' /C calc'!A0");
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
        String code = _get(Span.class, spec -> spec.withId("receipt-tracking-code")).getText();

        signInAs("inspector");
        navigate("complaints");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-search")), code);
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("complaint-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).contains(code, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").doesNotContain(",\"=HYPERLINK");
        byte[] xlsx = _download(_get(Anchor.class, spec -> spec.withId("complaint-xlsx")));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(1);
            boolean found = false;
            for (var cell : row) {
                assertThat(cell.getCellType()).as("no cell is a formula").isNotEqualTo(CellType.FORMULA);
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                    assertThat(cell.getStringCellValue()).isEqualTo("'" + formula);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    private void fill(String subject, String content) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.SUGGESTION);
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), subject);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-content")), content);
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
    }
}
