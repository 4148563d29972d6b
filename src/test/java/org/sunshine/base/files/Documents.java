package org.sunshine.base.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as a citizen or an attacker would upload them, made in the test. */
final class Documents {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private Documents() {
    }

    static String contentTypes(String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainPart + "\"/></Types>";
    }

    /** A small Word document: the content types part and the document part, as Word writes them. */
    static byte[] docx(String mainPart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes(mainPart).getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>整改报告</w:t></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /**
     * A zip bomb dressed as a Word document: valid content types, then a picture and the document part each of
     * {@code megabytes} MB of zeros, which deflate to about a thousandth of that.
     */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", contentTypes(WORD_MAIN).getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1024 * 1024];
            for (String name : new String[]{"word/media/image1.png", "word/document.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < megabytes; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
