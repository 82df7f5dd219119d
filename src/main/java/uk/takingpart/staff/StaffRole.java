package uk.takingpart.staff;

/**
 * What a member of staff may do. Administrators manage staff accounts and settings; editors
 * create and publish content; analysts read responses and exports and change nothing.
 * Translation keys: {@code staff.role.<key>}.
 */
public enum StaffRole {
    ADMINISTRATOR, EDITOR, ANALYST;

    /** Spring Security authority names, for {@code @RolesAllowed}. */
    public static final String ADMIN = "ADMINISTRATOR";
    public static final String EDIT = "EDITOR";
    public static final String ANALYSE = "ANALYST";

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
