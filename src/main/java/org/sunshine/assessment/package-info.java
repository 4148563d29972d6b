/** The assessment: indicator systems, periods from set-up to lock and corrections, the annual assessment. */
package org.sunshine.assessment;
