package org.sunshine.citizen;

import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.workflow.Workflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which step tells the complainant or the applicant what, as a table: every action of both machines, into every
 * state, either has its notice or is deliberately silent ({@code -}); and every notice has its three texts in both
 * languages, the text message at most 70 characters however long what fills it in.
 */
class StepNoticesTest {

    /** action, the state it leads to ({@code *}: any), the notice's template or {@code -} for none. */
    private static final String COMPLAINT = """
            SUBMIT             *   complaintReceived
            ACCEPT             *   complaintAccepted
            REJECT             *   complaintRejected
            ASSIGN             *   complaintAssigned
            RECEIVE            *   -
            REQUEST_RETURN     *   -
            APPROVE_RETURN     *   -
            REFUSE_RETURN      *   -
            REQUEST_EXTENSION  *   -
            APPROVE_EXTENSION  *   complaintExtended
            REFUSE_EXTENSION   *   -
            REPLY              *   complaintReplied
            RATE               *   complaintRated
            REOPEN             *   complaintReopened
            EXPIRE             *   complaintExpired
            WITHDRAW           *   complaintWithdrawn
            REMIND             *   -
            DEADLINE_CHANGED   *   -
            """;

    private static final String REQUEST = """
            FILE                  SUBMITTED   requestReceived
            FILE                  REGISTERED  requestRegistered
            REGISTER              *           requestRegistered
            REQUEST_CORRECTION    *           requestCorrection
            CORRECT               *           requestCorrected
            CONSULT               *           requestPaused
            CONSULTATION_ANSWERED *           -
            REQUEST_EXTENSION     *           -
            APPROVE_EXTENSION     *           requestExtended
            REFUSE_EXTENSION      *           -
            REQUEST_FEE           *           requestFee
            RECORD_PAYMENT        *           -
            REPLY                 *           requestReplied
            TERMINATE             *           requestTerminated
            WITHDRAW              *           requestWithdrawn
            REMIND                *           -
            REVIEW                *           -
            RECORD_REMEDY         *           -
            DEADLINE_CHANGED      *           -
            """;

    private final Messages messages = new Messages();

    @Test
    void everyComplaintActionIsToldOrSilentAsTheTableSays() {
        check(COMPLAINT, StepNotices.COMPLAINT);
    }

    @Test
    void everyApplicationActionIsToldOrSilentAsTheTableSays() {
        check(REQUEST, StepNotices.REQUEST);
    }

    @Test
    void everySilentStepSaysWhy() {
        Stream.concat(StepNotices.COMPLAINT.lines().stream(), StepNotices.REQUEST.lines().stream())
                .filter(line -> line.template() == null)
                .forEach(line -> assertThat(line.why()).as(line.action().toString()).isNotBlank());
    }

    @Test
    void everyNoticeHasItsTextsInBothLanguages() {
        for (String template : templates()) {
            for (Locale locale : Messages.LOCALES) {
                for (String part : List.of("sms", "subject", "body")) {
                    String key = "notify." + template + "." + part;
                    assertThat(messages.getTranslation(key, locale, "a", "b", "c", "d", "e")).as(key + " " + locale)
                            .doesNotStartWith("!");
                }
            }
        }
    }

    @Test
    void everyTextMessageFitsIn70CharactersWithItsStopLineAndTheLongestFillings() {
        List<String> tooLong = new ArrayList<>();
        for (String template : templates()) {
            for (Locale locale : Messages.LOCALES) {
                String sms = messages.getTranslation("notify." + template + ".sms", locale, longest(template, locale))
                        + " " + stopLine(locale);
                if (sms.codePointCount(0, sms.length()) > 70) {
                    tooLong.add(template + " " + locale + " (" + sms.length() + "): " + sms);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    /** What the outbox adds to every text message (notify.sms.stop), and must fit with it. */
    private String stopLine(Locale locale) {
        return messages.getTranslation("notify.sms.stop", locale);
    }

    @Test
    void everyNoticeNamesItsNumberAndTheTrackingPageInTheEmail() {
        for (String template : templates()) {
            for (Locale locale : Messages.LOCALES) {
                String body = messages.getTranslation("notify." + template + ".body", locale, "NUMBER", "D", "DATE", "X", "PAGE");
                assertThat(body).as(template + " " + locale).contains("NUMBER", "PAGE");
                assertThat(messages.getTranslation("notify." + template + ".sms", locale, "NUMBER", "D", "DATE", "X", "PAGE"))
                        .as("the text message names the item").contains("NUMBER");
            }
        }
    }

    @Test
    void englishNoticesAreAllEnglish() {
        for (String template : templates()) {
            for (String part : List.of("sms", "subject", "body")) {
                String text = messages.getTranslation("notify." + template + "." + part, Messages.ENGLISH, "0", "1", "2", "3", "4");
                assertThat(text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .as(template + "." + part + ": " + text).isTrue();
            }
        }
    }

    /** The number, the longest dates, the longest detail a text message of the template can get, and the page. */
    private Object[] longest(String template, Locale locale) {
        boolean request = template.startsWith("request");
        String number = request ? "YS20261231-999999" : "20261231-999999";
        String page = "https://gongkai.panjin.gov.cn/disclosure/track?no=" + number;
        String detail = switch (template) {
            case "complaintRated" -> messages.getTranslation("complaint.rating.BASICALLY_SATISFIED", locale);
            case "requestFee" -> "12000.00";
            case "complaintExtended", "requestExtended" -> "20";
            default -> "";
        };
        return new Object[]{number, longestDate("notify.date.short", locale), longestDate("notify.date", locale), detail,
                page};
    }

    private String longestDate(String patternKey, Locale locale) {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(messages.getTranslation(patternKey, locale), locale);
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).map(pattern::format)
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static List<String> templates() {
        TreeSet<String> all = new TreeSet<>();
        Stream.concat(StepNotices.COMPLAINT.lines().stream(), StepNotices.REQUEST.lines().stream())
                .map(NoticeTable.Line::template).filter(t -> t != null).forEach(all::add);
        all.add(StepNotices.RATING_CLOSING);
        return List.copyOf(all);
    }

    private static <S extends Enum<S>, A extends Enum<A>> void check(String table, NoticeTable<S, A> notices) {
        Workflow<S, A> machine = notices.machine();
        List<String[]> rows = table.strip().lines().map(l -> l.strip().split("\\s+")).toList();
        assertThat(notices.missing()).as("actions without a line").isEmpty();
        for (A action : machine.actions().getEnumConstants()) {
            assertThat(rows).as(action + " is in the test's table").anyMatch(r -> r[0].equals(action.name()));
            for (S to : machine.states().getEnumConstants()) {
                String[] row = rows.stream().filter(r -> r[0].equals(action.name())
                        && (r[1].equals("*") || r[1].equals(to.name()))).findFirst().orElse(null);
                Optional<String> expected = row == null || row[2].equals("-") ? Optional.empty() : Optional.of(row[2]);
                assertThat(notices.template(action, to)).as(action + " into " + to).isEqualTo(expected);
            }
        }
    }
}
