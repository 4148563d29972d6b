package org.sunshine.recovery;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.inforequest.RequestTracking;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 找回查询码 against the database, the notices captured: a known and an unknown contact are answered alike; the code
 * sent opens exactly the contact's items; codes expire, are used once, allow five tries; requests are limited per
 * address and per contact; a new query code replaces the old one. Each test is rolled back; each uses addresses and
 * contacts of its own, the limits being kept in memory.
 */
@MicronautTest(startApplication = false)
class RecoveryTest {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final MutableClock clock = MutableClock.shanghai("2026-12-08T02:00:00Z");
    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Inject
    Recovery recovery;
    @Inject
    ComplaintIntake complaints;
    @Inject
    ComplaintTracking complaintTracking;
    @Inject
    RequestIntake requests;
    @Inject
    RequestTracking requestTracking;
    @Inject
    DepartmentService departments;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Notifier.class)
    Notifier notifier() {
        return notices::add;
    }

    @BeforeEach
    void clear() {
        notices.clear();
    }

    @Test
    void aKnownAndAnUnknownContactGetTheSameAnswerAndOnlyTheKnownOneACode() {
        String known = phone();
        complaint(known, "路灯不亮");
        String ip = ip();

        Recovery.Requested toKnown = recovery.request(known, ip, Locale.CHINESE);
        Recovery.Requested toUnknown = recovery.request(phone(), ip, Locale.CHINESE);
        Recovery.Requested toUnknownAddress = recovery.request("nobody" + NEXT.incrementAndGet() + "@example.org", ip,
                Locale.CHINESE);

        assertThat(toKnown.minutes()).isEqualTo(toUnknown.minutes()).isEqualTo(toUnknownAddress.minutes()).isEqualTo(10);
        assertThat(List.of(toKnown.ticket(), toUnknown.ticket(), toUnknownAddress.ticket())).doesNotHaveDuplicates();
        assertThat(codes()).singleElement().satisfies(n -> {
            assertThat(n.to().phone()).isEqualTo(known);
            assertThat(n.to().email()).isNull();
            assertThat(n.template()).isEqualTo("recovery.code");
            assertThat(n.eventKey()).isEqualTo("recovery:" + toKnown.ticket());
            assertThat(n.args().get(0)).matches("[0-9]{6}");
            assertThat(n.args().get(1)).isEqualTo("10");
        });
        // an unknown contact's request can be answered like any other: a wrong code, then void
        assertThatThrownBy(() -> recovery.verify(toUnknown.ticket(), "13800000000", "123456", ip))
                .hasMessageContaining("recovery.error.expired");
    }

    @Test
    void knownAndUnknownContactsTakeTimesOfTheSameOrder() {
        long[] knownTimes = new long[7];
        long[] unknownTimes = new long[7];
        for (int i = 0; i < 7; i++) {
            String known = phone();
            complaint(known, "噪音扰民");
            long start = System.nanoTime();
            recovery.request(known, ip(), Locale.CHINESE);
            knownTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            recovery.request(phone(), ip(), Locale.CHINESE);
            unknownTimes[i] = System.nanoTime() - start;
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        assertThat((double) Math.max(knownMedian, unknownMedian) / Math.min(knownMedian, unknownMedian))
                .as("known %d µs, unknown %d µs", knownMedian / 1000, unknownMedian / 1000).isLessThan(10);
    }

    @Test
    void theCodeOpensExactlyTheContactsItemsMostRecentFirst() {
        String mine = phone();
        String email = "owner" + NEXT.incrementAndGet() + "@example.com";
        Receipt first = complaint(mine, "第一件");
        clock.advance(Duration.ofMinutes(5));
        RequestReceipt byPhone = application(spaced(mine), "other" + NEXT.incrementAndGet() + "@example.com");
        clock.advance(Duration.ofMinutes(5));
        Receipt second = complaint("+86 " + mine, "第二件");
        clock.advance(Duration.ofMinutes(5));
        RequestReceipt byEmail = application(phone(), email.toUpperCase(Locale.ROOT));
        clock.advance(Duration.ofMinutes(5));
        Receipt complaintByEmail = complaints.submit(new Submission(ComplaintType.COMPLAINT, null, department("MZJ"),
                "邮箱留的诉求", "请公开。", null, null, " " + email + " ", false, List.of()), ComplaintIntake.Origin.web(ip()));
        complaint(phone(), "别人的诉求");
        application(phone(), "someone" + NEXT.incrementAndGet() + "@example.com");

        Grant byMobile = grant(mine);
        assertThat(recovery.items(byMobile)).extracting(RecoveredItem::number)
                .containsExactly(second.trackingCode(), byPhone.requestNo(), first.trackingCode());
        assertThat(recovery.items(byMobile).get(0)).satisfies(i -> {
            assertThat(i.kind()).isEqualTo(RecoveredItem.Kind.COMPLAINT);
            assertThat(i.title()).isEqualTo("第二件");
            assertThat(i.stateKey()).isEqualTo("complaint.state.SUBMITTED");
            assertThat(i.open()).isTrue();
        });
        assertThat(recovery.items(byMobile).get(1).organ()).isEqualTo("盘锦市民政局");

        Grant byAddress = grant(email);
        assertThat(recovery.items(byAddress)).extracting(RecoveredItem::number)
                .containsExactly(complaintByEmail.trackingCode(), byEmail.requestNo());
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String mine = phone();
        complaint(mine, "过期");
        String ip = ip();
        Recovery.Requested requested = recovery.request(mine, ip, Locale.CHINESE);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> recovery.verify(requested.ticket(), mine, lastCode(), ip))
                .isInstanceOf(DomainException.class).hasMessageContaining("recovery.error.expired");
    }

    @Test
    void aCodeIsUsedOnce() {
        String mine = phone();
        complaint(mine, "一次");
        String ip = ip();
        Recovery.Requested requested = recovery.request(mine, ip, Locale.CHINESE);
        String code = lastCode();
        recovery.verify(requested.ticket(), mine, code, ip);
        assertThatThrownBy(() -> recovery.verify(requested.ticket(), mine, code, ip))
                .isInstanceOf(DomainException.class).hasMessageContaining("recovery.error.spent");
    }

    @Test
    void fiveWrongCodesVoidTheRequestEvenForTheRightOneAfter() {
        String mine = phone();
        complaint(mine, "试错");
        String ip = ip();
        Recovery.Requested requested = recovery.request(mine, ip, Locale.CHINESE);
        String code = lastCode();
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int left = 4; left >= 1; left--) {
            int expected = left;
            assertThatThrownBy(() -> recovery.verify(requested.ticket(), mine, wrong, ip))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("recovery.error.wrong");
                        assertThat(e.args()).containsExactly(expected);
                        assertThat(e.field()).isEqualTo("code");
                    });
        }
        assertThatThrownBy(() -> recovery.verify(requested.ticket(), mine, wrong, ip))
                .hasMessageContaining("recovery.error.spent");
        assertThatThrownBy(() -> recovery.verify(requested.ticket(), mine, code, ip))
                .hasMessageContaining("recovery.error.spent");
    }

    @Test
    void aCodeIsForTheContactItWasSentTo() {
        String mine = phone();
        complaint(mine, "别人的号码");
        String ip = ip();
        Recovery.Requested requested = recovery.request(mine, ip, Locale.CHINESE);
        assertThatThrownBy(() -> recovery.verify(requested.ticket(), phone(), lastCode(), ip))
                .hasMessageContaining("recovery.error.expired");
    }

    @Test
    void anAddressAsksForFiveCodesAnHourWhateverTheContacts() {
        String ip = ip();
        for (int i = 0; i < 5; i++) {
            recovery.request(phone(), ip, Locale.CHINESE);
        }
        assertThatThrownBy(() -> recovery.request(phone(), ip, Locale.CHINESE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("recovery.error.tooMany");
                    assertThat(e.args()).containsExactly(60L);
                });
        clock.advance(Duration.ofHours(1));
        recovery.request(phone(), ip, Locale.CHINESE);
    }

    @Test
    void aContactGetsThreeCodesAnHourAndTenADayWhoeverAsks() {
        String mine = phone();
        complaint(mine, "限次");
        for (int i = 0; i < 3; i++) {
            recovery.request(mine, ip(), Locale.CHINESE);
        }
        assertThatThrownBy(() -> recovery.request(" " + mine + " ", ip(), Locale.CHINESE))
                .hasMessageContaining("recovery.error.tooMany");
        // an unknown contact is limited alike: the limit tells nothing
        String unknown = phone();
        for (int i = 0; i < 3; i++) {
            recovery.request(unknown, ip(), Locale.CHINESE);
        }
        assertThatThrownBy(() -> recovery.request(unknown, ip(), Locale.CHINESE))
                .hasMessageContaining("recovery.error.tooMany");
        for (int hour = 1; hour <= 3; hour++) {
            clock.advance(Duration.ofHours(1));
            for (int i = 0; i < (hour == 3 ? 1 : 3); i++) {
                recovery.request(mine, ip(), Locale.CHINESE);
            }
        }
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> recovery.request(mine, ip(), Locale.CHINESE))
                .hasMessageContaining("recovery.error.tooMany");
        assertThat(codes()).hasSize(10);
    }

    @Test
    void textThatIsNoContactIsRefusedOnTheField() {
        for (String bad : List.of("", "12", "abc", "a@b", "138 0013 8000 1234 5678", "x@y.z@w.com")) {
            assertThatThrownBy(() -> recovery.request(bad, ip(), Locale.CHINESE))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("recovery.error.contact");
                        assertThat(e.field()).isEqualTo("contact");
                    });
        }
        assertThat(codes()).isEmpty();
    }

    @Test
    void aNewQueryCodeReplacesTheOldOneForTheContactsItemsOnly() {
        String mine = phone();
        Receipt complaint = complaint(mine, "新查询码");
        RequestReceipt application = application(mine, "mine" + NEXT.incrementAndGet() + "@example.com");
        Receipt someoneElses = complaint(phone(), "不是我的");
        Grant grant = grant(mine);

        String newCode = recovery.newQueryCode(grant, RecoveredItem.Kind.COMPLAINT, complaint.trackingCode());
        assertThat(newCode).matches("[2-9A-HJ-NP-Z]{8}").isNotEqualTo(complaint.queryCode());
        assertThat(complaintTracking.find(complaint.trackingCode(), complaint.queryCode(), ip())).isEmpty();
        assertThat(complaintTracking.find(complaint.trackingCode(), newCode, ip())).isPresent();

        String newRequestCode = recovery.newQueryCode(grant, RecoveredItem.Kind.APPLICATION, application.requestNo());
        assertThat(requestTracking.open(application.requestNo(), application.queryCode())).isEmpty();
        assertThat(requestTracking.open(application.requestNo(), newRequestCode)).isPresent();

        assertThatThrownBy(() -> recovery.newQueryCode(grant, RecoveredItem.Kind.COMPLAINT, someoneElses.trackingCode()))
                .hasMessageContaining("recovery.error.notYours");
        assertThat(complaintTracking.find(someoneElses.trackingCode(), someoneElses.queryCode(), ip())).isPresent();
    }

    /** Asks for a code for the contact and enters it. */
    private Grant grant(String contact) {
        String ip = ip();
        Recovery.Requested requested = recovery.request(contact, ip, Locale.CHINESE);
        return recovery.verify(requested.ticket(), contact, lastCode(), ip);
    }

    /** The codes sent (the complainants' and applicants' own notices of their filings left out). */
    private List<Notice> codes() {
        return notices.stream().filter(n -> n.template().equals(Recovery.TEMPLATE)).toList();
    }

    private String lastCode() {
        return codes().get(codes().size() - 1).args().get(0);
    }

    private Receipt complaint(String phone, String subject) {
        return complaints.submit(new Submission(ComplaintType.SUGGESTION, null, department("MZJ"), subject,
                "请公开相关信息。", "王女士", phone, false, List.of()), ComplaintIntake.Origin.web(ip()));
    }

    private RequestReceipt application(String phone, String email) {
        return requests.file(new RequestForm(String.valueOf(department("MZJ")), ApplicantKind.PERSON, "张三丰",
                IdType.RESIDENT_ID, "11010519491231002X", null, null, null, phone, email, "盘锦市兴隆台区惠宾街 1 号",
                "124010", "2025 年度城乡低保资金发放明细", null, FormWanted.EMAIL, Delivery.EMAIL, List.of()),
                RequestOrigin.online(ip()));
    }

    private long department(String code) {
        return departments.active().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(DepartmentRow::id).orElseThrow();
    }

    /** A mobile number nobody else in the tests uses. */
    private static String phone() {
        return String.format(Locale.ROOT, "1390%07d", NEXT.incrementAndGet());
    }

    private static String spaced(String mobile) {
        return mobile.substring(0, 3) + " " + mobile.substring(3, 7) + "-" + mobile.substring(7);
    }

    private static String ip() {
        int n = NEXT.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
