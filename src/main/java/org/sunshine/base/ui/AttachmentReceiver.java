package org.sunshine.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.PendingFiles;
import org.sunshine.base.files.UploadQuota;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Receives the files of one form's upload into {@link PendingFiles} and lists them in the form's list. */
final class AttachmentReceiver extends BoundedReceiver {

    static final String SESSION_KEY = "sunshine.uploads.session";

    private final PendingFiles pending;
    private final List<Attachments.Upload> files;

    AttachmentReceiver(PendingFiles pending, List<Attachments.Upload> files) {
        this.pending = pending;
        this.files = files;
    }

    /** The key of a browser session's files in {@link UploadQuota}: its own, as the session id changes at sign-in. */
    static String sessionKey(VaadinSession session) {
        Object key = session.getAttribute(SESSION_KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(SESSION_KEY, key);
        }
        return key.toString();
    }

    @Override
    protected void receive(UploadEvent event, UI ui) throws IOException {
        VaadinRequest request = event.getRequest();
        ClientAddresses addresses = request.getService().getInstantiator().getOrCreate(ClientAddresses.class);
        Attachments.Upload received = pending.receive(event.getFileName(), event.getInputStream(),
                request.getContentLengthLong(), ClientAddresses.bucket(addresses.of(request)));
        if (ui == null) {
            pending.remove(received.fileName());
        } else {
            ui.access(() -> files.add(received));
        }
    }
}
