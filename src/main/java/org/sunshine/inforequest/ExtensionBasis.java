package org.sunshine.inforequest;

/** The ground of a longer deadline: Art. 33 (at most 20 working days) or Art. 35 (an unreasonable volume: a stated longer deadline); the label is {@code inforequest.extension.<NAME>}. */
public enum ExtensionBasis {
    ART33, ART35;
}
