/** The sign-in screen and account administration (用户管理). */
package org.sunshine.security.ui;
