package uk.takingpart.consultation;

import java.util.List;

/**
 * How the responses answered one closed question: how many answered it, and each choice's count.
 * For a grid, one {@link Tally} per statement and scale point ({@code statement} set); for a
 * ranking, each option's count of first choices and its average position (1 is first).
 */
public record AnswerCounts(Question question, int answered, List<Tally> tallies) {
    public AnswerCounts {
        tallies = List.copyOf(tallies);
    }

    /** One choice's count; {@code statement} is a grid's statement code, else null; {@code averagePosition} for a ranking. */
    public record Tally(String statement, String code, int count, Double averagePosition) {}

    /** The types whose answers are counted: every question answered by choosing. */
    public static boolean counted(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, AGREEMENT_SCALE, YES_NO_NOT_SURE, RANKING, AGREEMENT_GRID -> true;
            default -> false;
        };
    }

    /** What a tally's share is out of: those who answered the question, or for a grid those who answered the statement. */
    public int base(Tally tally) {
        if (tally.statement() == null) {
            return answered;
        }
        return tallies.stream().filter(t -> tally.statement().equals(t.statement())).mapToInt(Tally::count).sum();
    }

    /** The tally's share of its base, 0 to 1 (0 when nobody answered). */
    public double share(Tally tally) {
        int base = base(tally);
        return base == 0 ? 0 : (double) tally.count() / base;
    }
}
