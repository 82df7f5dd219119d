package uk.takingpart.base.db;

import java.util.function.BooleanSupplier;

/**
 * Present as a bean when the application may show its demo content: always on the embedded
 * database, and on an external one when {@code takingpart.demo-content=true}
 * (TAKINGPART_DEMO_CONTENT=true). Features load their demo content only when
 * {@link #loadsContent()} says so ({@code ObjectProvider<DemoMode>}).
 */
public final class DemoMode {
    private final BooleanSupplier decision;
    private volatile Boolean loads;

    DemoMode(BooleanSupplier decision) {
        this.decision = decision;
    }

    /**
     * Whether this start loads the demo content. Always on the embedded database (fresh at every
     * start). On an external database only when it held no activities when first asked: the demo is
     * never loaded twice, nor mixed with a database that already has content. Decided once, so
     * every feature gets the same answer however much the first one loaded.
     */
    public boolean loadsContent() {
        Boolean answer = loads;
        if (answer == null) {
            synchronized (this) {
                if (loads == null) {
                    loads = decision.getAsBoolean();
                }
                answer = loads;
            }
        }
        return answer;
    }

    /** True when the demo content is to be loaded on this start; false with no {@code DemoMode} bean. */
    public static boolean loads(DemoMode demoMode) {
        return demoMode != null && demoMode.loadsContent();
    }
}
