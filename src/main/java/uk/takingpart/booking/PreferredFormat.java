package uk.takingpart.booking;

import uk.takingpart.activity.CodeKeys;

/**
 * How someone would like information from us. Keys: {@code booking.format.<key>}. Some formats
 * are sent by post and need a postal address; the others go by email.
 */
public enum PreferredFormat {
    STANDARD(false), LETTER(true), LARGE_PRINT(true), EASY_READ(false), BRAILLE(true), AUDIO(false), BSL(false);

    private final boolean byPost;

    PreferredFormat(boolean byPost) {
        this.byPost = byPost;
    }

    /** True for the formats we send by post: these need a postal address. */
    public boolean byPost() { return byPost; }

    public String key() { return CodeKeys.key(name()); }
}
