package uk.takingpart.activity;

/** Everything the activity page shows, in the visitor's language. */
public record ActivityDetails(ActivitySummary summary, LocalizedText description, LocalizedText location) {}
