/** The monthly complaint figures and the queries the dashboard and the scoreboard read them with. */
package org.sunshine.statistics;
