package uk.takingpart.testing;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Optional;

/** For browserless tests of question pages: find an element by tag, and submit the page's form as Enter or its button would. */
public final class Forms {
    private Forms() {}

    /** The first element with this tag inside root (depth first), root included. */
    public static Optional<Element> find(Element root, String tag) {
        if (root.isTextNode()) {
            return Optional.empty();
        }
        if (tag.equals(root.getTag())) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, tag)).flatMap(Optional::stream).findFirst();
    }

    /** Fires the {@code submit} event of the first form in the view; fails if there is none. */
    public static void submit(HasElement view) {
        fire(find(view.getElement(), "form").orElseThrow(() -> new AssertionError("No form on the page")));
    }

    /** Fires the {@code submit} event of this form (twice in a row is a double click). */
    public static void fire(Element form) {
        form.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(form, "submit", JacksonUtils.createObjectNode()));
    }
}
