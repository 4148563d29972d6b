/**
 * Telling people: the complainant and the applicant at every step that changes what they can do, staff of new work
 * and of what turns yellow or red. A message is written to the outbox in the transaction of the step that caused it
 * ({@link org.sunshine.notification.Notifier}) and sent after commit by e-mail or SMS, retried with back-off, once per
 * event and channel; a failing provider never fails or delays the step.
 */
package org.sunshine.notification;
