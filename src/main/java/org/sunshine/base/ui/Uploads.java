package org.sunshine.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import com.vaadin.flow.server.streams.UploadHandler;
import org.sunshine.base.files.Attachments;

import java.util.List;

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
     * An upload for attached files (the kinds and sizes {@link Attachments} accepts), kept in memory in {@code files}
     * until the form is sent; the service checks them again by their content.
     */
    public static Upload attachments(String id, List<Attachments.Upload> files) {
        Upload upload = localized(new Upload(UploadHandler.inMemory((metadata, bytes) ->
                files.add(new Attachments.Upload(metadata.fileName(), bytes)))));
        upload.setId(id);
        upload.setMaxFiles(Attachments.MAX_FILES);
        upload.setMaxFileSize(Attachments.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", "application/pdf", "image/jpeg", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        upload.addFileRejectedListener(e -> Notices.error(upload.getTranslation("file.error.rejected", e.getFileName(),
                Attachments.MAX_BYTES / 1024 / 1024)));
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
