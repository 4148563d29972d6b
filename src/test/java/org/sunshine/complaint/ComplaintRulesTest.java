package org.sunshine.complaint;

import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Masking, codes and attachment checks: small rules without the database. */
class ComplaintRulesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void identitiesAreMaskedWithoutTellingTheirLength() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("张三")).isEqualTo("张**");
        assertThat(Masking.name("𠀀三")).isEqualTo("𠀀**");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0427-2812345")).isEqualTo("042****2345");
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.phone("12345")).isEqualTo("****");
    }

    @Test
    void codesAreReadableAndTheQueryCodeIsOnlyStoredHashed() {
        String tracking = TrackingCodes.trackingCode(java.time.LocalDate.parse("2026-02-12"));
        assertThat(tracking).matches("20260212-\\d{6}");
        String query = TrackingCodes.queryCode();
        assertThat(query).matches("[2-9A-HJ-NP-Z]{8}");
        String salt = TrackingCodes.salt();
        String hash = TrackingCodes.hash(query, salt);
        assertThat(hash).hasSize(64).doesNotContain(query);
        assertThat(TrackingCodes.matches(" " + query.toLowerCase() + " ", salt, hash)).isTrue();
        assertThat(TrackingCodes.matches("WRONG234", salt, hash)).isFalse();
    }

    @Test
    void filesAreCheckedByTheirContentNotTheirName() {
        assertThat(Attachments.check(new Attachments.Upload("照片.png", PNG)).contentType()).isEqualTo("image/png");
        assertThat(Attachments.check(new Attachments.Upload("scan.jpg", PDF)).contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("report.pdf", "MZ this is an exe".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.fileType"));
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("big.pdf", new byte[Attachments.MAX_BYTES + 1])))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.fileTooLarge"));
        assertThatThrownBy(() -> Attachments.check(java.util.Collections.nCopies(6, new Attachments.Upload("a.png", PNG))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.tooManyFiles"));
        assertThat(Attachments.safeName("C:\\Users\\张三\\证据 1.pdf")).isEqualTo("证据 1.pdf");
        assertThat(Attachments.safeName("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void aWordDocumentIsAZipWithItsContentTypesAndDocumentParts() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Attachments.check(new Attachments.Upload("报告.docx", out.toByteArray())).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var other = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(other)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("payload.bin"));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("x.docx", other.toByteArray())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("file.error.fileType"));
    }
}
