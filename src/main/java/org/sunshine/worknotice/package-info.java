/**
 * Telling staff of their work (docs/notifications.md, "To staff"): new work as it arrives, by the rules of
 * {@link org.sunshine.worknotice.NewWorkRules}, and on working days a digest of each person's yellow and red items. Both
 * go through the notification outbox to the work e-mail and mobile of the account (security's staff contacts).
 */
package org.sunshine.worknotice;
