package org.sunshine.base.files;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What uploaded files waiting for their form take on this instance, counted per browser session, per client address
 * and in all, each against its limit of {@link UploadSettings}. A file waits in a temporary file of its own
 * ({@link Hold}), which is deleted when the hold is released: the form sent, the file removed, the form closed or the
 * session ended.
 */
@Singleton
public class UploadQuota {

    private static final Logger LOG = LoggerFactory.getLogger(UploadQuota.class);
    /** Files left by an instance that was killed are older than any session. */
    private static final Duration LEFT_OVER = Duration.ofDays(1);

    private final UploadSettings settings;
    private final Path dir;
    private final Map<String, Usage> sessions = new HashMap<>();
    private final Map<String, Usage> addresses = new HashMap<>();
    private final Map<String, Set<Hold>> holdsBySession = new HashMap<>();
    private long pendingBytes;
    private int pendingFiles;

    public UploadQuota(UploadSettings settings) {
        this.settings = settings;
        String configured = this.settings.tempDir();
        this.dir = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "sunshine-uploads") : Path.of(configured);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload directory " + dir, e);
        }
        removeLeftOvers();
    }

    public UploadSettings settings() {
        return settings;
    }

    /** Where the files wait. */
    public Path directory() {
        return dir;
    }

    /**
     * Opens a temporary file for one more file of {@code session}, arriving from {@code address}.
     *
     * @throws UploadRefused if the session already has its number of files waiting
     */
    public Hold open(String session, String address) throws UploadRefused {
        synchronized (this) {
            Usage usage = sessions.get(session);
            if (settings.maxSessionFiles() > 0 && usage != null && usage.files >= settings.maxSessionFiles()) {
                throw sessionFull();
            }
            sessions.computeIfAbsent(session, k -> new Usage()).files++;
            addresses.computeIfAbsent(address, k -> new Usage()).files++;
            pendingFiles++;
        }
        Path file;
        try {
            file = Files.createTempFile(dir, "upload-", ".tmp");
        } catch (IOException e) {
            synchronized (this) {
                forget(session, address, 0);
            }
            throw new UncheckedIOException(e);
        }
        Hold hold = new Hold(session, address, file);
        synchronized (this) {
            holdsBySession.computeIfAbsent(session, k -> new LinkedHashSet<>()).add(hold);
        }
        return hold;
    }

    /** Releases every hold of a session that ended. */
    public void releaseSession(String session) {
        List<Hold> holds;
        synchronized (this) {
            Set<Hold> set = holdsBySession.get(session);
            holds = set == null ? List.of() : List.copyOf(set);
        }
        holds.forEach(Hold::release);
    }

    public synchronized long pendingBytes() {
        return pendingBytes;
    }

    public synchronized int pendingFiles() {
        return pendingFiles;
    }

    private synchronized void grow(Hold hold, long bytes) throws UploadRefused {
        Usage session = sessions.get(hold.session);
        Usage address = addresses.get(hold.address);
        if (over(session.bytes + bytes, settings.maxSessionSize())) {
            throw sessionFull();
        }
        if (over(address.bytes + bytes, settings.maxAddressSize())) {
            throw new UploadRefused("file.error.addressFull");
        }
        if (over(pendingBytes + bytes, settings.maxPendingSize())) {
            LOG.warn("Uploads refused: {} bytes already wait in {}", pendingBytes, dir);
            throw new UploadRefused("file.error.serverBusy");
        }
        session.bytes += bytes;
        address.bytes += bytes;
        pendingBytes += bytes;
        hold.bytes += bytes;
    }

    private synchronized boolean release(Hold hold) {
        if (hold.released) {
            return false;
        }
        hold.released = true;
        forget(hold.session, hold.address, hold.bytes);
        Set<Hold> set = holdsBySession.get(hold.session);
        if (set != null) {
            set.remove(hold);
            if (set.isEmpty()) {
                holdsBySession.remove(hold.session);
            }
        }
        return true;
    }

    private void forget(String session, String address, long bytes) {
        forget(sessions, session, bytes);
        forget(addresses, address, bytes);
        pendingFiles--;
        pendingBytes -= bytes;
    }

    private static void forget(Map<String, Usage> usages, String key, long bytes) {
        Usage usage = usages.get(key);
        if (usage != null) {
            usage.files--;
            usage.bytes -= bytes;
            if (usage.files <= 0) {
                usages.remove(key);
            }
        }
    }

    private UploadRefused sessionFull() {
        return new UploadRefused("file.error.sessionFull", settings.maxSessionFiles(), settings.maxSessionSize() >> 20);
    }

    private static boolean over(long value, long limit) {
        return limit > 0 && value > limit;
    }

    private void removeLeftOvers() {
        Instant before = Instant.now().minus(LEFT_OVER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "upload-*.tmp")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean the upload directory {}", dir, e);
        }
    }

    private static final class Usage {
        long bytes;
        int files;
    }

    /** One file waiting in its temporary file, counted until released. */
    public final class Hold {

        private final String session;
        private final String address;
        private final Path file;
        private long bytes;
        private boolean released;

        private Hold(String session, String address, Path file) {
            this.session = session;
            this.address = address;
            this.file = file;
        }

        public Path file() {
            return file;
        }

        /**
         * Counts {@code more} bytes about to be written to the file.
         *
         * @throws UploadRefused if the session, the address or the instance would hold more than it may
         */
        public void grow(long more) throws UploadRefused {
            UploadQuota.this.grow(this, more);
        }

        /** Deletes the file and gives its share back; a second call does nothing. */
        public void release() {
            if (UploadQuota.this.release(this)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Cannot delete the uploaded file {}", file, e);
                }
            }
        }
    }
}
