package uk.takingpart.base.security;

/**
 * The staff roles' names, for {@code @RolesAllowed} on staff views, and the expressions for
 * {@code @PreAuthorize} on service methods, in any feature. (Services use {@code @PreAuthorize} so
 * that method security never proxies a view.) Administrators manage staff accounts and settings; editors create and publish
 * content; analysts read responses, the audit trail and exports, and change nothing.
 */
public final class Roles {
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String EDITOR = "EDITOR";
    public static final String ANALYST = "ANALYST";

    /** For {@code @PreAuthorize} on service methods (views use {@code @RolesAllowed}). */
    public static final String ANY_STAFF = "hasAnyRole('ADMINISTRATOR', 'EDITOR', 'ANALYST')";
    public static final String EDITORS = "hasAnyRole('ADMINISTRATOR', 'EDITOR')";
    public static final String ADMINISTRATORS = "hasRole('ADMINISTRATOR')";

    private Roles() {}
}
