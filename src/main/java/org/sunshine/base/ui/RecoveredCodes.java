package org.sunshine.base.ui;

import com.vaadin.flow.server.VaadinSession;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query codes issued by 找回查询码 in this browser session, kept on the server (in the Vaadin session) so that a
 * tracking page opened from the recovered list opens the item without the code being typed, or put in an address.
 */
public final class RecoveredCodes {

    public static final String COMPLAINT = "complaint";
    public static final String APPLICATION = "application";
    /** The address of the recovery page, for the tracking pages' links. */
    public static final String ROUTE = "recover";

    private static final String ATTRIBUTE = RecoveredCodes.class.getName();

    private RecoveredCodes() {
    }

    public static void keep(String kind, String number, String queryCode) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            codes(session).put(key(kind, number), queryCode);
        }
    }

    /** The code issued in this session for an item, if any. */
    public static Optional<String> of(String kind, String number) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(codes(session).get(key(kind, number)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> codes(VaadinSession session) {
        Object held = session.getAttribute(ATTRIBUTE);
        if (held instanceof HashMap<?, ?> map) {
            return (Map<String, String>) map;
        }
        HashMap<String, String> map = new HashMap<>();
        session.setAttribute(ATTRIBUTE, map);
        return map;
    }

    private static String key(String kind, String number) {
        return kind + ":" + (number == null ? "" : number.strip().toUpperCase(Locale.ROOT));
    }
}
