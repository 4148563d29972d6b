package org.sunshine.base.files;

import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file must be to be attached, checked as an attacker would try it: zip bombs, disguised names. */
class AttachmentsTest {

    @Test
    void aZipBombDressedAsAWordDocumentIsRefusedFastWithoutBeingInflated() throws Exception {
        byte[] bomb = Documents.zipBomb(200);
        assertThat(bomb.length).as("a small upload").isLessThan(2 * 1024 * 1024);

        long start = System.nanoTime();
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("整改报告.docx", bomb)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.error.archive");
                    assertThat(e.args()).containsExactly("整改报告.docx");
                });
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds: 400 MB would take seconds to inflate")
                .isLessThan(2000);
    }

    @Test
    void aZipOfTooManyEntriesOrAnOversizedContentTypesPartIsRefused() throws Exception {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            Documents.put(zip, "[Content_Types].xml", Documents.contentTypes(Documents.WORD_MAIN).getBytes(StandardCharsets.UTF_8));
            Documents.put(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < WordDocuments.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/" + i + ".png"));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("a.docx", many.toByteArray())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.archive"));

        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(padded)) {
            Documents.put(zip, "[Content_Types].xml", (" ".repeat(WordDocuments.MAX_CONTENT_TYPES)
                    + Documents.contentTypes(Documents.WORD_MAIN)).getBytes(StandardCharsets.UTF_8));
            Documents.put(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("b.docx", padded.toByteArray())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.archive"));
    }

    @Test
    void aWordDocumentIsAcceptedButNotOneWithMacrosNorAnyOtherZip() throws Exception {
        assertThat(Attachments.check(new Attachments.Upload("整改报告.docx", Documents.docx(Documents.WORD_MAIN))).contentType())
                .isEqualTo(Attachments.DOCX);
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("宏.docx", Documents.docx(Documents.MACRO_MAIN))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.fileType"));
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(other)) {
            Documents.put(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("x.docx", other.toByteArray())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.fileType"));
    }

    @Test
    void aFileIsKeptUnderTheExtensionOfWhatItIs() throws Exception {
        assertThat(Attachments.check(new Attachments.Upload("evil.html", Documents.PDF)).fileName()).isEqualTo("evil.pdf");
        assertThat(Attachments.check(new Attachments.Upload("evil.pdf.html", Documents.PDF)).fileName()).isEqualTo("evil.pdf");
        assertThat(Attachments.check(new Attachments.Upload("扫描件", Documents.PDF)).fileName()).isEqualTo("扫描件.pdf");
        assertThat(Attachments.check(new Attachments.Upload("截图.jpg", Documents.PNG)).fileName()).isEqualTo("截图.png");
        assertThat(Attachments.check(new Attachments.Upload("照片.JPEG", Documents.JPEG)).fileName()).isEqualTo("照片.JPEG");
        assertThat(Attachments.check(new Attachments.Upload("报告.svg", Documents.docx(Documents.WORD_MAIN))).fileName())
                .isEqualTo("报告.docx");
        assertThat(Attachments.check(new Attachments.Upload(".pdf", Documents.PDF)).fileName()).isEqualTo("file.pdf");
    }

    @Test
    void aNameLosesItsPathAndWhatWouldDisguiseIt() {
        assertThat(Attachments.safeName("C:\\Users\\张三\\证据 1.pdf")).isEqualTo("证据 1.pdf");
        assertThat(Attachments.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachments.safeName("发票\u202Efdp.exe")).isEqualTo("发票_fdp.exe");
        assertThat(Attachments.safeName("a\"b<script>.pdf")).isEqualTo("a_b_script_.pdf");
    }

    @Test
    void aDownloadIsAnAttachmentOfItsDetectedTypeUnderASafeName() {
        var headers = DownloadHeaders.of(new StoredFile("证据 1;\".html", Attachments.PDF, Documents.PDF));
        assertThat(headers).containsEntry("Content-Type", "application/pdf")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Content-Disposition",
                        "attachment; filename=\"__ 1__.pdf\"; filename*=UTF-8''%E8%AF%81%E6%8D%AE%201%3B_.pdf");
        assertThat(DownloadHeaders.of(new StoredFile("page.html", "text/html", new byte[1])))
                .containsEntry("Content-Type", "application/octet-stream")
                .containsEntry("Content-Disposition", "attachment; filename=\"page.html\"; filename*=UTF-8''page.html");
    }
}
