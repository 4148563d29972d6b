/** Uploaded files: their checks and storage. */
package org.sunshine.base.files;
