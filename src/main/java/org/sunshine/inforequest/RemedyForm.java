package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A remedy as staff record it: its kind, the body that hears it (复议机关 or 法院), the day it was filed, the outcome
 * (尚未审结 until decided), the day it was decided and a note.
 */
public record RemedyForm(@Nullable RemedyKind kind, @Nullable String body, @Nullable LocalDate filedOn,
                         @Nullable RemedyOutcome outcome, @Nullable LocalDate decidedOn, @Nullable String note) {
}
