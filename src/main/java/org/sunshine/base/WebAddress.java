package org.sunshine.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A web address given as evidence: http or https with a host, at most 500 characters. */
public final class WebAddress {

    public static final int MAX_LENGTH = 500;

    private WebAddress() {
    }

    public static boolean isValid(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
