package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.WebAddress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses that people typed — in a rectification report, a reply, a finding's evidence, a published record —
 * shown as links that open in a new tab without giving the other site a handle on this one
 * ({@code rel="noopener noreferrer"}). Only http and https addresses with a host become links; anything else
 * ({@code javascript:}, {@code data:}, a broken address) stays text.
 */
public final class WebLinks {

    /**
     * An address inside running text: http(s)://, then anything up to a space, a quote, an angle bracket or a
     * full-width punctuation mark (Chinese text puts 。，； right after an address).
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "https?://[^\\s<>\"'\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65]+",
            Pattern.CASE_INSENSITIVE);
    /** What ends a sentence rather than an address: left off the link. */
    private static final String TRAILING = ".,;:!?)]}";

    private WebLinks() {
    }

    /** The address as a link with its own text, or the text alone if it is no http(s) address. */
    public static Component external(String url, String text) {
        if (!WebAddress.isValid(url)) {
            return new Span(text);
        }
        Anchor link = new Anchor(url, text);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("web-link");
        return link;
    }

    /** Adds the text to {@code into}, every web address in it a link (line breaks kept as text). */
    public static <T extends HasComponents> T linkify(T into, String text) {
        if (text == null) {
            return into;
        }
        Matcher m = IN_TEXT.matcher(text);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(m.start(), end);
            if (m.start() > at) {
                into.add(new Text(text.substring(at, m.start())));
            }
            into.add(external(url, url));
            at = end;
        }
        if (at < text.length()) {
            into.add(new Text(text.substring(at)));
        }
        return into;
    }
}
