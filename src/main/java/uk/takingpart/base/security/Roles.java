package uk.takingpart.base.security;

/**
 * The staff roles' names, for {@code @RolesAllowed} on staff views and service methods in any
 * feature. Administrators manage staff accounts and settings; editors create and publish
 * content; analysts read responses, the audit trail and exports, and change nothing.
 */
public final class Roles {
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String EDITOR = "EDITOR";
    public static final String ANALYST = "ANALYST";

    private Roles() {}
}
