/** The public page of 找回查询码. */
package org.sunshine.recovery.ui;
