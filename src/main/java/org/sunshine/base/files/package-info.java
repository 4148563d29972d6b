/** Uploaded files: the limits they arrive under, their checks by content, and the headers they are served with. */
package org.sunshine.base.files;
