package uk.takingpart.consultation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import uk.takingpart.consultation.QuestionnaireBuilderStore.WordingChange;
import uk.takingpart.consultation.QuestionnaireOutline.OptionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.QuestionDraft;
import uk.takingpart.consultation.QuestionnaireOutline.SectionDraft;

/**
 * Staff write a consultation's questionnaire: sections, questions of every type with their
 * options, limits and conditions, in every language. Each change names the version the editor
 * started from; a change made from an older version is refused ({@link Refused} with
 * {@link #STALE}) so two editors never overwrite each other. Once anyone has responded only the
 * words may change (never the questions, options, order, types, limits or conditions), and each
 * word changed is in the audit trail with its text before and after. A refusal rolls back the
 * whole change and carries translation keys by field, never a server error.
 *
 * <p>Publishing: the response journey reads the questionnaire attached to the consultation, and
 * only once the consultation's activity is published; until the first response, anything may change.
 */
@Service
public class QuestionnaireBuilder {
    public static final int TEXT_MAX = 1000;
    public static final int HELP_MAX = 2000;
    public static final int OPTION_MAX = 500;
    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 2000;
    public static final int OPTIONS_MAX = 40;
    public static final int LENGTH_LIMIT_MAX = 10_000;
    /** The language every word must be written in. */
    public static final String ENGLISH = "en";

    private static final String PREFIX = "consultation.builder.error.";
    public static final String STALE = PREFIX + "stale";
    public static final String RESPONDED = PREFIX + "responded";
    public static final String NOT_FOUND = PREFIX + "not-found";
    private static final String RECORD = "questionnaire";
    /** The limits every refusal's messages may name. */
    private static final Map<String, Object> LIMITS = Map.of("max", TEXT_MAX, "helpMax", HELP_MAX, "optionMax", OPTION_MAX,
            "titleMax", TITLE_MAX, "introductionMax", INTRODUCTION_MAX, "optionsMax", OPTIONS_MAX, "lengthMax", LENGTH_LIMIT_MAX);
    private static final int AUDIT_TEXT = 420;

    private final QuestionnaireBuilderStore store;
    private final AuditTrail audit;
    private final Clock clock;

    QuestionnaireBuilder(QuestionnaireBuilderStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A change refused: translation keys by field ({@code en.text}, {@code option-2.cy},
     * {@code min-choices}, {@code condition}; an empty field name for the change as a whole), and
     * the arguments their messages take ({@code max}, {@code number}).
     */
    public static final class Refused extends RuntimeException {
        private final Map<String, String> errors;
        private final Map<String, Object> arguments;

        public Refused(Map<String, String> errors, Map<String, Object> arguments) {
            super("Questionnaire change refused: " + errors);
            this.errors = Map.copyOf(errors);
            Map<String, Object> all = new LinkedHashMap<>(LIMITS);
            all.putAll(arguments);
            this.arguments = Map.copyOf(all);
        }

        static Refused of(String key) {
            return new Refused(Map.of("", key), Map.of());
        }

        static Refused of(String key, Map<String, Object> arguments) {
            return new Refused(Map.of("", key), arguments);
        }

        public Map<String, String> errors() { return errors; }

        public Map<String, Object> arguments() { return arguments; }
    }

    /** The consultation's questionnaire as the builder shows it, or empty when there is no such consultation. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<QuestionnaireOutline> open(long consultationId) {
        return store.load(consultationId);
    }

    /** Gives a consultation that has none an empty questionnaire. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void create(long consultationId, String staff) {
        QuestionnaireOutline outline = store.load(consultationId).orElseThrow(() -> Refused.of(NOT_FOUND));
        long id = store.create(consultationId, clock.instant()).orElseThrow(() -> Refused.of(STALE));
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.QUESTIONNAIRE_CREATED, RECORD, Long.toString(id), outline.slug(),
                "An empty questionnaire made for the consultation " + outline.slug()));
    }

    /** Adds a section at the end ({@code section.id()} null) or changes a section's words; returns its id. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public long saveSection(long consultationId, long version, SectionDraft section, String staff) {
        Map<String, String> errors = new LinkedHashMap<>();
        words(errors, section.title(), "title", TITLE_MAX, true);
        words(errors, section.introduction(), "introduction", INTRODUCTION_MAX, false);
        QuestionnaireOutline after = change(consultationId, version, staff, errors, sections -> {
            List<SectionDraft> list = new ArrayList<>(sections);
            if (section.id() == null) {
                list.add(SectionDraft.of(section.title(), section.introduction()));
            } else {
                int i = indexOfSection(list, section.id());
                list.set(i, list.get(i).withWords(section.title(), section.introduction()));
            }
            return list;
        }, b -> section.id() == null ? "Section added" : "Section " + sectionCode(b, section.id()) + " changed");
        return section.id() != null ? section.id() : after.sections().getLast().id();
    }

    /** Removes a section and its questions (none may be a condition of a question left). */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void removeSection(long consultationId, long version, long sectionId, String staff) {
        change(consultationId, version, staff, Map.of(), sections -> {
            List<SectionDraft> list = new ArrayList<>(sections);
            list.remove(indexOfSection(list, sectionId));
            return list;
        }, b -> "Section " + sectionCode(b, sectionId) + " removed, with its questions");
    }

    /** Moves a section up ({@code -1}) or down ({@code +1}) with its questions. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void moveSection(long consultationId, long version, long sectionId, int direction, String staff) {
        change(consultationId, version, staff, Map.of(), sections -> {
            List<SectionDraft> list = new ArrayList<>(sections);
            int i = indexOfSection(list, sectionId);
            int j = i + Integer.signum(direction);
            if (j < 0 || j >= list.size()) {
                throw Refused.of(PREFIX + "cannot-move");
            }
            list.add(j, list.remove(i));
            return list;
        }, b -> "Section " + sectionCode(b, sectionId) + " moved " + (direction < 0 ? "up" : "down"));
    }

    /**
     * Adds a question at the end of a section ({@code question.id()} null) or changes one: its
     * type, words, limits, options and condition. Returns its id.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public long saveQuestion(long consultationId, long version, long sectionId, QuestionDraft question, String staff) {
        QuestionDraft q = tidy(question);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> arguments = new LinkedHashMap<>();
        check(q, errors, arguments);
        QuestionnaireOutline after = change(consultationId, version, staff, errors, arguments, sections -> {
            List<SectionDraft> list = new ArrayList<>(sections);
            if (q.id() == null) {
                int i = indexOfSection(list, sectionId);
                List<QuestionDraft> questions = new ArrayList<>(list.get(i).questions());
                questions.add(q);
                list.set(i, list.get(i).withQuestions(questions));
            } else {
                replaceQuestion(list, q);
            }
            conditionOf(q, list);
            return list;
        }, b -> question.id() == null ? "Question added to section " + sectionCode(b, sectionId) : "Question " + questionCode(b, question.id()) + " changed");
        if (q.id() != null) {
            return q.id();
        }
        return after.section(sectionId).orElseThrow().questions().getLast().id();
    }

    /** Removes a question (not one another question's condition names). */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void removeQuestion(long consultationId, long version, long questionId, String staff) {
        change(consultationId, version, staff, Map.of(), sections -> {
            List<SectionDraft> list = new ArrayList<>(sections);
            for (int i = 0; i < list.size(); i++) {
                List<QuestionDraft> questions = new ArrayList<>(list.get(i).questions());
                if (questions.removeIf(x -> x.id() != null && x.id() == questionId)) {
                    list.set(i, list.get(i).withQuestions(questions));
                    return list;
                }
            }
            throw Refused.of(NOT_FOUND);
        }, b -> "Question " + questionCode(b, questionId) + " removed");
    }

    /**
     * Moves a question up ({@code -1}) or down ({@code +1}); from the top or bottom of a section it
     * goes to the end of the section before or the start of the one after.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public void moveQuestion(long consultationId, long version, long questionId, int direction, String staff) {
        change(consultationId, version, staff, Map.of(), sections -> {
            List<SectionDraft> list = new ArrayList<>(sections);
            for (int s = 0; s < list.size(); s++) {
                List<QuestionDraft> questions = new ArrayList<>(list.get(s).questions());
                for (int i = 0; i < questions.size(); i++) {
                    if (questions.get(i).id() == null || questions.get(i).id() != questionId) {
                        continue;
                    }
                    int j = i + Integer.signum(direction);
                    if (j >= 0 && j < questions.size()) {
                        questions.add(j, questions.remove(i));
                        list.set(s, list.get(s).withQuestions(questions));
                        return list;
                    }
                    int t = s + Integer.signum(direction);
                    if (t < 0 || t >= list.size()) {
                        throw Refused.of(PREFIX + "cannot-move");
                    }
                    QuestionDraft moving = questions.remove(i);
                    list.set(s, list.get(s).withQuestions(questions));
                    List<QuestionDraft> target = new ArrayList<>(list.get(t).questions());
                    target.add(direction < 0 ? target.size() : 0, moving);
                    list.set(t, list.get(t).withQuestions(target));
                    return list;
                }
            }
            throw Refused.of(NOT_FOUND);
        }, b -> "Question " + questionCode(b, questionId) + " moved " + (direction < 0 ? "up" : "down"));
    }

    // ---------------------------------------------------------------- the rules

    private QuestionnaireOutline change(long consultationId, long version, String staff, Map<String, String> errors,
                                        UnaryOperator<List<SectionDraft>> edit, Function<QuestionnaireOutline, String> what) {
        return change(consultationId, version, staff, errors, Map.of(), edit, what);
    }

    private QuestionnaireOutline change(long consultationId, long version, String staff, Map<String, String> errors,
                                        Map<String, Object> arguments, UnaryOperator<List<SectionDraft>> edit,
                                        Function<QuestionnaireOutline, String> what) {
        QuestionnaireOutline before = store.load(consultationId).orElseThrow(() -> Refused.of(NOT_FOUND));
        if (before.questionnaireId() == null) {
            throw Refused.of(NOT_FOUND);
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, arguments);
        }
        List<SectionDraft> after = edit.apply(before.sections());
        boolean structural = !shape(before.sections()).equals(shape(after));
        if (before.responded() && structural) {
            throw Refused.of(RESPONDED);
        }
        order(after, before);
        // the checks above read the questionnaire at the version the editor started from, if it is still there:
        // claiming that version locks the row, and any other change would have moved it on
        if (before.version() != version || !store.claim(before.questionnaireId(), version)) {
            throw Refused.of(STALE);
        }
        // read again under the lock: a response may have arrived since
        if (structural && store.respondedNow(before.questionnaireId())) {
            throw Refused.of(RESPONDED);
        }
        List<WordingChange> changes = store.write(before, after);
        String slug = before.slug();
        Actor actor = Actor.staff(staff);
        String id = Long.toString(before.questionnaireId());
        if (structural) {
            audit.record(new AuditEvent(actor, AuditAction.QUESTIONNAIRE_CHANGED, RECORD, id, slug,
                    what.apply(before) + " in the questionnaire of the consultation " + slug));
        }
        for (WordingChange c : changes) {
            audit.record(new AuditEvent(actor, AuditAction.QUESTIONNAIRE_WORDING_CHANGED, RECORD, id, slug,
                    "Wording of " + c.owner() + " (" + c.field() + ", " + c.language() + ") changed from " + quoted(c.before())
                            + " to " + quoted(c.after())));
        }
        return store.load(consultationId).orElseThrow();
    }

    private static String quoted(String text) {
        if (text == null) {
            return "nothing";
        }
        return "\"" + (text.length() > AUDIT_TEXT ? text.substring(0, AUDIT_TEXT) + "…" : text) + "\"";
    }

    /** Everything but the words: what may not change once people have responded. */
    private static List<Object> shape(List<SectionDraft> sections) {
        List<Object> shape = new ArrayList<>();
        for (SectionDraft s : sections) {
            shape.add(s.id());
            for (QuestionDraft q : s.questions()) {
                shape.add(List.of(String.valueOf(q.id()), String.valueOf(q.type()), q.optional(), q.otherAllowed(),
                        String.valueOf(q.minChoices()), String.valueOf(q.maxChoices()), String.valueOf(q.maxLength()),
                        String.valueOf(q.minValue()), String.valueOf(q.maxValue()), String.valueOf(q.earliestDate()),
                        String.valueOf(q.latestDate()), String.valueOf(q.shownIfQuestion()),
                        String.valueOf(q.shownIfQuestion() == null ? null : q.shownIfValue()),
                        q.options().stream().map(o -> String.valueOf(o.id())).toList()));
            }
        }
        return shape;
    }

    /** Every condition names an earlier question, by a value it can take. */
    private static void order(List<SectionDraft> sections, QuestionnaireOutline before) {
        List<QuestionDraft> seen = new ArrayList<>();
        int position = 0;
        List<QuestionDraft> all = sections.stream().flatMap(s -> s.questions().stream()).toList();
        for (QuestionDraft q : all) {
            position++;
            // named by the number the editor sees on the page, from before the change
            int number = q.id() != null && before.number(q.id()) > 0 ? before.number(q.id()) : position;
            if (q.shownIfQuestion() != null) {
                QuestionDraft earlier = seen.stream().filter(e -> e.id() != null && e.id().equals(q.shownIfQuestion())).findFirst().orElse(null);
                if (earlier == null) {
                    boolean exists = all.stream().anyMatch(e -> e.id() != null && e.id().equals(q.shownIfQuestion()));
                    throw Refused.of(PREFIX + (exists ? "condition-order" : "condition-gone"), Map.of("number", number));
                }
                if (!earlier.values().contains(q.shownIfValue())) {
                    throw Refused.of(PREFIX + "condition-value-gone", Map.of("number", number,
                            "question", earlier.id() != null && before.number(earlier.id()) > 0 ? before.number(earlier.id()) : seen.indexOf(earlier) + 1));
                }
            }
            seen.add(q);
        }
    }

    /** A question's own condition, checked against the questions before it, as errors by its fields. */
    private static void conditionOf(QuestionDraft q, List<SectionDraft> sections) {
        if (q.shownIfQuestion() == null) {
            return;
        }
        List<QuestionDraft> all = sections.stream().flatMap(s -> s.questions().stream()).toList();
        int at = all.indexOf(q.id() == null ? q : all.stream().filter(x -> q.id().equals(x.id())).findFirst().orElse(q));
        QuestionDraft earlier = null;
        for (int i = 0; i < at; i++) {
            if (q.shownIfQuestion().equals(all.get(i).id())) {
                earlier = all.get(i);
            }
        }
        if (earlier == null || !earlier.canBeCondition()) {
            throw new Refused(Map.of("condition", PREFIX + "condition-later"), Map.of());
        }
        if (!earlier.values().contains(q.shownIfValue())) {
            throw new Refused(Map.of("condition-value", PREFIX + "condition-value-unknown"), Map.of());
        }
    }

    /** Clears what does not apply to the question's type, so a type change leaves nothing stale behind. */
    private static QuestionDraft tidy(QuestionDraft q) {
        QuestionType t = q.type();
        boolean choices = t == QuestionType.MULTIPLE_CHOICE;
        boolean text = t == QuestionType.SHORT_TEXT || t == QuestionType.LONG_TEXT;
        boolean number = t == QuestionType.NUMBER;
        boolean date = t == QuestionType.DATE;
        return new QuestionDraft(q.id(), q.code(), t, clean(q.text()), clean(q.help()), q.optional(),
                t == QuestionType.SINGLE_CHOICE && q.otherAllowed(),
                choices ? q.minChoices() : null, choices ? q.maxChoices() : null, text ? q.maxLength() : null,
                number ? q.minValue() : null, number ? q.maxValue() : null, date ? q.earliestDate() : null, date ? q.latestDate() : null,
                t != null && t.hasOptions() ? q.options().stream().map(o -> new OptionDraft(o.id(), o.code(), clean(o.text()))).toList() : List.of(),
                q.shownIfQuestion(), q.shownIfQuestion() == null ? null : q.shownIfValue());
    }

    private static Map<String, String> clean(Map<String, String> words) {
        Map<String, String> clean = new LinkedHashMap<>();
        words.forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                clean.put(language, value.strip());
            }
        });
        return clean;
    }

    private static void check(QuestionDraft q, Map<String, String> errors, Map<String, Object> arguments) {
        if (q.type() == null) {
            errors.put("type", PREFIX + "type-required");
            return;
        }
        words(errors, q.text(), "text", TEXT_MAX, true);
        words(errors, q.help(), "help", HELP_MAX, false);
        if (q.type().hasOptions()) {
            int least = q.type() == QuestionType.AGREEMENT_GRID ? 1 : 2;
            arguments.put("least", least);
            if (q.options().size() < least) {
                errors.put("options", PREFIX + (q.type() == QuestionType.AGREEMENT_GRID ? "statements-required" : "options-required"));
            } else if (q.options().size() > OPTIONS_MAX) {
                errors.put("options", PREFIX + "options-too-many");
            }
            for (int i = 0; i < q.options().size(); i++) {
                OptionDraft o = q.options().get(i);
                String field = "option-" + (i + 1);
                if (!o.text().containsKey(ENGLISH)) {
                    errors.put(field + "." + ENGLISH, PREFIX + "option-required");
                }
                o.text().forEach((language, value) -> {
                    if (value.length() > OPTION_MAX) {
                        errors.put(field + "." + language, PREFIX + "option-too-long");
                    }
                });
            }
        }
        int options = q.options().size();
        if (q.minChoices() != null && (q.minChoices() < 1 || q.minChoices() > Math.max(options, 1))) {
            errors.put("min-choices", PREFIX + "choices-range");
        }
        if (q.maxChoices() != null && (q.maxChoices() < 1 || q.maxChoices() > Math.max(options, 1))) {
            errors.put("max-choices", PREFIX + "choices-range");
        }
        arguments.put("options", options);
        if (q.minChoices() != null && q.maxChoices() != null && q.minChoices() > q.maxChoices() && !errors.containsKey("max-choices")) {
            errors.put("max-choices", PREFIX + "choices-order");
        }
        if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > LENGTH_LIMIT_MAX)) {
            errors.put("max-length", PREFIX + "length-range");
        }
        if (q.minValue() != null && q.maxValue() != null && q.minValue() > q.maxValue()) {
            errors.put("max-value", PREFIX + "values-order");
        }
        if (q.earliestDate() != null && q.latestDate() != null && q.earliestDate().isAfter(q.latestDate())) {
            errors.put("latest-date", PREFIX + "dates-order");
        }
        if (q.shownIfQuestion() != null && (q.shownIfValue() == null || q.shownIfValue().isBlank())) {
            errors.put("condition-value", PREFIX + "condition-value-required");
        }
        if (q.id() != null && q.id().equals(q.shownIfQuestion())) {
            errors.put("condition", PREFIX + "condition-itself");
        }
    }

    private static void words(Map<String, String> errors, Map<String, String> words, String field, int max, boolean english) {
        if (english && (words.get(ENGLISH) == null || words.get(ENGLISH).isBlank())) {
            errors.put(ENGLISH + "." + field, PREFIX + field + "-required");
        }
        words.forEach((language, value) -> {
            if (value != null && value.strip().length() > max) {
                errors.put(language + "." + field, PREFIX + field + "-too-long");
            }
        });
    }

    private static String sectionCode(QuestionnaireOutline outline, long id) {
        return outline.section(id).map(SectionDraft::code).orElse(Long.toString(id));
    }

    private static String questionCode(QuestionnaireOutline outline, long id) {
        return outline.question(id).map(QuestionDraft::code).orElse(Long.toString(id));
    }

    private static int indexOfSection(List<SectionDraft> sections, long id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() != null && sections.get(i).id() == id) {
                return i;
            }
        }
        throw Refused.of(NOT_FOUND);
    }

    private static void replaceQuestion(List<SectionDraft> sections, QuestionDraft q) {
        for (int s = 0; s < sections.size(); s++) {
            List<QuestionDraft> questions = new ArrayList<>(sections.get(s).questions());
            for (int i = 0; i < questions.size(); i++) {
                if (q.id().equals(questions.get(i).id())) {
                    questions.set(i, q.withCode(questions.get(i).code()));
                    sections.set(s, sections.get(s).withQuestions(questions));
                    return;
                }
            }
        }
        throw Refused.of(NOT_FOUND);
    }
}
