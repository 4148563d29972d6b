/**
 * Findings (监督意见): filed by supervisors and inspectors, confirmed or dismissed; a confirmed one is rectified as
 * every rectification is.
 */
package org.sunshine.finding;
