/** The SMS gateway's callback: replies to our messages (回T退订) stop SMS to their number. */
package org.sunshine.notification.api;
