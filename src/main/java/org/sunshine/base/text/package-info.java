/**
 * The rules every text typed into the application obeys, in one place ({@link org.sunshine.base.text.TextRules}):
 * no control characters (a multi-line field keeps tab and line breaks), no text direction overrides or isolates, no
 * broken surrogate pairs, NFC, and a length checked before anything is written. Services check their fields with it
 * (so the web forms and the API say the same thing); {@link org.sunshine.base.text.TextGuard} checks every text
 * property of every entity a repository is asked to write, against the same rules and its column's size.
 */
package org.sunshine.base.text;
