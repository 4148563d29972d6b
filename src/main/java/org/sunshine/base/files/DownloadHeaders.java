package org.sunshine.base.files;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers a stored file is served with: its detected type as the Content-Type, {@code nosniff} so that no browser
 * guesses another, and Content-Disposition {@code attachment} with the name as RFC 6266 / RFC 5987 give it — an
 * ASCII stand-in for old clients and the UTF-8 name (Chinese included) for the others — so that a file is saved,
 * never shown as a page of this site.
 */
public final class DownloadHeaders {

    public static final String NOSNIFF = "nosniff";
    private static final String FALLBACK_TYPE = "application/octet-stream";

    private DownloadHeaders() {
    }

    /** Content-Type, X-Content-Type-Options and Content-Disposition for a file, in that order. */
    public static Map<String, String> of(StoredFile file) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType(file.contentType()));
        headers.put("X-Content-Type-Options", NOSNIFF);
        headers.put("Content-Disposition", disposition("attachment", name(file)));
        return headers;
    }

    /** The name the file is served under: its stored name, with the extension of its type. */
    public static String name(StoredFile file) {
        return Attachments.storedName(file.fileName(), file.contentType());
    }

    /** The type to serve: one of the types files are accepted as, else a plain byte stream. */
    public static String contentType(String type) {
        return type != null && Attachments.isAccepted(type) ? type : FALLBACK_TYPE;
    }

    /** {@code attachment} or {@code inline}, with {@code filename} in ASCII and {@code filename*} in UTF-8. */
    public static String disposition(String kind, String fileName) {
        String name = Attachments.safeName(fileName);
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' && c != ';' ? c : '_');
        }
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
