/** State machines as tables, one shape for all of them, and every step a row of the record's history. */
package org.sunshine.workflow;
