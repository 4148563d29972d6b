package org.sunshine.supervision;

/** A supervisor as the public sees them: the name and the background, nothing else. */
public record PublicSupervisor(String name, Background background) {
}
