package org.sunshine.base.files;

import org.sunshine.base.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What files may be attached to a complaint, a reply, a finding or a rectification report: at most five, each at
 * most 10 MB, and each a PDF, JPEG, PNG or Word (DOCX) document — checked by its content, whatever its name says, and
 * kept under the extension of that content (a PDF named {@code evil.html} is kept as {@code evil.pdf}).
 */
public final class Attachments {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The extension a file of each accepted type is kept under, then the others it may already have. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            PDF, List.of(".pdf"),
            JPEG, List.of(".jpg", ".jpeg"),
            PNG, List.of(".png"),
            DOCX, List.of(".docx"));

    /** A file as uploaded, waiting in a file of its own (a temporary one until its form is sent). */
    public record Upload(String fileName, Path file, long size) {

        /** A file whose bytes are in hand: they are written to a temporary file, deleted when the JVM ends. */
        public Upload(String fileName, byte[] content) {
            this(fileName, spool(content), content.length);
        }

        private static Path spool(byte[] content) {
            try {
                Path file = Files.createTempFile("sunshine-upload-", ".tmp");
                file.toFile().deleteOnExit();
                return Files.write(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A file that passed the checks, with the type its content shows and the name it is kept under. */
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
        String type = detect(upload);
        try {
            byte[] content = Files.readAllBytes(upload.file());
            return new Checked(storedName(upload.fileName(), type), type, content, sha256(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The type a file's content shows — by its leading bytes, and for DOCX by the directory of the ZIP and its content
     * types part, with limits ({@link WordDocuments}) — without reading more of it than that.
     *
     * @throws DomainException if the file is empty, over 10 MB, not of an accepted type, or a ZIP too large inflated
     */
    public static String detect(Upload upload) {
        String name = safeName(upload.fileName());
        long size;
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(upload.file())) {
            size = Files.size(upload.file());
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw DomainException.on("attachments", "file.error.emptyFile", name);
        }
        if (size > MAX_BYTES) {
            throw DomainException.on("attachments", "file.error.fileTooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        return byMagic(head, read, upload.file(), name)
                .orElseThrow(() -> DomainException.on("attachments", "file.error.fileType", name));
    }

    private static Optional<String> byMagic(byte[] head, int length, Path file, String name) {
        if (startsWith(head, length, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04)) {
            return switch (WordDocuments.inspect(file)) {
                case WORD -> Optional.of(DOCX);
                case NOT_WORD -> Optional.empty();
                case TOO_LARGE -> throw DomainException.on("attachments", "file.error.archive", name);
            };
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name a file of {@code contentType} is kept and served under: its own name if that ends in one of the
     * type's extensions, else the name with its last extension (if any) replaced by the type's: {@code evil.html}
     * and {@code evil.pdf.html} are {@code evil.pdf}, {@code scan} is {@code scan.pdf}, {@code 照片.JPEG} stays. A
     * type not accepted here leaves the name as it is.
     */
    public static String storedName(String fileName, String contentType) {
        String name = safeName(fileName);
        List<String> extensions = EXTENSIONS.get(contentType);
        if (extensions == null) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length())) {
            return name;
        }
        String base = name.replaceFirst("\\.[A-Za-z0-9]{1,10}$", "");
        String baseLower = base.toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(e -> baseLower.endsWith(e) && baseLower.length() > e.length())) {
            return base;
        }
        if (base.isEmpty()) {
            base = "file";
        }
        String extension = extensions.get(0);
        return safeName(base.length() + extension.length() > 200 ? base.substring(0, 200 - extension.length()) + extension
                : base + extension);
    }

    /** Whether a type is one that files are accepted (and so kept) as. */
    public static boolean isAccepted(String contentType) {
        return EXTENSIONS.containsKey(contentType);
    }

    /**
     * The file name without any path, control characters, direction overrides (which make {@code exe.pdf} of
     * {@code fdp.exe}) or quotes, at most 200 characters.
     */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "_").strip();
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
