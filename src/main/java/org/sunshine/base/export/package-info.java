/** Tables exported as CSV or Excel from the list screens. */
package org.sunshine.base.export;
