package uk.takingpart.consultation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of a free-text answer, as theme suggestions count them: its words (three letters or
 * more, in lower case, not a common English or Welsh word such as "the" or "oherwydd") and each
 * pair of such words written next to each other in the same sentence ("evening appointments").
 * A word is a run of letters and digits; anything else (spaces, punctuation, the apostrophes of
 * "i’r" or "don't") ends it, and punctuation ending a clause also ends a pair. Counting and
 * tagging "the answers that use a term" both read terms this one way.
 */
final class ThemeTerms {
    /** The longest word counted (longer runs are addresses, codes or typing slips). */
    static final int LONGEST_WORD = 40;

    private ThemeTerms() {}

    private static final Set<String> STOP_WORDS = Set.copyOf(java.util.List.of(
            // English
            "the", "and", "for", "that", "this", "with", "you", "your", "are", "was", "were", "have", "has", "had", "not",
            "but", "they", "them", "their", "there", "would", "could", "should", "can", "will", "from", "about", "what",
            "when", "which", "who", "whom", "all", "any", "more", "most", "some", "our", "out", "its", "also", "very",
            "just", "get", "got", "like", "been", "being", "into", "than", "then", "too", "only", "other", "over", "such",
            "because", "much", "many", "one", "don", "doesn", "didn", "isn", "aren", "wasn", "won", "wouldn", "couldn",
            "shouldn", "can't", "her", "him", "his", "she", "how", "why", "where", "here", "these", "those", "does", "did",
            "doing", "done", "let", "may", "might", "must", "shall", "each", "few", "both", "own", "same", "off", "once",
            "again", "further", "under", "until", "while", "after", "before", "above", "below", "between", "through",
            "during", "against", "ours", "yours", "theirs", "myself", "yourself", "themselves", "itself", "having",
            "really", "think", "thing", "things", "lot", "lots", "well", "even", "still", "make", "made", "way", "yes",
            "now", "see", "use", "used", "able", "way", "need", "want", "going", "know", "say", "said", "there's", "it's",
            // Welsh (words of one or two letters are never counted: a, ac, ar, i, o, y, yn, yr, ’n, ’r…)
            "bod", "fod", "byddai", "fyddai", "bydd", "fydd", "byddwn", "fyddwn", "chi", "dan", "dros", "drwy", "trwy",
            "eich", "ein", "gan", "gen", "gyda", "hefo", "efo", "hwn", "hon", "hyn", "hynny", "mae", "maen", "mai", "nad",
            "nac", "neu", "nhw", "oedd", "roedd", "oes", "pan", "pob", "rydw", "rwy", "rydyn", "rydych", "sydd", "wedi",
            "yw", "ydy", "ydw", "ydyn", "ydych", "dim", "ddim", "mwy", "achos", "oherwydd", "hefyd", "iawn", "gallu",
            "gall", "eisiau", "mewn", "heb", "wrth", "tuag", "cyn", "fel", "felly", "ond", "yma", "yno", "sut", "beth",
            "pam", "pryd", "lle", "pwy", "rhai", "cael", "gael", "gwneud", "wneud", "dyna", "dyma", "hoffwn", "hefo",
            "ati", "ato", "iddo", "iddi", "iddyn", "arno", "arni", "arnyn", "gennym", "gennyn", "ohono", "ohoni",
            "amdano", "amdani", "yna", "nawr", "rŵan", "fawr", "llawer", "gormod", "digon", "hen"));

    /** Whether a word is counted: long enough, not only digits, not a common word. */
    static boolean counted(String word) {
        return word.length() >= 3 && word.length() <= LONGEST_WORD && !STOP_WORDS.contains(word)
                && !word.chars().allMatch(Character::isDigit);
    }

    /** The distinct terms of a text (its words, then its pairs of words), in the order first met. */
    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        StringBuilder word = new StringBuilder();
        String previous = null;
        int length = text.length();
        for (int i = 0; i <= length; ) {
            int c = i < length ? text.codePointAt(i) : '.';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(c);
            } else {
                if (!word.isEmpty()) {
                    String w = word.toString().toLowerCase(Locale.ROOT);
                    word.setLength(0);
                    if (counted(w)) {
                        terms.add(w);
                        if (previous != null) {
                            terms.add(previous + " " + w);
                        }
                        previous = w;
                    } else {
                        previous = null;
                    }
                }
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')') {
                    previous = null;
                }
            }
            i += Character.charCount(c);
        }
        return terms;
    }

    /** A term (one word or a pair) as sent back from a suggestion, in the form {@link #of} gives it; empty when it is no term. */
    static String normalise(String term) {
        Set<String> terms = of(term);
        java.util.List<String> words = terms.stream().filter(t -> !t.contains(" ")).toList();
        if (words.size() == 1 && terms.size() == 1) {
            return words.getFirst();
        }
        String pair = words.size() == 2 ? words.get(0) + " " + words.get(1) : null;
        return pair != null && terms.size() == 3 && terms.contains(pair) ? pair : "";
    }
}
