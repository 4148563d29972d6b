/** Staff accounts, roles, sign-in and the signed-in user; other features answer its ports. */
package org.sunshine.security;
