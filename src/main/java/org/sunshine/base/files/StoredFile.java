package org.sunshine.base.files;

/** A file as kept in the database, ready to be downloaded. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
