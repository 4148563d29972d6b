package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;

/**
 * A translated sentence with links inside it (重复发生：…（监督意见 JD-2026-0840）。): the message is translated with
 * {@link #SLOT} for each link's place, so that each language puts the link where its grammar wants it.
 */
public final class LinkedText {

    /** Stands for a link in a translated message (a private-use character no text contains). */
    public static final String SLOT = "\uE000";

    private LinkedText() {
    }

    /** The sentence, its slots filled in order with the links (a slot without a link is left out). */
    public static Span of(String translated, Component... links) {
        Span sentence = new Span();
        String[] parts = translated.split(SLOT, -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                sentence.add(new Text(parts[i]));
            }
            if (i < parts.length - 1 && i < links.length) {
                sentence.add(links[i]);
            }
        }
        return sentence;
    }
}
