package org.sunshine.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether a ZIP file is a Word (DOCX) document, judged from the archive's central directory and its small content
 * types part, never by inflating the archive: a ZIP with too many entries, with more declared inflated bytes than a
 * document has or an entry compressed past any real document's ratio is refused before anything is inflated, and the
 * one part read is read only up to a limit of actual bytes, whatever its entry declares.
 */
final class WordDocuments {

    /** A long report with many pictures has a few hundred entries. */
    static final int MAX_ENTRIES = 1000;
    /** What all the entries may declare inflated together. */
    static final long MAX_INFLATED = 100L * 1024 * 1024;
    /** Inflated to compressed, for an entry over {@link #RATIO_FROM}: text XML compresses about 10 to 1. */
    static final int MAX_RATIO = 100;
    static final long RATIO_FROM = 1024 * 1024;
    /** The content types part of a document is a few kilobytes. */
    static final int MAX_CONTENT_TYPES = 256 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DOCUMENT = "word/document.xml";
    /** The main part's type of a Word document (not a template, not one with macros). */
    private static final String MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    enum Verdict { WORD, NOT_WORD, TOO_LARGE }

    private WordDocuments() {
    }

    static Verdict inspect(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Verdict.TOO_LARGE;
            }
            long declared = 0;
            boolean document = false;
            ZipEntry contentTypes = null;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    return Verdict.NOT_WORD;
                }
                declared += size;
                if (declared > MAX_INFLATED || size > RATIO_FROM && size > Math.max(compressed, 1) * MAX_RATIO) {
                    return Verdict.TOO_LARGE;
                }
                document |= DOCUMENT.equals(entry.getName());
                if (CONTENT_TYPES.equals(entry.getName())) {
                    contentTypes = entry;
                }
            }
            if (!document || contentTypes == null) {
                return Verdict.NOT_WORD;
            }
            try (InputStream in = zip.getInputStream(contentTypes)) {
                byte[] part = in.readNBytes(MAX_CONTENT_TYPES + 1);
                if (part.length > MAX_CONTENT_TYPES) {
                    return Verdict.TOO_LARGE;
                }
                return new String(part, StandardCharsets.UTF_8).contains(MAIN_PART) ? Verdict.WORD : Verdict.NOT_WORD;
            }
        } catch (IOException | IllegalArgumentException e) {
            return Verdict.NOT_WORD;
        }
    }
}
