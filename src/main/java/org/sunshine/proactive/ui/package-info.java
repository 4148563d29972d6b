/** The screens of 主动公开: the monitor of cadences and late records, its workbench section. */
package org.sunshine.proactive.ui;
