/** What the public sees of the assessment: locked rankings and complaint figures, on screen and as open data. */
package org.sunshine.scoreboard;
