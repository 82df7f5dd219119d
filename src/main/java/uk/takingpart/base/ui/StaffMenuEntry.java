package uk.takingpart.base.ui;

import java.util.Comparator;

/**
 * A feature's link in the back office's navigation: each feature declares its own as a Spring
 * bean, so the shell names no feature and a new feature plugs in without changing it.
 *
 * @param path the page's address ("staff/activities")
 * @param titleKey translation key of the link's text
 * @param role the role needed to see the link, or empty for any signed-in staff
 * @param order where the link sits (lower first)
 */
public record StaffMenuEntry(String path, String titleKey, String role, int order) {
    public static final Comparator<StaffMenuEntry> IN_ORDER = Comparator.comparingInt(StaffMenuEntry::order).thenComparing(StaffMenuEntry::path);

    /** A link every member of staff sees. */
    public static StaffMenuEntry forAllStaff(String path, String titleKey, int order) {
        return new StaffMenuEntry(path, titleKey, "", order);
    }

    /** A link only staff with this role see. */
    public static StaffMenuEntry forRole(String path, String titleKey, String role, int order) {
        return new StaffMenuEntry(path, titleKey, role, order);
    }
}
