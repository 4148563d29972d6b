package org.sunshine.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A list's filter in its address, as the workbench's queues link to it: {@code complaints?state=SUBMITTED,ACCEPTED&warning=RED}.
 * Enum values by name, several separated by commas; a value the list does not know is left out (an address typed
 * wrong shows more, never an error).
 */
public final class ListAddress {

    private final Map<String, List<String>> parameters;

    private ListAddress(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    public static ListAddress of(BeforeEnterEvent event) {
        return new ListAddress(event.getLocation().getQueryParameters().getParameters());
    }

    /** Whether the address carries no filter (the list then shows its own default). */
    public boolean isEmpty() {
        return parameters.isEmpty();
    }

    public boolean has(String name) {
        return parameters.containsKey(name);
    }

    /** The values of {@code name} the enum knows; empty when there are none. */
    public <E extends Enum<E>> Set<E> all(String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : parameters.getOrDefault(name, List.of())) {
            for (String one : value.split(",")) {
                Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(one.strip())).forEach(values::add);
            }
        }
        return values;
    }

    /** The value of {@code name} if the enum knows it, else {@code null}. */
    public <E extends Enum<E>> E one(String name, Class<E> type) {
        Set<E> values = all(name, type);
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** The first value of {@code name}, or {@code null}. */
    public String text(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * The address of a list with a filter: {@code href("complaints", "state", Set.of(SUBMITTED), "warning", RED)}.
     * A {@code null} value or an empty collection is left out; the values of a collection are sorted by name.
     */
    public static String href(String path, Object... nameValuePairs) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            Object value = nameValuePairs[i + 1];
            String text = value instanceof Collection<?> many
                    ? String.join(",", many.stream().map(ListAddress::name).sorted().toList())
                    : value == null ? "" : name(value);
            if (!text.isEmpty()) {
                query.add(nameValuePairs[i] + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ","));
            }
        }
        String root = path.startsWith("/") ? path : "/" + path;
        return query.length() == 0 ? root : root + "?" + query;
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
