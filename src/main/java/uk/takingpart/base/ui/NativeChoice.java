package uk.takingpart.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;

/**
 * A plain HTML radio button or checkbox ({@code <input type=radio|checkbox>}): what keyboards,
 * screen readers, zoom and phones handle best. Label it with a {@code <label for>}.
 */
@Tag("input")
public class NativeChoice extends AbstractSinglePropertyField<NativeChoice, Boolean> {

    private NativeChoice(String type, String id, String name, String value) {
        super("checked", false, false);
        getElement().setAttribute("type", type);
        setId(id);
        getElement().setAttribute("name", name);
        getElement().setAttribute("value", value);
        setSynchronizedEvent("change");
    }

    /** One of a group of radio buttons sharing {@code name}. */
    public static NativeChoice radio(String id, String name, String value) {
        return new NativeChoice("radio", id, name, value);
    }

    public static NativeChoice checkbox(String id, String name, String value) {
        return new NativeChoice("checkbox", id, name, value);
    }

    /**
     * Makes radios one group on the server too: the browser unchecks the others itself, but only
     * the one checked reports a change.
     */
    public static void exclusive(java.util.List<NativeChoice> radios) {
        for (NativeChoice radio : radios) {
            radio.addValueChangeListener(e -> {
                if (Boolean.TRUE.equals(e.getValue())) {
                    radios.stream().filter(other -> other != radio).forEach(other -> other.setValue(false));
                }
            });
        }
    }

    /** The value of the checked radio in the group, if one is. */
    public static java.util.Optional<String> selected(java.util.List<NativeChoice> radios) {
        return radios.stream().filter(NativeChoice::getValue).map(NativeChoice::value).findFirst();
    }

    public String value() {
        return getElement().getAttribute("value");
    }
}
