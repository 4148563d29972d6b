package org.sunshine.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.UploadRefused;

import java.io.IOException;
import java.util.Locale;

/**
 * An upload handler that reads no more than it may: a file it refuses is answered 413 (Payload Too Large) with the
 * reason shown to the user, and the request is read no further.
 */
abstract class BoundedReceiver implements UploadHandler {

    /** The status of a refusal: Vaadin sets the status after the handler ran, in {@link #responseHandled}. */
    private static final ThreadLocal<Integer> REFUSED = new ThreadLocal<>();
    static final int PAYLOAD_TOO_LARGE = 413;

    /**
     * Reads the file of {@code event}, never closing its stream (closing a multipart item's stream reads the rest of
     * it).
     *
     * @param ui the page of the upload, or null if it has gone
     */
    protected abstract void receive(UploadEvent event, UI ui) throws IOException;

    @Override
    public final void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try {
            receive(event, ui);
        } catch (UploadRefused refused) {
            REFUSED.set(PAYLOAD_TOO_LARGE);
            if (ui != null) {
                ui.access(() -> Notices.error(ui.getTranslation(refused.messageKey(), refused.args())));
            }
            if (isMultipart(event.getRequest())) {
                // ends Vaadin's reading of the parts, which would otherwise read through the rest of this one
                throw refused;
            }
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        Integer refused = REFUSED.get();
        REFUSED.remove();
        if (refused != null) {
            response.setStatus(refused);
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    /** Vaadin's upload sends one file a request; each part is bounded by the handler as it is read. */
    @Override
    public long getFileCountMax() {
        return Attachments.MAX_FILES;
    }

    private static boolean isMultipart(VaadinRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
