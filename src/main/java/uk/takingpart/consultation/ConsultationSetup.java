package uk.takingpart.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.Stage;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;

/**
 * Setting up a consultation from the back office, so no developer is needed: an activity of type
 * consultation (written in the activity editor) gets its consultation details here — when it
 * opens and closes (12 weeks unless a reason for a shorter period is written down), when a
 * decision is expected, and its words in each language: the purpose, the case for change, how
 * answers are used and the reason for a shorter period. Its questionnaire is then written in the
 * questionnaire builder, and it goes live when the activity is published. Two editors saving at
 * once: the second is told, and keeps what they typed. Every save is audited with the dates
 * before and after.
 */
@Service
public class ConsultationSetup {
    public static final List<String> TEXT_FIELDS = List.of("purpose", "case-for-change", "how-answers-are-used", "shorter-period-reason");
    public static final int MAX_TEXT = 5000;
    static final String RECORD_TYPE = "consultation";

    private final JdbcClient jdbc;
    private final ConsultationStore store;
    private final AuditTrail audit;
    private final ZoneId zone;

    ConsultationSetup(JdbcClient jdbc, ConsultationStore store, AuditTrail audit, DateTexts dates) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.zone = dates.zone();
    }

    /** An activity of type consultation whose consultation details are not set up yet. */
    public record Unset(String slug, String title) {}

    /**
     * What staff type: opening and closing times (in the site's time zone), the day a decision is
     * expected (may be empty), and per language tag the texts by field ({@link #TEXT_FIELDS}).
     * {@code version} is the one read, for a change to an existing consultation.
     */
    public record DetailsForm(LocalDateTime opens, LocalDateTime closes, LocalDate decisionExpectedOn,
                              Map<String, Map<String, String>> texts, long version) {}

    /** A consultation's details as saved, with its activity's address. */
    public record Details(long id, String slug, DetailsForm form) {}

    /** What is wrong, as translation keys by field name ({@code opens}, {@code closes}, {@code decision}, {@code en.purpose}…). */
    public static final class Invalid extends RuntimeException {
        private final Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super("Consultation details with problems: " + errors.keySet());
            this.errors = errors;
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    /** Activities of type consultation not set up yet, by address. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<Unset> notSetUp(Locale language) {
        return jdbc.sql("""
                SELECT a.slug, COALESCE(t.title, e.title, a.slug) FROM activity a
                LEFT JOIN activity_text t ON t.activity_id = a.id AND t.language = ?
                LEFT JOIN activity_text e ON e.activity_id = a.id AND e.language = 'en'
                WHERE a.type = ? AND NOT EXISTS (SELECT 1 FROM consultation c WHERE c.activity_id = a.id)
                ORDER BY a.slug""")
                .params(language.getLanguage(), ActivityType.CONSULTATION.name())
                .query((rs, n) -> new Unset(rs.getString(1), rs.getString(2))).list();
    }

    /** The details of a consultation, for its edit form. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<Details> details(long consultationId) {
        record Head(String slug, Instant opens, Instant closes, LocalDate decision, long version) {}
        Optional<Head> head = jdbc.sql("""
                SELECT a.slug, c.opens_at, c.closes_at, c.decision_expected_on, c.version
                FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE c.id = ?""")
                .param(consultationId)
                .query((rs, n) -> new Head(rs.getString(1), Utc.instant(rs.getObject(2, LocalDateTime.class)),
                        Utc.instant(rs.getObject(3, LocalDateTime.class)), rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT language, field, value FROM consultation_text WHERE consultation_id = ? AND owner_kind = ? AND owner_id = ?")
                .params(consultationId, ConsultationStore.CONSULTATION, consultationId)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Head h = head.get();
        return Optional.of(new Details(consultationId, h.slug(), new DetailsForm(LocalDateTime.ofInstant(h.opens(), zone),
                LocalDateTime.ofInstant(h.closes(), zone), h.decision(), texts, h.version())));
    }

    /** Sets up the consultation of an activity of type consultation; returns its id. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public long create(String activitySlug, DetailsForm form, String staff) {
        Long activityId = jdbc.sql("SELECT id FROM activity WHERE slug = ? AND type = ?")
                .params(activitySlug, ActivityType.CONSULTATION.name()).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No consultation activity " + activitySlug));
        check(form);
        // the open stage's dates on the page's timeline are the consultation's own, kept in step on every save
        ConsultationDefinition definition = new ConsultationDefinition(activityId, instant(form.opens()), instant(form.closes()))
                .decisionExpectedOn(form.decisionExpectedOn())
                .stage(Stage.OPEN_CONSULTATION, form.opens().toLocalDate(), form.closes().toLocalDate());
        form.texts().forEach((language, fields) -> fields.forEach((field, value) -> {
            if (!clean(value).isEmpty()) {
                definition.wording().put(field, language, clean(value));
            }
        }));
        long id;
        try {
            id = store.save(definition);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // set up meanwhile by someone else
            throw new Invalid(Map.of("opens", "consultation.setup.error.already"));
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.CONSULTATION_SET_UP, RECORD_TYPE, String.valueOf(id), activitySlug,
                "Consultation set up: open from " + form.opens() + " to " + form.closes() + " (" + zone.getId() + ")"));
        return id;
    }

    /** Changes a consultation's details; refused when someone else saved since {@code form.version()} was read. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void update(long consultationId, DetailsForm form, String staff) {
        Details before = details(consultationId).orElseThrow(() -> new IllegalArgumentException("No consultation " + consultationId));
        check(form);
        int changed = jdbc.sql("UPDATE consultation SET opens_at = ?, closes_at = ?, decision_expected_on = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(Utc.of(instant(form.opens())), Utc.of(instant(form.closes())), form.decisionExpectedOn(), consultationId, form.version())
                .update();
        if (changed == 0) {
            throw new Invalid(Map.of("opens", "consultation.setup.error.stale"));
        }
        jdbc.sql("INSERT INTO consultation_stage (consultation_id, stage, starts_on, ends_on) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE starts_on = VALUES(starts_on), ends_on = VALUES(ends_on)")
                .params(consultationId, Stage.OPEN_CONSULTATION.name(), form.opens().toLocalDate(), form.closes().toLocalDate()).update();
        jdbc.sql("DELETE FROM consultation_text WHERE consultation_id = ? AND owner_kind = ? AND owner_id = ?")
                .params(consultationId, ConsultationStore.CONSULTATION, consultationId).update();
        putTexts(consultationId, form);
        DetailsForm old = before.form();
        List<String> changes = new ArrayList<>();
        if (!old.opens().equals(form.opens()) || !old.closes().equals(form.closes())) {
            changes.add("open from " + old.opens() + " to " + old.closes() + " before, from " + form.opens() + " to " + form.closes() + " now");
        }
        if (!java.util.Objects.equals(old.decisionExpectedOn(), form.decisionExpectedOn())) {
            changes.add("decision expected " + old.decisionExpectedOn() + " before, " + form.decisionExpectedOn() + " now");
        }
        List<String> textsChanged = new ArrayList<>();
        for (String language : union(old.texts(), form.texts())) {
            for (String field : TEXT_FIELDS) {
                if (!clean(old.texts().getOrDefault(language, Map.of()).get(field)).equals(clean(form.texts().getOrDefault(language, Map.of()).get(field)))) {
                    textsChanged.add(language + "." + field);
                }
            }
        }
        if (!textsChanged.isEmpty()) {
            changes.add("texts changed: " + String.join(", ", textsChanged));
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.CONSULTATION_DETAILS_CHANGED, RECORD_TYPE, String.valueOf(consultationId),
                before.slug(), "Consultation details changed" + (changes.isEmpty() ? " (nothing different)" : ": " + String.join("; ", changes))));
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> all = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !all.contains(k)).forEach(all::add);
        return all;
    }

    private void check(DetailsForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.opens() == null) {
            errors.put("opens", "consultation.setup.error.opens-required");
        }
        if (form.closes() == null) {
            errors.put("closes", "consultation.setup.error.closes-required");
        }
        if (form.opens() != null && form.closes() != null) {
            boolean reason = form.texts().values().stream().anyMatch(t -> !clean(t.get("shorter-period-reason")).isEmpty());
            String problem = ConsultationPeriod.problem(instant(form.opens()), instant(form.closes()), reason);
            if ("consultation.period.error.dates".equals(problem)) {
                errors.put("closes", "consultation.setup.error.closes-before-opens");
            } else if (problem != null) {
                errors.put("en.shorter-period-reason", "consultation.setup.error.reason-required");
            }
            if (form.decisionExpectedOn() != null && form.decisionExpectedOn().isBefore(form.closes().toLocalDate())) {
                errors.put("decision", "consultation.setup.error.decision-before-closing");
            }
        }
        if (clean(form.texts().getOrDefault("en", Map.of()).get("purpose")).isEmpty()) {
            errors.put("en.purpose", "consultation.setup.error.purpose-required");
        }
        form.texts().forEach((language, fields) -> fields.forEach((field, value) -> {
            if (!TEXT_FIELDS.contains(field)) {
                throw new IllegalArgumentException("Not a consultation text: " + field);
            }
            if (clean(value).length() > MAX_TEXT) {
                errors.put(language + "." + field, "consultation.setup.error.too-long");
            }
        }));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    private void putTexts(long consultationId, DetailsForm form) {
        form.texts().forEach((language, fields) -> fields.forEach((field, value) -> {
            if (!clean(value).isEmpty()) {
                store.putText(consultationId, ConsultationStore.CONSULTATION, consultationId, field, language, clean(value));
            }
        }));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }
}
