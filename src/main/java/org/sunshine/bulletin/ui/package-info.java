/**
 * The bulletin screens: the list, a bulletin's page (document, lists, receipts, rectification, history), the public
 * bulletins.
 */
package org.sunshine.bulletin.ui;
