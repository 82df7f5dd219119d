package uk.takingpart.base.ui.journey;

import java.util.List;
import java.util.Map;
import uk.takingpart.base.journey.Draft;

/**
 * One page of a question journey. A page says whether it applies (a conditional question),
 * whether it is answered, how it is drawn, how its answer is read back and checked (translation
 * keys by field id), and what it adds to the check-your-answers page. Pages can be written one
 * by one (booking) or made from data (one per question of a questionnaire); the
 * {@link JourneyView} owns everything between them.
 */
public interface QuestionPage {
    /** The page's part of the address: lowercase letters, digits and hyphens. */
    String id();

    default boolean applies(Draft draft) {
        return true;
    }

    default boolean answered(Draft draft) {
        return draft.answered(id());
    }

    /**
     * Draws the question with what the draft holds, and its form with {@link QuestionContext#form}:
     * the reader given there puts what was typed into the draft and says what is wrong with it.
     */
    void render(Draft draft, QuestionContext page);

    /** What is wrong with the saved answer now, by field id (a limit changed since, a Back after an error). */
    default Map<String, Message> problems(Draft draft) {
        return Map.of();
    }

    /** What the page adds to the check-your-answers page. */
    default List<CheckRow> rows(Draft draft, QuestionContext page) {
        return List.of();
    }

    /**
     * The line above the question (what is being booked, "Question 3 of 12"), given the page's
     * number among the pages that apply; null for none.
     */
    default Message caption(Draft draft, int number, int count) {
        return null;
    }

    /** Reads a submitted form into the draft; returns what is wrong, by field id (empty when all is well). */
    @FunctionalInterface
    interface Reader {
        Map<String, Message> read(Draft draft);
    }
}
