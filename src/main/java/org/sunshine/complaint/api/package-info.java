/** The public API of complaints (Open311 GeoReport v2 style) for partners and the public. */
package org.sunshine.complaint.api;
