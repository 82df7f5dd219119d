package uk.takingpart.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The equality monitoring questions (the GSS harmonised standards, in their Wales variants where
 * there is one), every one optional and each with "Prefer not to say". Questions and categories
 * are language-neutral codes; their words are the translation keys {@code equality.<question>.question}
 * and {@code equality.<question>.<category>} ({@value #PREFER_NOT_TO_SAY}: {@code equality.prefer-not-to-say}).
 */
public final class EqualityMonitoring {
    public static final String PREFER_NOT_TO_SAY = "prefer-not-to-say";

    /** One question: its code, whether several categories can be chosen, and its categories in order. */
    public record Question(String code, boolean multiple, List<String> categories) {
        public Question {
            List<String> all = new ArrayList<>(categories);
            all.add(PREFER_NOT_TO_SAY);
            categories = List.copyOf(all);
        }

        /** The translation key of a category's words. */
        public String categoryKey(String category) {
            return PREFER_NOT_TO_SAY.equals(category) ? "equality.prefer-not-to-say" : "equality." + code + "." + category;
        }

        public String questionKey() {
            return "equality." + code + ".question";
        }
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("age", false, List.of("under-16", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-plus")),
            new Question("sex", false, List.of("female", "male")),
            new Question("gender-identity", false, List.of("yes", "no")),
            new Question("sexual-orientation", false, List.of("straight", "gay-lesbian", "bisexual", "other")),
            new Question("ethnic-group", false, List.of(
                    "white-british", "white-irish", "white-gypsy-traveller", "white-roma", "white-other",
                    "mixed-white-black-caribbean", "mixed-white-black-african", "mixed-white-asian", "mixed-other",
                    "asian-indian", "asian-pakistani", "asian-bangladeshi", "asian-chinese", "asian-other",
                    "black-african", "black-caribbean", "black-other",
                    "other-arab", "other-any")),
            new Question("national-identity", true, List.of("welsh", "english", "scottish", "northern-irish", "british", "other")),
            new Question("religion", false, List.of("none", "christian", "buddhist", "hindu", "jewish", "muslim", "sikh", "other")),
            new Question("disability", false, List.of("yes-a-lot", "yes-a-little", "no")),
            new Question("carer", false, List.of("yes", "no")),
            new Question("send", false, List.of("yes", "no")),
            new Question("welsh-speaker", false, List.of("yes", "no")));

    private EqualityMonitoring() {}

    public static Optional<Question> question(String code) {
        return QUESTIONS.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /**
     * Only known questions and categories, in order; "Prefer not to say" alone when chosen with
     * others; questions not answered left out.
     */
    public static Map<String, List<String>> clean(Map<String, List<String>> answers) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (answers == null) {
            return clean;
        }
        for (Question question : QUESTIONS) {
            List<String> given = answers.getOrDefault(question.code(), List.of());
            List<String> kept = question.categories().stream().filter(given::contains).toList();
            if (kept.contains(PREFER_NOT_TO_SAY)) {
                kept = List.of(PREFER_NOT_TO_SAY);
            }
            if (!question.multiple() && kept.size() > 1) {
                kept = List.of(kept.getFirst());
            }
            if (!kept.isEmpty()) {
                clean.put(question.code(), kept);
            }
        }
        return clean;
    }
}
