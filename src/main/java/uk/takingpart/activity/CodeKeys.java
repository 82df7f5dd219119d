package uk.takingpart.activity;

import java.util.Locale;
import java.util.Optional;

/** Turns enum constants into the lowercase, hyphenated codes used in addresses and translation keys. */
public final class CodeKeys {
    private CodeKeys() {}

    public static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant for a code from an address, or empty for anything malformed. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null || code.isBlank() || code.length() > 60) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (key(constant.name()).equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
