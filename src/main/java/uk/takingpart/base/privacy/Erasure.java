package uk.takingpart.base.privacy;

/**
 * What erasing one kind did: {@code deleted} records went whole, {@code anonymised} records stay
 * (for counts and statistics) without the person's details.
 */
public record Erasure(String kind, int deleted, int anonymised) {
    public int total() {
        return deleted + anonymised;
    }
}
