package uk.takingpart.audit;

/**
 * The result of checking the whole audit trail.
 *
 * @param intact            true when every entry matches its hash and the chain is unbroken to its head
 * @param entriesChecked    how many entries were read
 * @param firstBrokenEntryId the first entry found altered, or the entry after a gap; for rows missing
 *                          from the end, the first missing id; null when intact
 * @param problem           a short English description for developers and logs (views show their
 *                          own translated text by {@link #intact()}, not this)
 */
public record Verification(boolean intact, long entriesChecked, Long firstBrokenEntryId, String problem) {
    static Verification ok(long entriesChecked) {
        return new Verification(true, entriesChecked, null, null);
    }

    static Verification broken(long entriesChecked, Long entryId, String problem) {
        return new Verification(false, entriesChecked, entryId, problem);
    }
}
