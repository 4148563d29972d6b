package org.sunshine.base.files;

import org.sunshine.base.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What files may be attached to a complaint, a reply, a finding or a rectification report: at most five, each at
 * most 10 MB, and each a PDF, JPEG, PNG or Word (DOCX) document — checked by its content, whatever its name says.
 */
public final class Attachments {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A file as uploaded. */
    public record Upload(String fileName, byte[] content) {
    }

    /** A file that passed the checks, with the type its content shows. */
    public record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    private Attachments() {
    }

    public static List<Checked> check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw DomainException.on("attachments", "file.error.tooManyFiles", MAX_FILES);
        }
        return uploads.stream().map(Attachments::check).toList();
    }

    public static Checked check(Upload upload) {
        String name = safeName(upload.fileName());
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw DomainException.on("attachments", "file.error.emptyFile", name);
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.on("attachments", "file.error.fileTooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        String type = detect(content)
                .orElseThrow(() -> DomainException.on("attachments", "file.error.fileType", name));
        return new Checked(name, type, content, sha256(content));
    }

    /** The type a file's content shows: by its leading bytes, and for DOCX by the Word part inside the ZIP. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) && isWordDocument(content)) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        return Optional.empty();
    }

    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file name without any path, control characters or quotes, at most 200 characters. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
