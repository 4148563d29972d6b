package org.sunshine.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.PendingFiles;
import org.sunshine.base.files.UploadQuota;
import org.sunshine.base.files.UploadRefused;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;

/** Upload components that speak the user's language. */
public final class Uploads {

    private Uploads() {
    }

    public static <T extends Upload> T localized(T upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.addOne")).setMany(t(upload, "upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.dropOne")).setMany(t(upload, "upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.tooManyFiles"))
                .setFileIsTooBig(t(upload, "upload.tooBig")).setIncorrectFileType(t(upload, "upload.wrongType")));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start"))
                .setRemove(t(upload, "upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.connecting"))
                        .setStalled(t(upload, "upload.stalled")).setProcessing(t(upload, "upload.processing"))
                        .setHeld(t(upload, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "upload.remaining"))
                        .setUnknown(t(upload, "upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "upload.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "upload.serverError")).setForbidden(t(upload, "upload.forbidden"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        upload.setDropLabel(null);
        return upload;
    }

    /**
     * An upload for attached files (the kinds and sizes {@link Attachments} accepts): each file is streamed into a
     * temporary file and refused as soon as it passes a limit ({@link PendingFiles}); {@code files} lists those
     * received, for the form to send. The files are deleted when removed, and all of them when the upload leaves the
     * page (the form was sent or closed) or the session ends; the service checks them again by their content.
     */
    public static Upload attachments(String id, List<Attachments.Upload> files) {
        UploadQuota quota = VaadinService.getCurrent().getInstantiator().getOrCreate(UploadQuota.class);
        PendingFiles pending = new PendingFiles(quota, AttachmentReceiver.sessionKey(VaadinSession.getCurrent()));
        Upload upload = localized(new Upload(new AttachmentReceiver(pending, files)));
        upload.setId(id);
        upload.setMaxFiles(Attachments.MAX_FILES);
        upload.setMaxFileSize(Attachments.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", "application/pdf", "image/jpeg", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.addFileRemovedListener(e -> {
            pending.remove(e.getFileName());
            files.retainAll(pending.files());
        });
        upload.addFileRejectedListener(e -> Notices.error(upload.getTranslation("file.error.rejected", e.getFileName(),
                Attachments.MAX_BYTES / 1024 / 1024)));
        upload.addDetachListener(e -> {
            pending.clear();
            files.clear();
            upload.clearFileList();
        });
        return upload;
    }

    /**
     * An upload of one small file kept in memory, such as an import: at most {@code maxBytes} are read, a larger file
     * is refused (answered 413, the reason shown) without reading it further. {@code received} is called in the UI.
     */
    public static Upload small(long maxBytes, BiConsumer<String, byte[]> received) {
        Upload upload = localized(new Upload(new BoundedReceiver() {
            @Override
            protected void receive(UploadEvent event, UI ui) throws IOException {
                byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new UploadRefused("file.error.fileTooLarge", Attachments.safeName(event.getFileName()),
                            Math.max(1, maxBytes >> 20));
                }
                if (ui != null) {
                    ui.access(() -> received.accept(event.getFileName(), bytes));
                }
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
