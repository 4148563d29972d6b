package org.sunshine.proactive;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunshine.base.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The rules of a record's form, as a table of forms and the problems each must get (field and message, every one of
 * them, in the order of the fields); and its clock on the bundled State Council calendar: 7 working days for 行政许可
 * and 行政处罚, 20 for the rest, the item's if shorter, holidays and make-up Saturdays counted as they fall.
 */
@MicronautTest(startApplication = false)
class RecordChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final long INACTIVE_ITEM = 99;

    @Inject
    RecordClock clock;

    static Stream<Arguments> forms() {
        return Stream.of(
                form("a licensing decision on the website", f -> f),
                form("a plan on a notice board, without a URL", f -> f.category(RecordCategory.PLANS)
                        .channel(Channel.NOTICE_BOARD).url("")),
                form("a rule in force, later repealed", f -> f.category(RecordCategory.RULE).issued("2026-10-01")
                        .repealed("2026-11-30")),
                form("a fee with its amount", f -> f.category(RecordCategory.FEE).fee("1234.50")),
                form("a fee of nothing", f -> f.category(RecordCategory.FEE).fee("0")),
                form("another channel, named", f -> f.channel(Channel.OTHER).note("村务公开栏").url("")),
                form("published the day it was formed", f -> f.published("2026-09-28")),
                form("no title", f -> f.title("  "), "title:proactive.error.required"),
                form("a title of 301 characters", f -> f.title("公".repeat(301)), "title:input.error.tooLong"),
                form("a line break in a title (a CSV cell may hold one)", f -> f.title("关于准予\n许可的决定"),
                        "title:input.error.lineBreak"),
                form("no category", f -> f.category(null), "category:proactive.error.required"),
                form("an item no longer active", f -> f.item(INACTIVE_ITEM), "itemId:proactive.error.item"),
                form("formed before 2000", f -> f.formed("1999-12-31"), "formedOn:proactive.error.formedOn"),
                form("formed after today", f -> f.formed("2026-12-02").published("2026-12-01"),
                        "formedOn:proactive.error.formedOn", "publishedOn:proactive.error.publishedBeforeFormed"),
                form("no date formed", f -> f.formed(null), "formedOn:proactive.error.required"),
                form("published after today", f -> f.published("2026-12-02"),
                        "publishedOn:proactive.error.publishedFuture"),
                form("published before it was formed", f -> f.published("2026-09-27"),
                        "publishedOn:proactive.error.publishedBeforeFormed"),
                form("no channel", f -> f.channel(null), "channel:proactive.error.required"),
                form("another channel, not named", f -> f.channel(Channel.OTHER).url(""),
                        "channelNote:proactive.error.channelNote"),
                form("the website without a URL", f -> f.url(""), "url:proactive.error.urlRequired"),
                form("new media without a URL", f -> f.channel(Channel.NEW_MEDIA).url(""),
                        "url:proactive.error.urlRequired"),
                form("an ftp URL", f -> f.url("ftp://www.panjin.gov.cn/15.html"), "url:proactive.error.url"),
                form("a URL without a host", f -> f.url("https:///15.html"), "url:proactive.error.url"),
                form("a rule without its date in force", f -> f.category(RecordCategory.NORMATIVE),
                        "issuedOn:proactive.error.issuedOn"),
                form("a rule repealed before it was in force", f -> f.category(RecordCategory.RULE)
                        .issued("2026-10-01").repealed("2026-09-30"), "repealedOn:proactive.error.repealedBeforeIssued"),
                form("a licensing decision with a date in force", f -> f.issued("2026-10-01"),
                        "issuedOn:proactive.error.validityOnly"),
                form("a fee without its amount", f -> f.category(RecordCategory.FEE),
                        "feeAmount:proactive.error.feeAmount"),
                form("a fee with three decimals", f -> f.category(RecordCategory.FEE).fee("12.345"),
                        "feeAmount:proactive.error.feeRange"),
                form("a negative fee", f -> f.category(RecordCategory.FEE).fee("-1"),
                        "feeAmount:proactive.error.feeRange"),
                form("an amount on a plan", f -> f.category(RecordCategory.PLANS).fee("10"),
                        "feeAmount:proactive.error.feeOnly"),
                form("everything wrong at once: all the problems, in the order of the fields",
                        f -> f.title("").category(null).published("2026-09-01").url(""),
                        "title:proactive.error.required", "category:proactive.error.required",
                        "publishedOn:proactive.error.publishedBeforeFormed", "url:proactive.error.urlRequired"));
    }

    private static Arguments form(String why, UnaryOperator<RecordFixture.Form> change, String... problems) {
        return arguments(why, change, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theProblemsOfAForm(String why, UnaryOperator<RecordFixture.Form> change, List<String> expected) {
        RecordChecks checks = RecordChecks.of(change.apply(RecordFixture.licensing(1L)).form(), TODAY,
                id -> id != INACTIVE_ITEM);
        assertThat(checks.problems()).extracting(p -> p.field() + ":" + p.messageKey()).as(why)
                .containsExactlyElementsOf(expected);
        assertThat(checks.ok()).isEqualTo(expected.isEmpty());
    }

    @Test
    void theCleanFormDropsWhatDoesNotApply() {
        RecordForm clean = RecordChecks.of(RecordFixture.licensing(1L).title("  关于准予许可的决定 ")
                .channel(Channel.NOTICE_BOARD).note("not asked for").form(), TODAY, id -> true).clean();
        assertThat(clean.title()).isEqualTo("关于准予许可的决定");
        assertThat(clean.channelNote()).isEmpty();
        assertThatProblem(() -> RecordChecks.of(RecordFixture.licensing(1L).title("").form(), TODAY, id -> true)
                .orThrow(), "proactive.error.required");
    }

    private static void assertThatProblem(Runnable run, String key) {
        try {
            run.run();
            throw new AssertionError("no problem thrown");
        } catch (DomainException e) {
            assertThat(e.messageKey()).isEqualTo(key);
        }
    }

    @ParameterizedTest(name = "{0} formed {2}, published {3}: {4} days, due {5}, late {6} working days ({7})")
    @CsvSource(delimiter = '|', textBlock = """
            LICENSING |    | 2026-09-28 | 2026-10-13 |  7 | 2026-10-13 | 0 | the National Day holiday skipped, Saturday 10 October worked
            LICENSING |    | 2026-09-28 | 2026-10-14 |  7 | 2026-10-13 | 1 | a day after it
            PENALTY   |    | 2026-09-28 | 2026-10-19 |  7 | 2026-10-13 | 4 | four working days after it
            PLANS     |    | 2026-09-28 | 2026-10-14 | 20 | 2026-10-30 | 0 | the general 20 days across the same holiday
            PLANS     |    | 2026-09-28 | 2026-11-02 | 20 | 2026-10-30 | 1 | Monday after the Friday deadline: one working day late
            PENALTY   |    | 2026-02-12 | 2026-02-28 |  7 | 2026-02-28 | 0 | the Spring Festival skipped, the make-up Saturdays worked
            FEE       |    | 2026-02-12 | 2026-03-18 | 20 | 2026-03-18 | 0 | 20 days across the Spring Festival
            PLANS     |  7 | 2026-09-28 | 2026-10-14 |  7 | 2026-10-13 | 1 | an item with a 7-day clock shortens a plan's 20
            LICENSING | 20 | 2026-09-28 | 2026-10-14 |  7 | 2026-10-13 | 1 | an item's longer clock does not lengthen 7
            """)
    void theClock(RecordCategory category, Integer itemDays, LocalDate formed, LocalDate published, int days,
                  LocalDate due, int lateDays, String why) {
        Timeliness t = clock.timeliness(category, itemDays, formed, published);
        assertThat(t.days()).as(why).isEqualTo(days);
        assertThat(t.due()).as(why).isEqualTo(due);
        assertThat(t.late()).as(why).isEqualTo(lateDays > 0);
        assertThat(t.lateDays()).as(why).isEqualTo(lateDays);
        assertThat(t.byItem()).isEqualTo(days < category.clockDays());
    }
}
