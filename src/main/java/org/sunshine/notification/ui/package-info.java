/** The administrator's 消息外发 screen (the outbox, and the development box) and the public page that stops e-mails. */
package org.sunshine.notification.ui;
