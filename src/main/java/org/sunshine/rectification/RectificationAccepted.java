package org.sunshine.rectification;

/**
 * A rectification was accepted (by the inspector, or along with the one it was copied from), published inside that
 * transaction: the record that asked for it closes itself, and records copied from it are accepted along.
 *
 * @param report the accepted report
 */
public record RectificationAccepted(long rectificationId, Subject subject, Report report) {
}
