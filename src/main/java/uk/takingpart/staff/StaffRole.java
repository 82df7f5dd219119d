package uk.takingpart.staff;

/**
 * What a member of staff may do. Administrators manage staff accounts and settings; editors
 * create and publish content; analysts read responses and exports and change nothing.
 * Translation keys: {@code staff.role.<key>}; names for {@code @RolesAllowed} are in
 * {@link uk.takingpart.base.security.Roles}.
 */
public enum StaffRole {
    ADMINISTRATOR, EDITOR, ANALYST;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
