/** A rectification as the finding's and the bulletin's pages show it, with the steps the viewer may take. */
package org.sunshine.rectification.ui;
