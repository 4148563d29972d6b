package org.sunshine.assessment;

import java.util.List;

/**
 * Something that stops a step of the lead inspector or the editor: a draft indicator system from being published, a
 * period's results from being published or locked. An i18n key ({@code assessment.blocker.*}) and its arguments. (Not
 * to be confused with a bulletin's problem-list items.)
 */
public record Blocker(String key, List<Object> args) {

    public static Blocker of(String key, Object... args) {
        return new Blocker(key, List.of(args));
    }
}
