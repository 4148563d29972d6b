package org.sunshine.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.sunshine.base.files.UploadQuota;

/** When a browser session ends, the files it left waiting are deleted and its share of the upload limits freed. */
@Singleton
public class UploadCleanup implements VaadinServiceInitListener {

    private final UploadQuota quota;

    public UploadCleanup(UploadQuota quota) {
        this.quota = quota;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            Object key = e.getSession().getAttribute(AttachmentReceiver.SESSION_KEY);
            if (key != null) {
                quota.releaseSession(key.toString());
            }
        });
    }
}
