package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.security.SignedInUser;

/**
 * A bulletin as PDF or DOCX, for those who may read it: the file frozen at issue, checked against its SHA-256 (a
 * tampered file is refused); before issue, a preview rendered now for the staff (marked as a draft).
 */
@Singleton
public class BulletinFiles {

    private final BulletinRepository bulletins;
    private final BulletinAccess access;
    private final IssuedFiles files;

    BulletinFiles(BulletinRepository bulletins, BulletinAccess access, IssuedFiles files) {
        this.bulletins = bulletins;
        this.access = access;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public StoredFile file(long id, String format, SignedInUser viewer) {
        return files.file(access.visible(id, viewer), format);
    }

    /** A public bulletin's frozen PDF, for anyone. */
    @Transactional(readOnly = true)
    public StoredFile publicFile(long id) {
        Bulletin b = bulletins.findById(id)
                .filter(x -> x.isPublicRelease() && BulletinAccess.CIRCULATED.contains(x.getState()))
                .orElseThrow(() -> new DomainException("bulletin.error.missing"));
        return files.file(b, "pdf");
    }

    /** Whether a frozen file still matches the SHA-256 recorded at issue. */
    @Transactional(readOnly = true)
    public boolean intact(long id, String format) {
        Bulletin b = bulletins.findById(id).orElseThrow();
        try {
            files.file(b, format);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
