/** The finding screens: the list, filing a finding, a finding's page with its rectification, the workbench counts. */
package org.sunshine.finding.ui;
