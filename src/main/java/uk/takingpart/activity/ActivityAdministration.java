package uk.takingpart.activity;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.settings.SiteSettings;

/**
 * The back office's use cases for activities: list them all (drafts too), edit one in English and
 * Welsh side by side, preview it, publish and unpublish it. Every change is in the audit trail.
 */
@Service
public class ActivityAdministration {
    static final String RECORD_TYPE = "activity";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final ActivityRepository activities;
    private final AreaRepository areas;
    private final ActivityService service;
    private final SiteSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ActivityAdministration(ActivityRepository activities, AreaRepository areas, ActivityService service,
                           SiteSettings settings, AuditTrail audit, Clock clock) {
        this.activities = activities;
        this.areas = areas;
        this.service = service;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The words of an activity in one language, as staff type them (Markdown subset in the description). */
    public record TextForm(String title, String summary, String description, String location, String easyRead, String easyReadAlt) {
        public static final TextForm EMPTY = new TextForm("", "", "", "", "", "");

        boolean isEmpty() {
            return blank(title) && blank(summary) && blank(description) && blank(location) && blank(easyRead) && blank(easyReadAlt);
        }
    }

    /** Everything the editor edits. Times are instants; the view converts from the site's time zone. */
    public record ActivityForm(String slug, ActivityType type, Topic topic, String area, Set<Audience> audiences,
                               LadderLevel ladderLevel, Stage stage, Attendance attendance, Instant startsAt, Instant endsAt,
                               String easyReadImage, Map<String, TextForm> texts) {}

    /** One row of the staff list. */
    public record Listing(String slug, String title, ActivityType type, boolean published, ActivityStatus status) {}

    /** Fields that are wrong, by field name, each with the translation key of its message. */
    public static final class InvalidActivity extends RuntimeException {
        private final Map<String, String> errors;

        InvalidActivity(Map<String, String> errors) {
            super("Invalid activity: " + errors);
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<Listing> all() {
        Instant now = clock.instant();
        return activities.findAll(Sort.by(Sort.Order.desc("startsAt"))).stream()
                .map(a -> new Listing(a.getSlug(), title(a), a.getType(), a.isPublishedAt(now),
                        ActivityService.status(a.getStartsAt(), a.getEndsAt(), now)))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORS)
    public Optional<ActivityForm> form(String slug) {
        return activities.findBySlug(slug).map(a -> {
            Map<String, TextForm> texts = new HashMap<>();
            a.getTexts().forEach((language, t) -> texts.put(language, new TextForm(t.getTitle(), t.getSummary(),
                    nz(t.getDescription()), nz(t.getLocation()), nz(t.getEasyReadText()), nz(t.getEasyReadImageAlt()))));
            return new ActivityForm(a.getSlug(), a.getType(), a.getTopic(), a.getArea().getCode(), a.getAudiences(),
                    a.getLadderLevel(), a.getStage(), a.getAttendance(), a.getStartsAt(), a.getEndsAt(), a.getEasyReadImage(), texts);
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public boolean isPublished(String slug) {
        return activities.findBySlug(slug).map(a -> a.isPublishedAt(clock.instant())).orElse(false);
    }

    /** Saves a new activity ({@code existingSlug} null) or changes one; returns its (possibly new) address. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public String save(String existingSlug, ActivityForm form, String staff) {
        Map<String, String> errors = validate(existingSlug, form);
        Area area = form.area() == null ? null : areas.findByCode(form.area()).orElse(null);
        if (area == null && !errors.containsKey("area")) {
            errors.put("area", "activity.editor.error.area");
        }
        if (!errors.isEmpty()) {
            throw new InvalidActivity(errors);
        }
        Activity activity;
        boolean created = existingSlug == null;
        if (created) {
            activity = new Activity(form.slug(), form.type(), form.topic(), area, form.audiences(), form.ladderLevel(),
                    stageFor(form), form.attendance(), form.startsAt(), form.endsAt(), null, blankToNull(form.easyReadImage()));
        } else {
            activity = activities.findBySlug(existingSlug).orElseThrow(() -> new InvalidActivity(Map.of("slug", "activity.editor.error.gone")));
            activity.update(form.slug(), form.type(), form.topic(), area, form.audiences(), form.ladderLevel(), stageFor(form),
                    form.attendance(), form.startsAt(), form.endsAt(), blankToNull(form.easyReadImage()));
        }
        activity.getTexts().clear();
        form.texts().forEach((language, t) -> {
            if (t != null && !t.isEmpty() && !blank(t.title()) && !blank(t.summary())) {
                activity.text(language, new ActivityText(t.title().strip(), t.summary().strip(), blankToNull(t.description()),
                        blankToNull(t.location()), blankToNull(t.easyRead()), blankToNull(t.easyReadAlt())));
            }
        });
        activities.saveAndFlush(activity);
        audit.record(new AuditEvent(Actor.staff(staff), created ? AuditAction.ACTIVITY_CREATED : AuditAction.ACTIVITY_EDITED,
                RECORD_TYPE, form.slug(), form.slug(), (created ? "Created " : "Edited ") + "“" + form.texts().get("en").title().strip() + "”"
                        + (created || existingSlug.equals(form.slug()) ? "" : " (address changed from " + existingSlug + ")")));
        return form.slug();
    }

    /**
     * Publishes an activity. Unless an administrator has turned the rule off, Welsh must be
     * there for every text the English has: the Welsh public sees it at the same time.
     * Returns the Welsh fields still missing (nothing was published), or an empty list.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public List<String> publish(String slug, String staff) {
        Activity activity = activities.findBySlug(slug).orElseThrow(() -> new InvalidActivity(Map.of("slug", "activity.editor.error.gone")));
        if (settings.welshRequiredToPublish()) {
            List<String> missing = missingWelsh(activity);
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        if (!activity.isPublishedAt(clock.instant())) {
            // a change to a published activity keeps its place in "newest first"
            activity.publish(clock.instant());
            audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ACTIVITY_PUBLISHED, RECORD_TYPE, slug, slug,
                    "Published “" + title(activity) + "”"));
        }
        return List.of();
    }

    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void unpublish(String slug, String staff) {
        activities.findBySlug(slug).ifPresent(activity -> {
            activity.unpublish();
            audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ACTIVITY_UNPUBLISHED, RECORD_TYPE, slug, slug,
                    "Unpublished “" + title(activity) + "”"));
        });
    }

    /** The public page of an activity in a language, published or not, for staff to check before publishing. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<ActivityDetails> preview(String slug, Locale language) {
        return activities.findBySlug(slug).map(a -> service.details(a, language, clock.instant()));
    }

    /** The easy-read pictures staff can choose from, as addresses on the site. */
    public List<String> pictures() {
        try {
            return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                            .getResources("classpath*:META-INF/resources/images/easy-read/*.svg"))
                    .map(r -> "/images/easy-read/" + r.getFilename()).sorted().distinct().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> missingWelsh(Activity activity) {
        ActivityText en = activity.getTexts().get("en");
        ActivityText cy = activity.getTexts().get("cy");
        List<String> missing = new ArrayList<>();
        if (cy == null) {
            missing.add("title");
            missing.add("summary");
        }
        Map<String, String[]> pairs = new LinkedHashMap<>();
        pairs.put("description", new String[] {en == null ? null : en.getDescription(), cy == null ? null : cy.getDescription()});
        pairs.put("location", new String[] {en == null ? null : en.getLocation(), cy == null ? null : cy.getLocation()});
        pairs.put("easy-read", new String[] {en == null ? null : en.getEasyReadText(), cy == null ? null : cy.getEasyReadText()});
        pairs.put("easy-read-alt", new String[] {en == null ? null : en.getEasyReadImageAlt(), cy == null ? null : cy.getEasyReadImageAlt()});
        pairs.forEach((field, values) -> {
            if (!blank(values[0]) && blank(values[1])) {
                missing.add(field);
            }
        });
        return missing;
    }

    private Map<String, String> validate(String existingSlug, ActivityForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextForm en = form.texts().getOrDefault("en", TextForm.EMPTY);
        if (blank(en.title())) errors.put("en.title", "activity.editor.error.title");
        else if (en.title().strip().length() > 200) errors.put("en.title", "activity.editor.error.title-long");
        if (blank(en.summary())) errors.put("en.summary", "activity.editor.error.summary");
        else if (en.summary().strip().length() > 1000) errors.put("en.summary", "activity.editor.error.summary-long");
        TextForm cy = form.texts().get("cy");
        if (cy != null && !cy.isEmpty() && (blank(cy.title()) || blank(cy.summary()))) {
            errors.put(blank(cy.title()) ? "cy.title" : "cy.summary", "activity.editor.error.welsh-title-summary");
        }
        // every language's texts within what the database holds, so that too much text is a message, never a server error
        form.texts().forEach((language, text) -> {
            tooLong(errors, language + ".title", text.title(), 200, "activity.editor.error.title-long");
            tooLong(errors, language + ".summary", text.summary(), 1000, "activity.editor.error.summary-long");
            tooLong(errors, language + ".location", text.location(), 500, "activity.editor.error.location-long");
            tooLong(errors, language + ".easy-read-alt", text.easyReadAlt(), 300, "activity.editor.error.easy-read-alt-long");
            tooLong(errors, language + ".description", text.description(), MAX_LONG_TEXT, "activity.editor.error.text-long");
            tooLong(errors, language + ".easy-read", text.easyRead(), MAX_LONG_TEXT, "activity.editor.error.text-long");
        });
        if (form.slug() == null || !form.slug().matches(SLUG) || form.slug().length() > 120) {
            errors.put("slug", "activity.editor.error.slug");
        } else if (!form.slug().equals(existingSlug) && activities.findBySlug(form.slug()).isPresent()) {
            errors.put("slug", "activity.editor.error.slug-taken");
        }
        if (form.type() == null) errors.put("type", "activity.editor.error.type");
        if (form.topic() == null) errors.put("topic", "activity.editor.error.topic");
        if (blank(form.area())) errors.put("area", "activity.editor.error.area");
        if (form.audiences() == null || form.audiences().isEmpty()) errors.put("audiences", "activity.editor.error.audiences");
        if (form.ladderLevel() == null) errors.put("ladder", "activity.editor.error.ladder");
        if (form.type() == ActivityType.CONSULTATION && form.stage() == null) errors.put("stage", "activity.editor.error.stage");
        if (form.startsAt() == null) errors.put("starts", "activity.editor.error.starts");
        else if (form.endsAt() != null && form.endsAt().isBefore(form.startsAt())) errors.put("ends", "activity.editor.error.ends");
        if (!blank(form.easyReadImage()) && !form.easyReadImage().matches("/images/easy-read/[a-z0-9-]+\\.svg")) {
            errors.put("picture", "activity.editor.error.picture");
        }
        return errors;
    }

    /** A description or Easy Read text: a TEXT column holds 65,535 bytes, up to four a character. */
    static final int MAX_LONG_TEXT = 10_000;

    private static void tooLong(Map<String, String> errors, String field, String value, int max, String key) {
        if (value != null && value.strip().codePointCount(0, value.strip().length()) > max) {
            errors.putIfAbsent(field, key);
        }
    }

    private static Stage stageFor(ActivityForm form) {
        return form.type() == ActivityType.CONSULTATION ? form.stage() : null;
    }

    private static String title(Activity a) {
        ActivityText en = a.getTexts().get("en");
        return en == null ? a.getSlug() : en.getTitle();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
