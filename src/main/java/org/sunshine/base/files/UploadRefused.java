package org.sunshine.base.files;

import java.io.IOException;

/**
 * An upload refused while it arrives (too large, too many, a cap reached, not an accepted kind): what to tell the
 * user as an i18n key with its arguments. An {@link IOException}, so that thrown from the reading of a request it ends
 * the reading there.
 */
public class UploadRefused extends IOException {

    private final String messageKey;
    private final transient Object[] args;

    public UploadRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** A refusal is an answer, not a fault: no stack trace to fill the log with. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
