package uk.takingpart.consultation;

import uk.takingpart.activity.CodeKeys;

/** A format a consultation document exists in. Translation keys: {@code consultation.document.format.<key>}. */
public enum DocumentFormat {
    PDF, EASY_READ, LARGE_PRINT, AUDIO, BSL_VIDEO, WELSH;

    public String key() { return CodeKeys.key(name()); }
}
