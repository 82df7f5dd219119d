package uk.takingpart.consultation;

import uk.takingpart.activity.LocalizedText;

/**
 * An option of a choice or ranking question, or a statement of a grid. Answers refer to it by
 * {@code code} (stable within its question); {@code id} is its row.
 */
public record QuestionOption(long id, String code, LocalizedText text) {}
