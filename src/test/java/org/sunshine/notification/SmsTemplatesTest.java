package org.sunshine.notification;

import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SMS template of the bundle ({@code notify.*.sms}), in both languages, filled in with long arguments, is at
 * most 70 characters with its stop line, and its fixed words leave each argument it uses room for 4 characters (a
 * template whose fixed words are too long would have its arguments cut first: a code among them). A template added
 * later is checked too.
 */
class SmsTemplatesTest {

    private final Messages messages = new Messages();

    @Test
    void everySmsFitsSeventyCharactersInBothLanguages() throws IOException {
        List<String> keys = smsKeys();
        assertThat(keys).contains("notify.test.sms");
        List<String> tooLong = new ArrayList<>();
        for (Locale locale : Messages.LOCALES) {
            String stop = " " + messages.getTranslation("notify.sms.stop", locale);
            for (String key : keys) {
                String pattern = messages.pattern(key, locale);
                int arguments = new MessageFormat(pattern, locale).getFormatsByArgumentIndex().length;
                long used = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern).results()
                        .map(r -> r.group(1)).distinct().count();
                List<String> longArgs = Collections.nCopies(arguments, "关于某某街道某某小区长期存在的违规占道经营问题的投诉");
                SmsText.Fitted fitted = SmsText.fit(pattern, longArgs, stop, locale, SmsText.MAX);
                if (SmsText.length(fitted.text()) > SmsText.MAX || !fitted.text().endsWith(stop)) {
                    tooLong.add(locale + " " + key + ": " + fitted.text());
                }
                String fixedWords = SmsText.fit(pattern, Collections.nCopies(arguments, ""), stop, locale, 1000).text();
                if (SmsText.length(fixedWords) > SmsText.MAX - 4 * used) {
                    tooLong.add(locale + " " + key + " leaves less than 4 characters an argument: " + fixedWords);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void theLongestArgumentIsShortenedAndShortOnesStayWhole() {
        SmsText.Fitted fitted = SmsText.fit("您的诉求{0}（{1}）已受理。", List.of("TS20260302-000123",
                "关于某某街道某某小区长期存在的违规占道经营问题的投诉，请尽快处理，谢谢，另外还有很多很多很多很多很多话"),
                " 回T退订", Messages.CHINESE, SmsText.MAX);

        assertThat(SmsText.length(fitted.text())).isEqualTo(SmsText.MAX);
        assertThat(fitted.text()).startsWith("您的诉求TS20260302-000123（关于某某街道").contains("…）已受理。")
                .endsWith(" 回T退订");
        assertThat(fitted.args().get(0)).isEqualTo("TS20260302-000123");
        assertThat(fitted.args().get(1)).endsWith("…");
        // a text that fits is left alone
        assertThat(SmsText.fit("您的诉求{0}已受理。", List.of("TS1"), " 回T退订", Messages.CHINESE, SmsText.MAX).text())
                .isEqualTo("您的诉求TS1已受理。 回T退订");
    }

    private static List<String> smsKeys() throws IOException {
        Properties zh = new Properties();
        try (InputStream in = SmsTemplatesTest.class.getResourceAsStream("/i18n/messages.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return zh.stringPropertyNames().stream().filter(k -> k.startsWith("notify.") && k.endsWith(".sms"))
                .sorted().toList();
    }
}
