package uk.takingpart.audit;

import java.util.Locale;

/** Who did what an audit entry records. Translation keys: {@code audit.actor-type.<key>}. */
public enum ActorType {
    /** A signed-in member of staff, recorded by username. */
    STAFF,
    /** A member of the public, recorded without anything that identifies them. */
    PUBLIC,
    /** The application itself: scheduled jobs, reminders, retention. */
    SYSTEM;

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
