/**
 * What the complainant and the applicant are told, by e-mail or text message, at every step that changes what they
 * can do: the table of steps and their notices ({@link org.sunshine.citizen.StepNotices}), the listeners that write a
 * notice to the outbox in the step's transaction, and the reminder that a reply's rating window closes tomorrow.
 * Above {@code complaint} and {@code inforequest}; nothing depends on it.
 */
package org.sunshine.citizen;
