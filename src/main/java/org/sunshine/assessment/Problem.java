package org.sunshine.assessment;

import java.util.List;

/** Something that stops a draft from being published: an i18n key ({@code assessment.problem.*}) and its arguments. */
public record Problem(String key, List<Object> args) {

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
