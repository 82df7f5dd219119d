package uk.takingpart.consultation;

import uk.takingpart.activity.CodeKeys;

/** Where a consultation is for someone who wants to respond, on the server's clock. */
public enum ConsultationState {
    NOT_YET_OPEN, OPEN, CLOSED, DECIDED;

    public String key() { return CodeKeys.key(name()); }
}
