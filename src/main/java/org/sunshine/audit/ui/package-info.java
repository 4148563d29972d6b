/** The audit log screen (审计日志). */
package org.sunshine.audit.ui;
