package org.sunshine.base.text;

import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one rule for text fields: which characters, which lengths, and what the person is told. */
class TextRulesTest {

    @Test
    void controlCharactersAreRefusedEverywhere() {
        for (String bad : new String[]{"\u0000", "\u0007", "\u001B", "\u000B", "\u000C", "\u007F", "\u0080", "\u0085", "\u009F"}) {
            assertThat(TextRules.allowed("a" + bad + "b", TextRules.Lines.MANY)).as("U+%04X", (int) bad.charAt(0)).isFalse();
            assertThat(TextRules.allowed("a" + bad + "b", TextRules.Lines.ONE)).as("U+%04X", (int) bad.charAt(0)).isFalse();
        }
    }

    @Test
    void directionOverridesAndIsolatesAreRefusedButMarksAreNot() {
        for (char c = '\u202A'; c <= '\u202E'; c++) {
            assertThat(TextRules.allowed("x" + c, TextRules.Lines.MANY)).isFalse();
        }
        for (char c = '\u2066'; c <= '\u2069'; c++) {
            assertThat(TextRules.allowed("x" + c, TextRules.Lines.MANY)).isFalse();
        }
        assertThat(TextRules.allowed("שלום\u200Fabc\u200E", TextRules.Lines.ONE)).isTrue();
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineFields() {
        assertThat(TextRules.allowed("一\r\n二\t三", TextRules.Lines.MANY)).isTrue();
        assertThat(TextRules.allowed("一\n二", TextRules.Lines.ONE)).isFalse();
        assertThat(TextRules.allowed("一\t二", TextRules.Lines.ONE)).isFalse();
        assertThat(TextRules.allowed("一\u2028二", TextRules.Lines.ONE)).isFalse();
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> TextRules.line("subject", "complaint.subject", "一\n二", 10));
        assertThat(e.messageKey()).isEqualTo("input.error.lineBreak");
        assertThat(e.field()).isEqualTo("subject");
    }

    @Test
    void brokenSurrogatesAreRefusedAndWholeOnesCountAsOneCharacter() {
        assertThat(TextRules.allowed("a\uD83D", TextRules.Lines.MANY)).isFalse();
        assertThat(TextRules.allowed("\uDE00a", TextRules.Lines.MANY)).isFalse();
        assertThat(TextRules.allowed("好😀", TextRules.Lines.ONE)).isTrue();
        assertThat(TextRules.line("subject", "complaint.subject", "😀😀", 2)).isEqualTo("😀😀");
    }

    @Test
    void theTextIsStrippedAndNormalisedAndItsLengthChecked() {
        assertThat(TextRules.line("name", "complaint.name", "  Cafe\u0301  ", 10)).isEqualTo("Café");
        DomainException tooLong = catchThrowableOfType(DomainException.class,
                () -> TextRules.lines("content", "complaint.content", "长".repeat(11), 10));
        assertThat(tooLong.messageKey()).isEqualTo("input.error.tooLong");
        assertThat(((Text) tooLong.args()[0]).key()).isEqualTo("complaint.content");
        assertThat(tooLong.args()[1]).isEqualTo(10);
        assertThat(tooLong.args()[2]).isEqualTo(11);
        assertThatThrownBy(() -> TextRules.line("subject", "complaint.subject", "a\u202Eb", 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("input.error.characters"));
    }

    @Test
    void whatIsRecordedOfARefusedTextFitsAndShowsWhereTheBadCharactersWere() {
        assertThat(TextRules.shown("admin\u0007\u202E", 40)).isEqualTo("admin\uFFFD\uFFFD");
        assertThat(TextRules.shown("a".repeat(61), 40)).isEqualTo("a".repeat(39) + "…");
        assertThat(TextRules.shown("短", 40)).isEqualTo("短");
    }
}
