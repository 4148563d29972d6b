/**
 * Full-text search of the staff lists (docs/architecture.md, "Search"): one interface, {@link
 * org.sunshine.search.TextSearch}, over a Lucene index on each node's local disk, with the Chinese analyzer (smartcn)
 * and the CJK bigrams. The features say what they index ({@link org.sunshine.search.SearchSource}: their documents, the
 * tables whose {@code updated_at} marks a change) and how a list's filter reads ({@link
 * org.sunshine.search.Condition}); this package knows no feature. The index is kept current after every step's commit
 * on the node that took it and by a catch-up every few seconds on every node, rebuilt in the background when missing
 * or of another schema, or when an administrator asks.
 */
package org.sunshine.search;
