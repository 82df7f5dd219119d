package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.journey.CheckRow;
import uk.takingpart.base.ui.journey.Message;
import uk.takingpart.base.ui.journey.QuestionContext;
import uk.takingpart.base.ui.journey.QuestionPage;

/**
 * An optional question page of fixed choices (radios, or checkboxes when several can be chosen),
 * kept in the draft as codes; Continue with nothing chosen skips it. Its words are translation
 * keys: the question (also the heading and the check page's label), an optional hint, and one
 * key per choice.
 */
class ChoicePage implements QuestionPage {
    private final String id;
    private final String draftKey;
    private final boolean multiple;
    private final List<String> codes;
    private final String questionKey;
    private final String hintKey;
    private final Function<String, String> choiceKey;
    private final Predicate<Draft> applies;
    private final String captionKey;
    private final String section;

    ChoicePage(String id, String draftKey, boolean multiple, List<String> codes, String questionKey, String hintKey,
               Function<String, String> choiceKey, Predicate<Draft> applies, String captionKey, String section) {
        this.id = id;
        this.draftKey = draftKey;
        this.multiple = multiple;
        this.codes = codes;
        this.questionKey = questionKey;
        this.hintKey = hintKey;
        this.choiceKey = choiceKey;
        this.applies = applies;
        this.captionKey = captionKey;
        this.section = section;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean applies(Draft draft) {
        return applies.test(draft);
    }

    @Override
    public Message caption(Draft draft, int number, int count) {
        return Message.of(captionKey);
    }

    /** The codes chosen, only known ones, in order. */
    List<String> chosen(Draft draft) {
        List<String> given = draft.codes(draftKey);
        return codes.stream().filter(given::contains).toList();
    }

    @Override
    public void render(Draft draft, QuestionContext page) {
        String legend = page.t(questionKey) + " " + page.t("consultation.question.optional");
        if (legendIsHeading()) {
            page.title(legend);
        }
        List<NativeChoice> boxes = new ArrayList<>();
        List<Component> items = new ArrayList<>();
        List<String> chosen = chosen(draft);
        for (String code : codes) {
            String fieldId = boxes.isEmpty() ? id : id + "-" + code;
            NativeChoice box = multiple ? NativeChoice.checkbox(fieldId, id, code) : NativeChoice.radio(fieldId, id, code);
            box.setValue(chosen.contains(code));
            boxes.add(box);
            items.add(Questions.choice(box, page.t(choiceKey.apply(code)), null));
        }
        if (!multiple) {
            NativeChoice.exclusive(boxes);
        }
        page.form(d -> {
            d.putCodes(draftKey, boxes.stream().filter(NativeChoice::getValue).map(NativeChoice::value).toList());
            return Map.of();
        }, Questions.fieldset(id + "-group", legend, legendIsHeading(), hintKey == null ? null : page.t(hintKey), page.error(id),
                items.toArray(Component[]::new)));
    }

    /** Whether the question is the page's heading (false when the page has its own heading above it). */
    protected boolean legendIsHeading() {
        return true;
    }

    @Override
    public List<CheckRow> rows(Draft draft, QuestionContext page) {
        List<String> chosen = chosen(draft).stream().map(code -> page.t(choiceKey.apply(code))).toList();
        Component value = chosen.isEmpty() ? CheckRow.text(page.t("consultation.respond.check.not-answered"), null)
                : chosen.size() == 1 ? CheckRow.text(chosen.getFirst(), null) : CheckRow.list(chosen);
        String label = page.t(questionKey);
        return List.of(new CheckRow(section, label, value, label, null));
    }
}
