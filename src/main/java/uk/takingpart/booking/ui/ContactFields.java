package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.takingpart.activity.CodeKeys;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.PostalAddress;
import uk.takingpart.booking.PreferredFormat;

/**
 * How to reach someone: email, mobile, language, preferred format and, for a format sent by
 * post, a postal address revealed under the format (hidden, not left out, so that the format's
 * {@code aria-controls} names an element that exists). Used by the booking journey's contact page
 * and the manage page. Values and errors are read by field id, which is also the draft's key.
 */
final class ContactFields {
    static final String EMAIL = "email";
    static final String MOBILE = "mobile";
    static final String LANGUAGE = "language";
    static final String FORMAT = "format";
    static final String LINE_1 = "address-line-1";
    static final String LINE_2 = "address-line-2";
    static final String TOWN = "address-town";
    static final String POSTCODE = "address-postcode";
    static final String ADDRESS_FIELDS = "address-fields";

    final Input email;
    final Input mobile;
    private final List<NativeChoice> languageRadios = new ArrayList<>();
    private final List<Component> languageItems = new ArrayList<>();
    final NativeSelect format;
    private final Input line1;
    private final Input line2;
    private final Input town;
    private final Input postcode;
    private final Div address;
    private final Function<String, String> t;
    private final Function<String, String> error;

    /**
     * @param value what was typed or saved, by field id (null for nothing)
     * @param error the translated error for a field id, or null
     */
    ContactFields(Function<String, String> t, Languages languages, Locale pageLanguage, Function<String, String> value,
                  Function<String, String> error) {
        this.t = t;
        this.error = error;
        email = input(EMAIL, value.apply(EMAIL), "email");
        email.setType("email");
        email.getElement().setAttribute("spellcheck", "false");
        email.getElement().setAttribute("autocapitalize", "none");
        mobile = input(MOBILE, value.apply(MOBILE), "tel");
        mobile.setType("tel");

        String chosen = value.apply(LANGUAGE) == null ? pageLanguage.getLanguage() : value.apply(LANGUAGE);
        for (Locale language : languages.supported()) {
            NativeChoice radio = NativeChoice.radio(languageRadios.isEmpty() ? "language" : "language-" + language.getLanguage(),
                    "language", language.getLanguage());
            radio.setValue(language.getLanguage().equals(chosen));
            languageRadios.add(radio);
            Div item = Questions.choice(radio, Languages.nativeName(language), null);
            item.getChildren().filter(c -> c instanceof NativeLabel).findFirst()
                    .ifPresent(label -> label.getElement().setAttribute("lang", language.toLanguageTag()));
            languageItems.add(item);
        }
        NativeChoice.exclusive(languageRadios);

        PreferredFormat chosenFormat = format(value.apply(FORMAT));
        format = new NativeSelect(FORMAT);
        format.setValue(chosenFormat.key());
        for (PreferredFormat f : PreferredFormat.values()) {
            format.option(f.key(), t.apply("booking.format." + f.key()));
        }
        line1 = input(LINE_1, value.apply(LINE_1), "address-line1");
        line2 = input(LINE_2, value.apply(LINE_2), "address-line2");
        town = input(TOWN, value.apply(TOWN), "address-level2");
        postcode = input(POSTCODE, value.apply(POSTCODE), "postal-code");
        postcode.addClassName("input-short");
        postcode.getElement().setAttribute("spellcheck", "false");
        address = Questions.fieldset("address-group", t.apply("booking.address.title"), false, t.apply("booking.address.hint"), null,
                Questions.field(line1, t.apply("booking.address.line-1"), null, error.apply(LINE_1)),
                Questions.field(line2, t.apply("booking.address.line-2"), null, error.apply(LINE_2)),
                Questions.field(town, t.apply("booking.address.town"), null, error.apply(TOWN)),
                Questions.field(postcode, t.apply("booking.address.postcode"), null, error.apply(POSTCODE)));
        address.setId(ADDRESS_FIELDS);
        address.addClassName("conditional");
        address.getElement().setAttribute("hidden", !chosenFormat.byPost());
        format.getElement().setAttribute("aria-controls", ADDRESS_FIELDS);
        format.addValueChangeListener(e -> address.getElement().setAttribute("hidden", !format(e.getValue()).byPost()));
    }

    /** Email, mobile, language, format and the (maybe hidden) address, in that order. */
    List<Component> fields() {
        return List.of(
                Questions.field(email, t.apply("booking.contact.email"), t.apply("booking.contact.email.hint"), error.apply(EMAIL)),
                Questions.field(mobile, t.apply("booking.contact.mobile"), t.apply("booking.contact.mobile.hint"), error.apply(MOBILE)),
                Questions.fieldset("language-group", t.apply("booking.contact.language"), false, null, null,
                        languageItems.toArray(Component[]::new)),
                Questions.field(format, t.apply("booking.contact.format"), t.apply("booking.contact.format.hint"), error.apply(FORMAT)),
                address);
    }

    /** What is in the fields now, by field id. */
    Map<String, String> typed(Locale pageLanguage) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(EMAIL, email.getValue());
        typed.put(MOBILE, mobile.getValue());
        typed.put(LANGUAGE, NativeChoice.selected(languageRadios).orElse(pageLanguage.getLanguage()));
        typed.put(FORMAT, format(format.getValue()).key());
        typed.put(LINE_1, line1.getValue());
        typed.put(LINE_2, line2.getValue());
        typed.put(TOWN, town.getValue());
        typed.put(POSTCODE, postcode.getValue());
        return typed;
    }

    /** The contact details in values by field id. */
    static Contact contact(String name, Function<String, String> value, Locale pageLanguage) {
        String language = value.apply(LANGUAGE);
        return new Contact(name, value.apply(EMAIL), value.apply(MOBILE),
                language == null ? pageLanguage : Locale.forLanguageTag(language), format(value.apply(FORMAT)),
                new PostalAddress(value.apply(LINE_1), value.apply(LINE_2), value.apply(TOWN), value.apply(POSTCODE)));
    }

    /** Saved contact details as values by field id (the mobile number as people write it). */
    static Map<String, String> values(Contact contact) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(EMAIL, contact.email());
        values.put(MOBILE, contact.mobile() == null ? null : contact.mobileForDisplay());
        values.put(LANGUAGE, contact.language().getLanguage());
        values.put(FORMAT, contact.format().key());
        PostalAddress a = contact.address();
        values.put(LINE_1, a == null ? null : a.line1());
        values.put(LINE_2, a == null ? null : a.line2());
        values.put(TOWN, a == null ? null : a.town());
        values.put(POSTCODE, a == null ? null : a.postcode());
        return values;
    }

    static PreferredFormat format(String key) {
        return CodeKeys.parse(PreferredFormat.class, key == null ? "" : key).orElse(PreferredFormat.STANDARD);
    }

    private static Input input(String id, String value, String autocomplete) {
        Input input = new Input();
        input.setId(id);
        input.getElement().setAttribute("name", id);
        input.getElement().setAttribute("autocomplete", autocomplete);
        input.setValue(value == null ? "" : value);
        return input;
    }
}
