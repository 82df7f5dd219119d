package uk.takingpart.base;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public body running this site, from configuration ({@code takingpart.organisation.*}).
 * Its name is given per language; a language without one gets the English name.
 */
@ConfigurationProperties("takingpart.organisation")
public record Organisation(Map<String, String> name, String email, String phone) {

    public String name(Locale language) {
        return name.getOrDefault(language.getLanguage(), name.getOrDefault("en", ""));
    }

    /** The arguments the translated pages use: organisation, email, phone. */
    public Map<String, Object> arguments(Locale language) {
        return Map.of("organisation", name(language), "email", email, "phone", phone);
    }
}
