package org.sunshine.bulletin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing for real, committed, in threads of its own: document numbers given at once to six bulletins are the
 * gapless 1 to 6 of the year, each once; the frozen files are what is downloaded afterwards, whatever changes later,
 * and a file that no longer matches its recorded SHA-256 is refused. Its own issuing office ({@code 并发测试办}) and
 * year (2023) keep it apart from the other tests' numbers and annual counts.
 */
@MicronautTest(transactional = false)
@Property(name = "sunshine.office.abbreviation", value = "并发测试办")
class BulletinIssueTest {

    /** Monday 10 April 2023, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2023-04-10T02:00:00Z");

    @Inject
    ApplicationContext context;
    @Inject
    BulletinDrafts drafts;
    @Inject
    BulletinSteps bulletins;
    @Inject
    BulletinPage page;
    @Inject
    BulletinFiles files;
    @Inject
    BulletinQueries queries;
    @Inject
    BulletinDocuments documents;
    @Inject
    BulletinReport report;
    @Inject
    DataSource dataSource;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void concurrentIssuesGetGaplessNumbersAndTheFrozenFilesAreChecked() throws Exception {
        AssessmentFixture fixture = new AssessmentFixture(context);
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 95.0);
        totals.put("CZJ", 55.0);
        long period = fixture.lockedQuarter("编号测试体系", 2023, 1, totals);
        SignedInUser inspector = fixture.user("inspector");
        SignedInUser leader = fixture.user("leader");
        List<Long> signed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = drafts.draft(new DraftForm(period, BulletinKind.SITUATION, DraftForm.CommendBy.GRADE, 0,
                    DraftForm.CriticizeBy.GRADE, 0, 0, true), inspector);
            bulletins.submit(id, version(id), "", inspector);
            bulletins.sign(id, version(id), "", leader);
            signed.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(signed.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> issued = new ArrayList<>();
        for (long id : signed) {
            issued.add(pool.submit(() -> {
                start.await();
                return bulletins.issue(id, inspector);
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : issued) {
            numbers.add(f.get());
        }
        pool.shutdown();
        Collections.sort(numbers);
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 6)
                .mapToObj(n -> "并发测试办通〔2023〕" + n + "号").toList());
        assertThatThrownBy(() -> bulletins.issue(signed.get(0), inspector)).isInstanceOf(DomainException.class);

        // the file frozen at issue is what is downloaded, even after the bulletin's data changes
        long id = signed.get(0);
        StoredFile frozen = files.file(id, "pdf", inspector);
        String recorded = page.detail(id, inspector).bulletin().getPdfSha256();
        assertThat(Attachments.sha256(frozen.content())).isEqualTo(recorded);
        update("UPDATE bulletin SET title = ? WHERE id = ?", "关于某事项的通报（改）", id);
        assertThat(files.file(id, "pdf", inspector).content()).isEqualTo(frozen.content());
        byte[] renderedNow = report.pdf(documents.document(context.getBean(BulletinRepository.class).findById(id).orElseThrow()),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(renderedNow).isNotEqualTo(frozen.content());
        assertThat(files.intact(id, "pdf")).isTrue();
        assertThat(files.intact(id, "docx")).isTrue();

        // a frozen file altered behind the application's back is refused
        byte[] altered = frozen.content().clone();
        altered[altered.length / 2] ^= 1;
        update("UPDATE bulletin_file SET content = ? WHERE bulletin_id = ? AND format = 'pdf'", altered, id);
        assertThat(files.intact(id, "pdf")).isFalse();
        assertThatThrownBy(() -> files.file(id, "pdf", inspector)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bulletin.error.integrity"));
        assertThat(files.intact(id, "docx")).as("the other file is untouched").isTrue();
    }

    private int version(long id) {
        return context.getBean(BulletinRepository.class).findById(id).orElseThrow().getVersion();
    }

    private void update(String sql, Object value, long id) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, value);
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
