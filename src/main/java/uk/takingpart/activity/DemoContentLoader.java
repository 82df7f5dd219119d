package uk.takingpart.activity;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.db.DemoMode;

/**
 * Loads the demo activities when the application runs on its embedded database, or on an empty
 * external one with {@code takingpart.demo-content=true}, and has none.
 */
@Component
class DemoContentLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);
    private final ObjectProvider<DemoMode> demoMode;
    private final AreaRepository areas;
    private final ActivityRepository activities;
    private final Clock clock;

    DemoContentLoader(ObjectProvider<DemoMode> demoMode, AreaRepository areas, ActivityRepository activities, Clock clock) {
        this.demoMode = demoMode;
        this.areas = areas;
        this.activities = activities;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    @Transactional
    public void load() {
        if (!DemoMode.loads(demoMode.getIfAvailable())) {
            return;
        }
        int loaded = new DemoActivities(areas, activities).load(clock.instant());
        if (loaded > 0) {
            log.info("Loaded {} demo activities in English and Welsh", loaded);
        }
    }
}
