package org.sunshine.inforequest;

/** The inspector's review of a reply: 规范 or 不规范 (with a reason); the label is {@code inforequest.quality.<NAME>}. */
public enum ReplyQuality {
    PROPER, IMPROPER;
}
