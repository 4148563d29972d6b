package org.sunshine.directory;

/** A department's part in a responsibility item: 牵头 (lead) or 配合 (co-department). */
public enum Duty {
    LEAD,
    CO
}
