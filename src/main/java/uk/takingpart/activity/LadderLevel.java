package uk.takingpart.activity;

/**
 * The ladder of involvement, from being told to sharing power. Each level has a name and a
 * plain-words explanation of what taking part means: {@code activity.ladder.<key>[.explanation]}.
 */
public enum LadderLevel {
    INFORM, CONSULT, ENGAGE, CO_DESIGN, CO_PRODUCE;

    public String key() { return CodeKeys.key(name()); }
}
