/**
 * How the staff lists page and size themselves at a million rows (issue 18, docs/architecture.md "Lists at a
 * million"): a page is asked for by its offset and, when the screen has it, the sort key of the row before it
 * ({@link org.sunshine.base.list.ListPage}), so that the next page is a keyset seek and a jump a walk of an index;
 * a list's size is exact only below a cap ({@link org.sunshine.base.list.ListSize},
 * {@link org.sunshine.base.list.BoundedCount}), above it an estimate or "over the cap".
 */
package org.sunshine.base.list;
