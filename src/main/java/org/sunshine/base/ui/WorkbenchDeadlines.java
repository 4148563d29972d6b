package org.sunshine.base.ui;

import java.util.List;

/**
 * A feature's items on the signed-in user's clock, for the workbench's one list of everything by deadline (a
 * department's handler sees its complaints, rectifications, applications … nearest first). A bean of the feature;
 * called in the UI thread, where it reads the signed-in user itself.
 */
public interface WorkbenchDeadlines {

    /** At most {@code limit} items, nearest deadline first; empty when the feature has nothing on this user's clock. */
    List<DueItem> nearest(int limit);
}
