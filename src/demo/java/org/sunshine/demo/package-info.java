/**
 * The demo city, its generated year of history and work in progress: development, test and benchmark builds only
 * (src/demo), never the release.
 */
package org.sunshine.demo;
