package uk.takingpart.base.db;

/**
 * Present as a bean only when the application runs on its embedded database: features load
 * their demo content when they find it ({@code ObjectProvider<DemoMode>}).
 */
public final class DemoMode {
    DemoMode() {}
}
