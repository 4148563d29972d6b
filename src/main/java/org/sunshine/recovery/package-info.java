/**
 * 找回查询码: someone who gave a phone number or an e-mail address with a complaint or an application receives a
 * one-time code there, and with it sees the items filed with that contact and gets a new query code for any of them.
 * The answer never says whether a contact is known (docs/notifications.md, "Recovering a query code").
 */
package org.sunshine.recovery;
