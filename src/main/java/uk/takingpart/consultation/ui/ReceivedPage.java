package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.journey.CheckRow;
import uk.takingpart.base.ui.journey.Message;
import uk.takingpart.base.ui.journey.QuestionContext;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.consultation.ConsultationResponses;

/**
 * The first page when staff enter a response that came another way: how it came (on paper, by
 * phone, by email, as an Easy Read form, in BSL), the day it was received, and the language the
 * person responded in. The day is checked against the consultation's open period by
 * {@code receivedProblem} (a translation key, or null).
 */
final class ReceivedPage implements QuestionPage {
    static final String SECTION = "consultation.enter.check.received";
    static final String CHANNEL = "entry.channel";
    static final String DAY = "entry.day";
    static final String MONTH = "entry.month";
    static final String YEAR = "entry.year";
    static final String LANGUAGE = "entry.language";
    static final List<String> LANGUAGES = List.of("en", "cy");
    private static final String[] PARTS = {"day", "month", "year"};

    private final Function<LocalDate, String> receivedProblem;

    ReceivedPage(Function<LocalDate, String> receivedProblem) {
        this.receivedProblem = receivedProblem;
    }

    @Override
    public String id() {
        return "received";
    }

    /** The day typed, or null when it is not a date. */
    static LocalDate received(Draft draft) {
        try {
            return LocalDate.of(Integer.parseInt(strip(draft.get(YEAR))), Integer.parseInt(strip(draft.get(MONTH))),
                    Integer.parseInt(strip(draft.get(DAY))));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public Map<String, Message> problems(Draft draft) {
        Map<String, Message> problems = new LinkedHashMap<>();
        if (draft.get(CHANNEL) == null || !ConsultationResponses.STAFF_CHANNELS.contains(draft.get(CHANNEL))) {
            problems.put("entry-channel", Message.of("consultation.enter.channel.error.required"));
        }
        boolean nothingTyped = strip(draft.get(DAY)).isEmpty() && strip(draft.get(MONTH)).isEmpty() && strip(draft.get(YEAR)).isEmpty();
        LocalDate received = received(draft);
        if (nothingTyped) {
            problems.put("entry-received", Message.of("consultation.enter.received.error.required"));
        } else if (received == null || strip(draft.get(YEAR)).length() != 4) {
            problems.put("entry-received", Message.of("consultation.enter.received.error.invalid"));
        } else {
            String problem = receivedProblem.apply(received);
            if (problem != null) {
                problems.put("entry-received", Message.of(problem));
            }
        }
        if (draft.get(LANGUAGE) == null || !LANGUAGES.contains(draft.get(LANGUAGE))) {
            problems.put("entry-language", Message.of("consultation.enter.language.error.required"));
        }
        return problems;
    }

    @Override
    public void render(Draft draft, QuestionContext page) {
        String title = page.t("consultation.enter.received.title");
        page.title(title);
        H1 heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        page.add(heading);

        List<NativeChoice> channels = new ArrayList<>();
        List<Component> channelItems = new ArrayList<>();
        for (String code : ConsultationResponses.STAFF_CHANNELS) {
            NativeChoice radio = NativeChoice.radio(channels.isEmpty() ? "entry-channel" : "entry-channel-" + code, "entry-channel", code);
            radio.setValue(code.equals(draft.get(CHANNEL)));
            channels.add(radio);
            channelItems.add(Questions.choice(radio, page.t("consultation.staff.channel." + code), null));
        }
        NativeChoice.exclusive(channels);

        List<Input> parts = new ArrayList<>();
        List<Component> dateItems = new ArrayList<>();
        String[] keys = {DAY, MONTH, YEAR};
        for (int i = 0; i < PARTS.length; i++) {
            Input input = new Input();
            input.setId(i == 0 ? "entry-received" : "entry-received-" + PARTS[i]);
            input.getElement().setAttribute("name", "entry-received-" + PARTS[i]);
            input.getElement().setAttribute("inputmode", "numeric");
            input.addClassName(i == 2 ? "input-year" : "input-short");
            input.setValue(draft.get(keys[i]) == null ? "" : draft.get(keys[i]));
            parts.add(input);
            Div item = Questions.field(input, page.t("consultation.respond.date." + PARTS[i]), null, null);
            item.addClassName("date-input-item");
            dateItems.add(item);
        }

        List<NativeChoice> languages = new ArrayList<>();
        List<Component> languageItems = new ArrayList<>();
        for (String code : LANGUAGES) {
            NativeChoice radio = NativeChoice.radio(languages.isEmpty() ? "entry-language" : "entry-language-" + code, "entry-language", code);
            radio.setValue(code.equals(draft.get(LANGUAGE)));
            languages.add(radio);
            languageItems.add(Questions.choice(radio, page.t("consultation.enter.language." + code), null));
        }
        NativeChoice.exclusive(languages);

        page.form(d -> {
            d.put(CHANNEL, NativeChoice.selected(channels).orElse(null));
            for (int i = 0; i < keys.length; i++) {
                d.put(keys[i], parts.get(i).getValue());
            }
            d.put(LANGUAGE, NativeChoice.selected(languages).orElse(null));
            return problems(d);
        },
                Questions.fieldset("entry-channel-group", page.t("consultation.enter.channel.question"), false, null,
                        page.error("entry-channel"), channelItems.toArray(Component[]::new)),
                Questions.fieldset("entry-received-group", page.t("consultation.enter.received.question"), false,
                        page.t("consultation.enter.received.hint"), page.error("entry-received"), dateItems.toArray(Component[]::new)),
                Questions.fieldset("entry-language-group", page.t("consultation.enter.language.question"), false, null,
                        page.error("entry-language"), languageItems.toArray(Component[]::new)));
    }

    @Override
    public List<CheckRow> rows(Draft draft, QuestionContext page) {
        String channel = draft.get(CHANNEL);
        LocalDate received = received(draft);
        String language = draft.get(LANGUAGE);
        return List.of(
                CheckRow.of(SECTION, page.t("consultation.enter.channel.question"),
                        channel == null ? "" : page.t("consultation.staff.channel." + channel), page.t("consultation.enter.channel.question")),
                CheckRow.of(SECTION, page.t("consultation.enter.received.question"),
                        received == null ? "" : page.t("consultation.enter.received.value", Map.of("date", java.util.Date.from(
                                received.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)))),
                        page.t("consultation.enter.received.question")),
                CheckRow.of(SECTION, page.t("consultation.enter.language.question"),
                        language == null ? "" : page.t("consultation.enter.language." + language), page.t("consultation.enter.language.question")));
    }
}
