package org.sunshine.worknotice;

import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the notices to staff and of 找回查询码, in both languages: each template has its text message, subject
 * and body, and the text message filled in with the longest arguments it really gets, with the outbox's stop line,
 * is at most 70 characters (one SMS), so that the outbox never has to cut a number or a code short.
 */
class NoticeTextsTest {

    /** The longest organ name of the demo city as printed (盘锦市 before 市…). */
    private static final String LONG_DEPARTMENT = "盘锦市行政审批管理办公室";
    private static final String TITLE = "关于".repeat(29) + "公开…";
    private static final String LINK = "https://sunshine.panjin.gov.cn/disclosure/requests/1234567";

    /** Each template with the longest arguments it is given. */
    private static final Map<String, List<String>> TEMPLATES = Map.ofEntries(
            Map.entry("recovery.code", List.of("123456", "10")),
            Map.entry("work.complaintToAccept", List.of("20261231-999999", TITLE, LINK)),
            Map.entry("work.complaintAssigned", List.of("20261231-999999", TITLE, LINK)),
            Map.entry("work.complaintReopened", List.of("20261231-999999", TITLE, LINK)),
            Map.entry("work.returnRequested", List.of("20261231-999999", TITLE, LINK)),
            Map.entry("work.extensionRequested", List.of("20261231-999999", TITLE, LINK)),
            Map.entry("work.findingFiled", List.of("JD-2026-99999", LONG_DEPARTMENT, LINK)),
            Map.entry("work.findingConfirmed", List.of("JD-2026-99999", LONG_DEPARTMENT, LINK)),
            Map.entry("work.applicationFiled", List.of("YS20261231-999999", TITLE, LINK)),
            Map.entry("work.applicationCorrected", List.of("YS20261231-999999", TITLE, LINK)),
            Map.entry("work.applicationExtension", List.of("YS20261231-999999", TITLE, LINK)),
            Map.entry("work.annualReportSubmitted", List.of(LONG_DEPARTMENT, LONG_DEPARTMENT, LINK)),
            Map.entry(DigestMessages.TEMPLATE, List.of("999", "999", "· 本部门办理中的诉求：已逾期 999 件，临近期限 999 件", LINK,
                    "欧阳某某")));

    private final Messages messages = new Messages();

    @Test
    void everyTemplateHasItsThreeTextsInBothLanguagesAndATextMessageFitsOneSms() {
        for (Locale locale : Messages.LOCALES) {
            TEMPLATES.forEach((template, args) -> {
                for (String part : List.of("sms", "subject", "body")) {
                    String text = messages.getTranslation("notify." + template + "." + part, locale, args.toArray());
                    assertThat(text).as(template + "." + part + " " + locale).doesNotStartWith("!");
                }
                String sms = messages.getTranslation("notify." + template + ".sms", locale, args.toArray()) + " "
                        + messages.getTranslation("notify.sms.stop", locale);
                assertThat(sms.codePointCount(0, sms.length())).as(sms).isLessThanOrEqualTo(70);
            });
        }
    }

    @Test
    void theNewWorkRulesUseTemplatesThatExist() {
        assertThat(NewWorkRules.RULES).allSatisfy(r -> assertThat(TEMPLATES).containsKey(r.template()));
    }
}
