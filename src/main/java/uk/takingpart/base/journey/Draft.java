package uk.takingpart.base.journey;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers given so far in one journey (a booking, a consultation response): answer name to
 * text, and which pages have been answered. Saved by {@link JourneyDrafts} the moment an answer is
 * given; a draft not yet saved has no key. Once finished it carries the journey's outcome (a
 * booking's manage token, a response's reference), so its confirmation can be shown again.
 */
public final class Draft implements Serializable {
    private final String key;
    private final String kind;
    private String subject;
    private final Map<String, String> answers;
    private final Set<String> answered;
    private final String outcome;

    Draft(String key, String kind, String subject, Map<String, String> answers, Collection<String> answered, String outcome) {
        this.key = key;
        this.kind = kind;
        this.subject = subject;
        this.answers = new LinkedHashMap<>(answers);
        this.answered = new LinkedHashSet<>(answered);
        this.outcome = outcome;
    }

    /** A new, unsaved draft. */
    public static Draft begin(String kind, String subject) {
        return new Draft(null, kind, subject, Map.of(), List.of(), null);
    }

    /** The secret key the browser keeps; null until the draft is first saved. */
    public String key() { return key; }

    public String kind() { return kind; }

    public String subject() { return subject; }

    /** The journey moves to another subject (another session of the same event), keeping its answers. */
    public void moveTo(String subject) { this.subject = subject; }

    public boolean saved() { return key != null; }

    public boolean finished() { return outcome != null; }

    public String outcome() { return outcome; }

    /** The answer, or null if not given. */
    public String get(String name) { return answers.get(name); }

    /** Keeps an answer; null or blank forgets it. */
    public void put(String name, String value) {
        if (value == null || value.isEmpty()) {
            answers.remove(name);
        } else {
            answers.put(name, value);
        }
    }

    /** An answer that is a list of codes (checkboxes), kept comma-separated. */
    public List<String> codes(String name) {
        String value = answers.get(name);
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }

    public void putCodes(String name, Collection<String> codes) {
        put(name, String.join(",", codes));
    }

    public boolean answered(String page) { return answered.contains(page); }

    public void markAnswered(String page) { answered.add(page); }

    Map<String, String> answers() { return answers; }

    Set<String> answeredPages() { return answered; }

    /** A copy of the answers under a new key (the journey continues after a finished one). */
    public Draft copyUnsaved() {
        return new Draft(null, kind, subject, answers, answered, null);
    }
}
