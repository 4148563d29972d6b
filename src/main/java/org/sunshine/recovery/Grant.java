package org.sunshine.recovery;

import java.io.Serializable;

/**
 * Proof, for the rest of a browser session, that its holder received a one-time code at a contact: made only by
 * {@link Recovery#verify}, kept on the server (in the session), never sent to the browser.
 */
public final class Grant implements Serializable {

    private final String contactKey;

    Grant(String contactKey) {
        this.contactKey = contactKey;
    }

    String contactKey() {
        return contactKey;
    }
}
