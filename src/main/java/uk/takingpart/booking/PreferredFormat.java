package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/** How someone would like information from us. Keys: {@code booking.format.<key>}. */
public enum PreferredFormat {
    STANDARD, LARGE_PRINT, EASY_READ, BRAILLE, AUDIO, BSL;

    public String key() { return CodeKeys.key(name()); }
}
