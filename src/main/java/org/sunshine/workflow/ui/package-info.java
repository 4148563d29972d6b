/** The history of any record, as its page shows it. */
package org.sunshine.workflow.ui;
