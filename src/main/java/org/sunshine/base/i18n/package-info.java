/** The i18n bundle (Chinese first, English) and the reader's language. */
package org.sunshine.base.i18n;
