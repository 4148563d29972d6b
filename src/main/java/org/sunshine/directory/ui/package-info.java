/** Directory screens, and the department pickers other screens use. */
package org.sunshine.directory.ui;
