package org.sunshine.base.files;

import org.sunshine.base.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one form, from their arrival until the form is sent or closed: each streamed into a temporary file
 * and counted ({@link UploadQuota}), the reading stopped as soon as a limit is passed — a file over 10 MB, a sixth
 * file, the form's total, the session's, the address's or the instance's — and a file whose content is not an
 * accepted kind refused as soon as it is in.
 */
public final class PendingFiles {

    /** Headers and boundaries of a multipart request around the file itself. */
    static final long REQUEST_OVERHEAD = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final UploadQuota quota;
    private final String session;
    private final List<Received> received = new ArrayList<>();
    private int arriving;
    private long formBytes;

    private record Received(Attachments.Upload upload, UploadQuota.Hold hold) {
    }

    public PendingFiles(UploadQuota quota, String session) {
        this.quota = quota;
        this.session = session;
    }

    /**
     * Reads one file from {@code in} into a temporary file, stopping at the first limit passed.
     *
     * @param requestLength the length the request announced (-1 if it did not): a file announced larger than allowed
     *                      is refused before a byte of it is read
     * @throws UploadRefused what to tell the user; nothing of the file is kept
     */
    public Attachments.Upload receive(String fileName, InputStream in, long requestLength, String address)
            throws IOException {
        String name = Attachments.safeName(fileName);
        synchronized (this) {
            if (received.size() + arriving >= Attachments.MAX_FILES) {
                throw new UploadRefused("file.error.tooManyFiles", Attachments.MAX_FILES);
            }
            arriving++;
        }
        UploadQuota.Hold hold = null;
        long size = 0;
        boolean kept = false;
        try {
            if (requestLength > Attachments.MAX_BYTES + REQUEST_OVERHEAD) {
                throw tooLarge(name);
            }
            hold = quota.open(session, address);
            try (OutputStream out = Files.newOutputStream(hold.file())) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (size + n > Attachments.MAX_BYTES) {
                        throw tooLarge(name);
                    }
                    addToForm(n);
                    size += n;
                    hold.grow(n);
                    out.write(buffer, 0, n);
                }
            }
            Attachments.Upload upload = new Attachments.Upload(name, hold.file(), size);
            Attachments.detect(upload);
            synchronized (this) {
                received.add(new Received(upload, hold));
            }
            kept = true;
            return upload;
        } catch (DomainException e) {
            throw new UploadRefused(e.messageKey(), e.args());
        } finally {
            synchronized (this) {
                arriving--;
                if (!kept) {
                    formBytes -= size;
                }
            }
            if (!kept && hold != null) {
                hold.release();
            }
        }
    }

    private synchronized void addToForm(long bytes) throws UploadRefused {
        long limit = quota.settings().maxFormSize();
        if (limit > 0 && formBytes + bytes > limit) {
            throw new UploadRefused("file.error.formTooLarge", limit >> 20);
        }
        formBytes += bytes;
    }

    private static UploadRefused tooLarge(String name) {
        return new UploadRefused("file.error.fileTooLarge", name, Attachments.MAX_BYTES >> 20);
    }

    /** The files received and waiting, in the order they came. */
    public synchronized List<Attachments.Upload> files() {
        return received.stream().map(Received::upload).toList();
    }

    /** Gives up a file the user removed from the form: the last one received under that name. */
    public void remove(String fileName) {
        String name = Attachments.safeName(fileName);
        Received gone = null;
        synchronized (this) {
            for (int i = received.size() - 1; i >= 0 && gone == null; i--) {
                if (received.get(i).upload().fileName().equals(name)) {
                    gone = received.remove(i);
                    formBytes -= gone.upload().size();
                }
            }
        }
        if (gone != null) {
            gone.hold().release();
        }
    }

    /** Gives up every file: the form was sent or closed. */
    public void clear() {
        List<Received> gone;
        synchronized (this) {
            gone = List.copyOf(received);
            received.clear();
            formBytes = 0;
        }
        gone.forEach(r -> r.hold().release());
    }
}
