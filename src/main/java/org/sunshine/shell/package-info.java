/**
 * The application frame, on top of every feature and named by none: the staff layout with its menu read from the
 * routes' {@code @Menu}, the workbench and the landing page that order the features' sections, the access-denied view.
 */
package org.sunshine.shell;
