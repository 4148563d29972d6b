/** The city's directory: departments, key areas and the responsibility table. */
package org.sunshine.directory;
