package uk.takingpart.base.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Values a feature gives the information pages' texts (the privacy notice's keeping periods,
 * from the configuration that the deleting jobs read), as ICU arguments.
 */
public interface InformationArguments {
    Map<String, Object> arguments(Locale language);
}
