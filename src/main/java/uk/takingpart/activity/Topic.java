package uk.takingpart.activity;

/** What an activity is about. Translation keys: {@code activity.topic.<key>}. */
public enum Topic {
    HOSPITAL_SERVICES, MENTAL_HEALTH, PRIMARY_CARE, SEND, CHILDREN_AND_FAMILIES, SOCIAL_CARE, COMMUNITY_SERVICES;

    public String key() { return CodeKeys.key(name()); }
}
