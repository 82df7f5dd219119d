package uk.takingpart.activity;

/** An area to filter by: its code for the address and its name in the visitor's language. */
public record AreaOption(String code, LocalizedText name) {}
