/** The public scoreboard (考核排名与统计) and the open data page. */
package org.sunshine.scoreboard.ui;
