package uk.takingpart.activity;

/** The stages a consultation goes through, in order. Translation keys: {@code activity.stage.<key>}. */
public enum Stage {
    CASE_FOR_CHANGE, PRE_CONSULTATION, OPEN_CONSULTATION, CLOSED_AWAITING_DECISION, DECIDED;

    public String key() { return CodeKeys.key(name()); }
}
