package uk.takingpart.consultation;

/**
 * "Show this question only when the answer to an earlier question includes {@code value}" (an
 * option code, a scale point or yes / no / not-sure).
 */
public record Condition(long questionId, String questionCode, String value) {
    public boolean holds(Answer earlier) {
        return earlier != null && earlier.includes(value);
    }
}
