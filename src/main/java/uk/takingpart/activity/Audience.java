package uk.takingpart.activity;

/** Who an activity is for. Translation keys: {@code activity.audience.<key>}. */
public enum Audience {
    EVERYONE, PATIENTS_AND_CARERS, PARENT_CARERS, YOUNG_PEOPLE, OLDER_PEOPLE, COMMUNITY_GROUPS;

    public String key() { return CodeKeys.key(name()); }
}
