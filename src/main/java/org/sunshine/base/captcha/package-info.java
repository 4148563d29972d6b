/** The picture challenge of the public forms. */
package org.sunshine.base.captcha;
