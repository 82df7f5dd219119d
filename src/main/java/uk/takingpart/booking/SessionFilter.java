package uk.takingpart.booking;

import java.time.LocalDate;

/**
 * Which upcoming sessions to list: all of them, or those on or after {@code from} and up to
 * {@code to} (inclusive, local dates), in an area, in person or online. Null means any.
 */
public record SessionFilter(LocalDate from, LocalDate to, String area, SessionMode mode) {
    public static final SessionFilter ANY = new SessionFilter(null, null, null, null);
}
