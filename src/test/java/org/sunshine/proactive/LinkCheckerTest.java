package org.sunshine.proactive;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.finding.Severity;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import java.io.IOException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checker against the database and a local web site (127.0.0.1, private addresses allowed for this test only),
 * the clock moved a day at a time: when a failing link becomes DEAD, what resets it, the claims that keep two runs
 * apart, the off switch, and the inspector's one-step finding. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
@Property(name = "sunshine.proactive.link-check.enabled", value = "true")
@Property(name = "sunshine.proactive.link-check.allow-private-addresses", value = "true")
@Property(name = "sunshine.proactive.link-check.host-delay", value = "0s")
@Property(name = "sunshine.proactive.link-check.connect-timeout", value = "500ms")
@Property(name = "sunshine.proactive.link-check.read-timeout", value = "500ms")
@Property(name = "sunshine.proactive.link-check.initial-delay", value = "1h")
@Property(name = "sunshine.proactive.link-check.interval", value = "1h")
class LinkCheckerTest {

    /** Monday 2 March 2026, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2026-03-02T02:00:00Z");

    @Inject
    LinkChecker checker;
    @Inject
    LinkStore store;
    @Inject
    LinkCandidates links;
    @Inject
    Records records;
    @Inject
    BusinessClock businessClock;
    @Inject
    UserRepository users;
    @Inject
    JdbcOperations jdbc;

    private LocalSite site;
    private boolean quiet;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        site.answer("/ok", LocalSite.Answer.status(200));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    /** A record of the handler's department (市民政局) published at a path of the local site. */
    private long record(String path) {
        if (!quiet) {
            quiet = true;
            // the records already kept (the demo's, with URLs that are not real) are not due in this test's days
            jdbc.prepareStatement("UPDATE disclosure_record SET link_state = 'OK', link_checked_at = '2100-01-01 00:00:00'"
                    + " WHERE link_checked_at IS NULL OR link_checked_at < '2100-01-01 00:00:00'", s -> s.executeUpdate());
        }
        LocalDate today = businessClock.today();
        SignedInUser handler = staff("handler");
        return records.add(new RecordForm(handler.departmentId(), "2026年2月城乡低保资金发放情况", "", RecordCategory.STATISTICS,
                null, today.minusDays(5), today.minusDays(2), Channel.WEBSITE, "", site.url(path), null, null, null),
                handler);
    }

    private LinkCandidate link(long id) {
        return store.find(id).orElseThrow();
    }

    private void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void aPageThatAnswersIsOkAndIsNotAskedAgainForADay() {
        long id = record("/ok");
        LinkRun run = checker.runOnce().orElseThrow();
        assertThat(run.checked()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        assertThat(link(id).state()).isEqualTo(LinkState.OK);
        assertThat(link(id).checkedAt()).isEqualTo(businessClock.now());
        assertThat(link(id).error()).isNull();
        assertThat(links.lastRun()).contains(run);

        clock.advance(Duration.ofHours(23));
        assertThat(checker.runOnce().orElseThrow().checked()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(checker.runOnce().orElseThrow().checked()).isEqualTo(1);
        assertThat(site.requestsTo("/ok")).isEqualTo(2);
    }

    @Test
    void aPageMissingThreeDaysRunningBecomesDead() {
        long id = record("/gone");
        Instant first = businessClock.now();
        checker.runOnce();
        assertThat(link(id)).satisfies(l -> {
            assertThat(l.state()).isEqualTo(LinkState.FAILING);
            assertThat(l.failures()).isEqualTo(1);
            assertThat(l.failDays()).isEqualTo(1);
            assertThat(l.failingSince()).isEqualTo(first);
            assertThat(l.error()).isEqualTo("status:404");
        });
        assertThat(checker.recheck(id)).as("a second failure the same day is no second day").isEqualTo(LinkState.FAILING);
        assertThat(link(id).failures()).isEqualTo(2);
        assertThat(link(id).failDays()).isEqualTo(1);

        nextDay();
        checker.runOnce();
        assertThat(link(id).state()).isEqualTo(LinkState.FAILING);
        assertThat(link(id).failDays()).isEqualTo(2);

        nextDay();
        LinkRun third = checker.runOnce().orElseThrow();
        assertThat(third.becameDead()).isEqualTo(1);
        assertThat(link(id)).satisfies(l -> {
            assertThat(l.state()).isEqualTo(LinkState.DEAD);
            assertThat(l.failures()).isEqualTo(4);
            assertThat(l.failDays()).isEqualTo(3);
            assertThat(l.failingSince()).isEqualTo(first);
        });
        nextDay();
        assertThat(checker.runOnce().orElseThrow().becameDead()).as("already DEAD").isZero();
        assertThat(link(id).state()).isEqualTo(LinkState.DEAD);
    }

    @Test
    void threeDatesWithinLessThanTwoDaysAreNotYetDead() {
        long id = record("/gone");
        checker.runOnce(); // Monday 10:00
        clock.advance(Duration.ofHours(14).plusMinutes(30)); // Tuesday 00:30
        checker.recheck(id);
        clock.advance(Duration.ofDays(1)); // Wednesday 00:30: three dates, 38.5 hours
        assertThat(checker.recheck(id)).isEqualTo(LinkState.FAILING);
        assertThat(link(id).failDays()).isEqualTo(3);
        clock.advance(Duration.ofHours(9).plusMinutes(30)); // Wednesday 10:00: 48 hours
        assertThat(checker.recheck(id)).isEqualTo(LinkState.DEAD);
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        long id = record("/flaky");
        checker.runOnce();
        nextDay();
        site.answer("/flaky", LocalSite.Answer.status(200));
        checker.runOnce();
        assertThat(link(id)).satisfies(l -> {
            assertThat(l.state()).isEqualTo(LinkState.OK);
            assertThat(l.failures()).isZero();
            assertThat(l.failDays()).isZero();
            assertThat(l.failingSince()).isNull();
        });
        site.answer("/flaky", LocalSite.Answer.status(500));
        nextDay();
        Instant again = businessClock.now();
        checker.runOnce();
        nextDay();
        checker.runOnce();
        assertThat(link(id).state()).as("failed on three days, but with a success between").isEqualTo(LinkState.FAILING);
        assertThat(link(id).failingSince()).isEqualTo(again);
        nextDay();
        checker.runOnce();
        assertThat(link(id).state()).isEqualTo(LinkState.DEAD);
        assertThat(link(id).error()).isEqualTo("status:500");
    }

    @Test
    void theOffSwitchSendsNothingAndWritesNothing() {
        long id = record("/ok");
        Optional<LinkRun> before = links.lastRun();
        LinkCheckSettings on = checker.settings();
        LinkCheckSettings off = new LinkCheckSettings(false, on.interval(), on.initialDelay(), on.batchSize(),
                on.maxRun(), on.recheckHours(), on.deadAfterDays(), on.concurrency(), on.hostDelay(),
                on.connectTimeout(), on.readTimeout(), on.maxRedirects(), on.userAgent(), on.allowPrivateAddresses());
        LinkChecker switchedOff = new LinkChecker(off, store, businessClock, "");
        assertThat(switchedOff.runOnce()).isEmpty();
        switchedOff.onSchedule();
        assertThatThrownBy(() -> switchedOff.recheck(id)).isInstanceOf(DomainException.class)
                .hasMessageContaining("proactive.links.error.off");
        assertThat(site.seen()).isEmpty();
        assertThat(link(id).state()).isEqualTo(LinkState.UNCHECKED);
        assertThat(links.lastRun()).isEqualTo(before);
    }

    @Test
    void aClaimedRecordIsNotCheckedByAnotherRunUntilTheClaimLapses() {
        long id = record("/ok");
        Instant now = businessClock.now();
        Instant until = now.plus(checker.settings().claimLease());
        List<LinkStore.Claimed> first = store.claimDue("run-a", now, until, now.minus(Duration.ofHours(24)), 100);
        assertThat(first).extracting(LinkStore.Claimed::id).contains(id);
        assertThat(store.claimDue("run-b", now, until, now.minus(Duration.ofHours(24)), 100))
                .extracting(LinkStore.Claimed::id).doesNotContain(id);
        assertThatThrownBy(() -> checker.recheck(id)).isInstanceOf(DomainException.class)
                .hasMessageContaining("proactive.links.error.busy");
        assertThat(site.seen()).isEmpty();

        clock.set(until.plusSeconds(1));
        Instant later = businessClock.now();
        assertThat(store.claimDue("run-c", later, later.plus(checker.settings().claimLease()),
                later.minus(Duration.ofHours(24)), 100)).extracting(LinkStore.Claimed::id).contains(id);
        LinkStore.Claimed stale = first.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(store.record(stale, "run-a", LinkOutcome.OK, later, businessClock.zone(), 3))
                .as("the lapsed run's check is not written").isEmpty();
        assertThat(link(id).state()).isEqualTo(LinkState.UNCHECKED);
    }

    @Test
    void aCheckOfAUrlChangedMeanwhileIsNotWritten() {
        long id = record("/gone");
        Instant now = businessClock.now();
        LinkStore.Claimed claimed = store.claimOne(id, "run-a", now, now.plusSeconds(60)).orElseThrow();
        SignedInUser handler = staff("handler");
        RecordForm form = RecordForm.of(records.find(id).orElseThrow());
        records.update(id, new RecordForm(form.departmentId(), form.title(), form.docNumber(), form.category(),
                form.itemId(), form.formedOn(), form.publishedOn(), form.channel(), form.channelNote(), site.url("/ok"),
                form.issuedOn(), form.repealedOn(), form.feeAmount()), handler);
        assertThat(store.record(claimed, "run-a", LinkOutcome.failed("status", 404), now, businessClock.zone(), 3)).isEmpty();
        assertThat(link(id).state()).isEqualTo(LinkState.UNCHECKED);
        assertThat(checker.recheck(id)).as("the claim was let go").isEqualTo(LinkState.OK);
    }

    private long dead(String path) {
        long id = record(path);
        for (int day = 0; day < 3; day++) {
            if (day > 0) {
                nextDay();
            }
            checker.runOnce();
        }
        assertThat(link(id).state()).isEqualTo(LinkState.DEAD);
        return id;
    }

    @Test
    void theInspectorConfirmsADeadLinkAsAFindingOnce() {
        SignedInUser inspector = staff("inspector");
        SignedInUser handler = staff("handler");
        long id = dead("/gone");
        String draft = links.draft(id, inspector);
        assertThat(draft).contains("2026年2月城乡低保资金发放情况", site.url("/gone"), "2026-03-02", "HTTP 404");

        assertThatThrownBy(() -> links.confirm(id, new LinkCandidates.Confirmation(Severity.MINOR, draft), handler))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> links.confirm(id, new LinkCandidates.Confirmation(null, draft), inspector))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("severity");
        long findingId = links.confirm(id, new LinkCandidates.Confirmation(Severity.MAJOR, draft), inspector);

        assertThat(link(id).findingId()).isEqualTo(findingId);
        List<Object> filed = jdbc.prepareStatement("SELECT issue_type, severity, disclosure_record_id, department_id, description "
                + "FROM finding WHERE id = ?", s -> {
            s.setLong(1, findingId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return List.<Object>of(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getString(5));
            }
        });
        assertThat(filed).containsExactly("DEAD_LINK", "MAJOR", id, handler.departmentId(), draft);
        assertThatThrownBy(() -> links.confirm(id, new LinkCandidates.Confirmation(Severity.MINOR, draft), inspector))
                .isInstanceOf(DomainException.class).hasMessageContaining("proactive.links.error.filed");

        nextDay();
        checker.runOnce();
        assertThat(link(id).findingId()).as("still dead: the finding stays on it").isEqualTo(findingId);
    }

    @Test
    void onlyADeadLinkIsConfirmedAndAFixedOneForgetsItsFinding() {
        SignedInUser inspector = staff("inspector");
        long failing = record("/not-yet");
        checker.runOnce();
        assertThatThrownBy(() -> links.confirm(failing, new LinkCandidates.Confirmation(Severity.MINOR, "链接失效"),
                inspector)).isInstanceOf(DomainException.class).hasMessageContaining("proactive.links.error.notDead");

        long id = dead("/gone");
        links.confirm(id, new LinkCandidates.Confirmation(Severity.MINOR, links.draft(id, inspector)), inspector);
        site.answer("/gone", LocalSite.Answer.status(200));
        assertThat(links.recheck(id, staff("handler"))).as("the department restored the page").isEqualTo(LinkState.OK);
        assertThat(link(id).findingId()).isNull();
        assertThat(links.page(LinkCandidates.Show.ALL, null, inspector, 0, 100)).extracting(LinkCandidate::id)
                .doesNotContain(id).contains(failing);
    }

    @Test
    void aHandlerSeesAndRechecksOnlyTheirDepartmentsLinks() {
        long id = record("/gone");
        checker.runOnce();
        SignedInUser handler = staff("handler");
        assertThat(links.page(LinkCandidates.Show.FAILING, null, handler, 0, 50)).extracting(LinkCandidate::id).contains(id);
        assertThat(links.page(LinkCandidates.Show.DEAD, null, handler, 0, 50)).extracting(LinkCandidate::id)
                .doesNotContain(id);
        SignedInUser other = users.findAll().stream()
                .filter(u -> u.getRole() == org.sunshine.security.Role.HANDLER && u.getDepartmentId() != null
                        && !u.getDepartmentId().equals(handler.departmentId()))
                .findFirst().map(u -> new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
                        u.getDepartmentId())).orElseThrow();
        assertThat(links.page(LinkCandidates.Show.ALL, handler.departmentId(), other, 0, 50))
                .extracting(LinkCandidate::id).doesNotContain(id);
        assertThatThrownBy(() -> links.recheck(id, other)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.notAllowed");
        assertThatThrownBy(() -> links.recheck(id, staff("supervisor"))).isInstanceOf(DomainException.class);
    }
}
