package org.sunshine.base.ui;

/**
 * Whether a member of staff is signed in on this browser, for the public layout's link (to the workbench, or to
 * the sign-in). Answered by the application frame, which knows the users; the base does not.
 */
public interface SignInState {

    boolean signedIn();
}
