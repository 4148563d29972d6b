package org.sunshine.inforequest;

/** Whom the organ consults: a third party whose rights are affected (Art. 32) or another organ that made the information jointly (Art. 34); the label is {@code inforequest.consultation.<NAME>}. */
public enum ConsultationKind {
    THIRD_PARTY, OTHER_ORGAN;
}
