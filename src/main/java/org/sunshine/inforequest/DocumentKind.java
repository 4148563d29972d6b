package org.sunshine.inforequest;

/** The documents an organ sends (DISCLOSURE.md §1); the label is {@code inforequest.document.<NAME>}. */
public enum DocumentKind {
    RECEIPT, CORRECTION_NOTICE, CONSULTATION_LETTER, EXTENSION_NOTICE, FEE_NOTICE, REPLY;
}
