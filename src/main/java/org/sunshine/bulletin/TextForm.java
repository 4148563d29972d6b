package org.sunshine.bulletin;

/** A draft's text as the inspector edits it. */
public record TextForm(String title, String addressees, String body, String copyTo, boolean publicRelease) {
}
