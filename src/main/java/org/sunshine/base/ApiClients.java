package org.sunshine.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Partner API clients as configured, each {@code key:name} (a key, a colon, the partner's name). */
public final class ApiClients {

    private ApiClients() {
    }

    /** The clients by key; an entry without a key or a name is left out. */
    public static Map<String, String> byKey(List<String> clients) {
        Map<String, String> keys = new HashMap<>();
        for (String client : clients) {
            int colon = client.indexOf(':');
            if (colon > 0 && colon < client.length() - 1) {
                keys.put(client.substring(0, colon).strip(), client.substring(colon + 1).strip());
            }
        }
        return keys;
    }
}
