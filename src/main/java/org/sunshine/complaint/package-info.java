/**
 * Complaints (诉求) from the public: intake, the state machine on the working-day calendar, handling, tracking with
 * the codes, the receipt.
 */
package org.sunshine.complaint;
