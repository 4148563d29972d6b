/** A report's download button, rendered in the reader's language. */
package org.sunshine.report.ui;
