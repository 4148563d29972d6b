/** The screens of 主动公开: the records, the cadence monitor, the dead links (链接检查). */
package org.sunshine.proactive.ui;
