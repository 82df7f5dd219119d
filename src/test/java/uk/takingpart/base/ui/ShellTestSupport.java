package uk.takingpart.base.ui;

import com.vaadin.flow.component.UI;

/** Lets view tests in other packages use the display options as a visitor would. */
public final class ShellTestSupport {
    private ShellTestSupport() {}

    private static MainLayout layout() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst().orElseThrow();
    }

    /** Ticks or unticks "Easy read" as a visitor's click would. */
    public static void chooseEasyRead(boolean on) {
        choose(layout().easyRead, on);
    }

    /** Ticks or unticks "Large print" as a visitor's click would. */
    public static void chooseLargePrint(boolean on) {
        choose(layout().largePrint, on);
    }

    private static void choose(DisplayOption checkbox, boolean on) {
        if (checkbox.getValue() != on) {
            checkbox.click();
        }
    }
}
