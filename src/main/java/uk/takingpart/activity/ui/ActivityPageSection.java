package uk.takingpart.activity.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import uk.takingpart.activity.ActivitySummary;

/**
 * A part of an activity's public page that another feature provides (the sessions people can
 * book, for example), so the activity feature never depends on the features built on it.
 */
public interface ActivityPageSection {
    /**
     * The class of a section that shows a consultation's stages itself (with their dates): the
     * page then leaves out its own list of stages, so they are not shown twice.
     */
    String SHOWS_STAGES = "shows-stages";

    /** The section for this activity, or null when the feature has nothing to show. */
    Component section(ActivitySummary activity, Locale language);
}
