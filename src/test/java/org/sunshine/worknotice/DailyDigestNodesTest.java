package org.sunshine.worknotice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Submission;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.StaffContactForm;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes look for the day's digest at the same moment: each person is told once. Not rolled back (each node's
 * claim commits on its own); the contact and the day's claim are removed afterwards.
 */
@MicronautTest(startApplication = false, transactional = false)
class DailyDigestNodesTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-08T01:30:00Z"); // Tuesday 8 December, 09:30
    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Inject
    DailyDigest digest;
    @Inject
    StaffContacts contacts;
    @Inject
    UserRepository users;
    @Inject
    ComplaintIntake intake;
    @Inject
    JdbcOperations jdbc;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Notifier.class)
    Notifier notifier() {
        return notices::add;
    }

    @AfterEach
    void forget() {
        jdbc.execute(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM staff_digest_day WHERE day = '2026-12-08'");
                s.executeUpdate("DELETE FROM staff_contact WHERE user_id = " + inspector());
            }
            return null;
        });
    }

    @Test
    void twoNodesAtOnceTellEachPersonOnce() throws Exception {
        contacts.save(inspector(), new StaffContactForm("inspector@example.gov.cn", null, true, true),
                org.sunshine.security.SignedInUser.SYSTEM);
        // a complaint waits for 受理 since Friday (due today: yellow for the inspectors)
        clock.set(java.time.Instant.parse("2026-12-04T02:00:00Z"));
        intake.submit(new Submission(ComplaintType.INQUIRY, null, null, "两个节点的摘要", "请答复。", null, null, false,
                List.of()), ComplaintIntake.Origin.web("10.6.6.6"));
        clock.set(java.time.Instant.parse("2026-12-08T01:30:00Z"));
        notices.clear();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = List.of(nodes.submit(() -> {
            start.await();
            return digest.run();
        }), nodes.submit(() -> {
            start.await();
            return digest.run();
        }));
        start.countDown();
        int sent = runs.get(0).get(30, TimeUnit.SECONDS) + runs.get(1).get(30, TimeUnit.SECONDS);
        nodes.shutdown();

        List<String> keys = notices.stream().map(Notice::eventKey).filter(k -> k.startsWith("digest:")).toList();
        assertThat(keys).doesNotHaveDuplicates().hasSize(sent).contains("digest:" + inspector() + ":2026-12-08");
        assertThat(digest.run()).isZero();
    }

    private long inspector() {
        return users.findByUsername("inspector").orElseThrow().getId();
    }
}
