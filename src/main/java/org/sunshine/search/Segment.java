package org.sunshine.search;

/** A piece of a text, marked when it is a word searched for; shown as text, never as markup. */
public record Segment(String text, boolean marked) {
}
