/** The leaders' dashboard: the figures of a period across the assessment, complaints, findings and bulletins. */
package org.sunshine.dashboard;
