/** Social supervision: the roster and supervisors' terms, and review tasks drawn from replied complaints. */
package org.sunshine.supervision;
