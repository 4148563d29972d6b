package org.sunshine.base.captcha;

/** A question for a person (shown as an image) and its answer. */
public record Challenge(String question, String answer) {
}
