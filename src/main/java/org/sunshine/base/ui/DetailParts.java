package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.sunshine.base.files.DownloadHeaders;
import org.sunshine.base.files.StoredFile;

import java.io.OutputStream;
import java.util.function.Supplier;

/** The pieces every record's detail page is made of: label–value facts, boxes of text, file links. */
public final class DetailParts {

    private DetailParts() {
    }

    /** Label–value lines; a line with an empty value is left out. */
    public static final class Facts extends Div {

        public Facts() {
            addClassName("facts");
        }

        public Facts fact(String labelKey, String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            Span label = new Span(getTranslation(labelKey));
            label.addClassName("fact-label");
            Span text = new Span(value);
            text.addClassName("fact-value");
            add(new Div(label, text));
            return this;
        }
    }

    /** A titled box of text that keeps its line breaks; web addresses in it are links ({@link WebLinks}). */
    public static Div box(String title, String text, String id) {
        Paragraph body = WebLinks.linkify(new Paragraph(), text);
        body.addClassName("complaint-content");
        Div box = new Div(new H3(title), body);
        if (id != null) {
            box.setId(id);
        }
        box.addClassName("reply-box");
        return box;
    }

    /**
     * A link that downloads a file, fetched (and access-checked) only when clicked, and served as an attachment under
     * its detected type and the extension of that type, never to be sniffed ({@link DownloadHeaders}).
     */
    public static Anchor download(String label, Supplier<StoredFile> file) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            StoredFile stored = file.get();
            VaadinResponse response = event.getResponse();
            DownloadHeaders.of(stored).forEach((name, value) -> {
                if (name.equals("Content-Type")) {
                    response.setContentType(value);
                } else {
                    response.setHeader(name, value);
                }
            });
            response.setContentLengthLong(stored.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(stored.content());
            }
        }, label);
        link.setDownload(true);
        link.addClassName("attachment-link");
        return link;
    }

    /** How a file is listed: its name and size. */
    public static String fileLabel(String fileName, int sizeBytes) {
        return fileName + " (" + Math.max(1, sizeBytes / 1024) + " KB)";
    }
}
