/** The screens of applications for government information (依申请公开). */
package org.sunshine.inforequest.ui;
