package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** A level-1 category as the editor saves it ({@code id == null}: a new one, added last). */
public record CategoryForm(@Nullable Long id, String name, @Nullable BigDecimal weight) {
}
