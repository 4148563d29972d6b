/**
 * Bulletins (通报): drafted from a locked period, edited, signed, issued with a gapless number and frozen files,
 * signed for; their problem lists are rectified.
 */
package org.sunshine.bulletin;
