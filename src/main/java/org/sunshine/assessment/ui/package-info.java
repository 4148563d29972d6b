/** The assessment screens: indicator systems, periods, score sheets, a department's result, the annual one. */
package org.sunshine.assessment.ui;
