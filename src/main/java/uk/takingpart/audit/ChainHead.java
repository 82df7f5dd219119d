package uk.takingpart.audit;

/** The one row of {@code audit_head}: the last entry of the chain and its hash. */
interface ChainHead {
    /** Null while the trail is empty. */
    Long getLastEntryId();

    String getLastHash();
}
