/** The dashboard's screen (数据看板) and its chart cards. */
package org.sunshine.dashboard.ui;
