package org.sunshine.base.files;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files arriving for a form are streamed to disk and refused at the first limit passed, as an attacker posting to the
 * upload address directly would find: nothing over the limit is read, nothing refused is kept.
 */
class PendingFilesTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;
    private UploadQuota quota;

    @BeforeEach
    void quota() {
        quota = new UploadQuota(new UploadSettings(25 * MB, 50 * MB, 15, 200 * MB, 2048 * MB, dir.toString()));
    }

    @Test
    void a40MegabyteFileIsRefusedOnceItPasses10MegabytesAndNothingOfItIsKept() throws Exception {
        PendingFiles form = new PendingFiles(quota, "session-1");
        CountingStream post = new CountingStream(Documents.PDF, 40 * MB);

        assertThatThrownBy(() -> form.receive("big.pdf", post, -1, "203.0.113.9"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.error.fileTooLarge");
                    assertThat(e.args()).containsExactly("big.pdf", 10);
                });
        assertThat(post.read).as("bytes read of the 40 MB").isLessThanOrEqualTo(Attachments.MAX_BYTES + 64 * 1024);
        assertThat(form.files()).isEmpty();
        assertThat(quota.pendingBytes()).isZero();
        assertThat(quota.pendingFiles()).isZero();
        assertThat(files()).as("temporary files left").isZero();
    }

    @Test
    void aRequestAnnouncingMoreThanAFileMayBeIsRefusedBeforeAByteIsRead() {
        PendingFiles form = new PendingFiles(quota, "session-1");
        CountingStream post = new CountingStream(Documents.PDF, 40 * MB);
        assertThatThrownBy(() -> form.receive("big.pdf", post, 40 * MB, "203.0.113.9"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.fileTooLarge"));
        assertThat(post.read).isZero();
    }

    @Test
    void aFileWaitsOnDiskUntilRemovedOrTheFormIsDone() throws Exception {
        PendingFiles form = new PendingFiles(quota, "session-1");
        Attachments.Upload first = form.receive("证据.pdf", new ByteArrayInputStream(Documents.PDF), -1, "203.0.113.9");
        Attachments.Upload second = form.receive("截图.png", new ByteArrayInputStream(Documents.PNG), -1, "203.0.113.9");
        assertThat(first.file()).hasBinaryContent(Documents.PDF);
        assertThat(first.file().getParent()).isEqualTo(dir);
        assertThat(quota.pendingFiles()).isEqualTo(2);
        assertThat(quota.pendingBytes()).isEqualTo(Documents.PDF.length + Documents.PNG.length);

        form.remove("证据.pdf");
        assertThat(first.file()).doesNotExist();
        assertThat(form.files()).containsExactly(second);
        form.clear();
        assertThat(second.file()).doesNotExist();
        assertThat(quota.pendingBytes()).isZero();
        assertThat(files()).isZero();
    }

    @Test
    void aSixthFileIsRefusedWithoutReadingIt() throws Exception {
        PendingFiles form = new PendingFiles(quota, "session-1");
        for (int i = 0; i < Attachments.MAX_FILES; i++) {
            form.receive(i + ".png", new ByteArrayInputStream(Documents.PNG), -1, "203.0.113.9");
        }
        CountingStream sixth = new CountingStream(Documents.PNG, 1024);
        assertThatThrownBy(() -> form.receive("6.png", sixth, -1, "203.0.113.9"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.tooManyFiles"));
        assertThat(sixth.read).isZero();
        assertThat(form.files()).hasSize(Attachments.MAX_FILES);
    }

    @Test
    void theFilesOfAFormMayNotPassItsTotal() throws Exception {
        PendingFiles form = new PendingFiles(quota, "session-1");
        form.receive("1.pdf", new CountingStream(Documents.PDF, 9 * MB), -1, "203.0.113.9");
        form.receive("2.pdf", new CountingStream(Documents.PDF, 9 * MB), -1, "203.0.113.9");
        assertThatThrownBy(() -> form.receive("3.pdf", new CountingStream(Documents.PDF, 9 * MB), -1, "203.0.113.9"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.error.formTooLarge");
                    assertThat(e.args()).containsExactly(25L);
                });
        assertThat(quota.pendingBytes()).isEqualTo(18 * MB);
        form.remove("2.pdf");
        form.receive("3.pdf", new CountingStream(Documents.PDF, 9 * MB), -1, "203.0.113.9");
        assertThat(quota.pendingBytes()).isEqualTo(18 * MB);
    }

    @Test
    void aSessionAndAnAddressHoldOnlySoMuchOverAllTheirForms() throws Exception {
        quota = new UploadQuota(new UploadSettings(25 * MB, 12 * MB, 3, 20 * MB, 2048 * MB, dir.toString()));
        PendingFiles complaint = new PendingFiles(quota, "session-1");
        PendingFiles finding = new PendingFiles(quota, "session-1");
        complaint.receive("1.pdf", new CountingStream(Documents.PDF, 8 * MB), -1, "203.0.113.9");
        assertThatThrownBy(() -> finding.receive("2.pdf", new CountingStream(Documents.PDF, 8 * MB), -1, "203.0.113.9"))
                .as("the session's 12 MB").isInstanceOfSatisfying(UploadRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.error.sessionFull"));
        finding.receive("2.png", new ByteArrayInputStream(Documents.PNG), -1, "203.0.113.9");
        finding.receive("3.png", new ByteArrayInputStream(Documents.PNG), -1, "203.0.113.9");
        assertThatThrownBy(() -> finding.receive("4.png", new ByteArrayInputStream(Documents.PNG), -1, "203.0.113.9"))
                .as("the session's 3 files").isInstanceOfSatisfying(UploadRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.error.sessionFull"));

        PendingFiles other = new PendingFiles(quota, "session-2");
        other.receive("5.pdf", new CountingStream(Documents.PDF, 8 * MB), -1, "203.0.113.9");
        assertThatThrownBy(() -> new PendingFiles(quota, "session-3")
                .receive("6.pdf", new CountingStream(Documents.PDF, 8 * MB), -1, "203.0.113.9"))
                .as("the address's 20 MB").isInstanceOfSatisfying(UploadRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.error.addressFull"));
        new PendingFiles(quota, "session-3").receive("6.pdf", new CountingStream(Documents.PDF, 8 * MB), -1, "198.51.100.7");

        quota.releaseSession("session-1");
        assertThat(complaint.files().get(0).file()).doesNotExist();
        assertThat(quota.pendingFiles()).isEqualTo(2);
        assertThat(quota.pendingBytes()).isEqualTo(16 * MB);
    }

    @Test
    void aFileThatIsNoAcceptedKindIsRefusedOnArrivalAndDeleted() throws Exception {
        PendingFiles form = new PendingFiles(quota, "session-1");
        assertThatThrownBy(() -> form.receive("report.pdf", new ByteArrayInputStream("MZ\u0090 an exe".getBytes()), -1, "203.0.113.9"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.error.fileType");
                    assertThat(e.args()).containsExactly("report.pdf");
                });
        assertThat(quota.pendingFiles()).isZero();
        assertThat(files()).isZero();
    }

    private long files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    /** {@code length} bytes that start with {@code head}, made as they are read, counting what was read. */
    static final class CountingStream extends InputStream {

        private final byte[] head;
        private final long length;
        long read;

        CountingStream(byte[] head, long length) {
            this.head = head;
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            return read < head.length ? head[(int) read++] & 0xFF : (int) (read++ % 251);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
