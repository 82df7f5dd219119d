package uk.takingpart.base.ui.journey;

import java.util.LinkedHashMap;
import java.util.Map;

/** A translation key and its arguments: what a page says is wrong, before it is put in words. */
public record Message(String key, Map<String, Object> args) {
    public Message {
        args = Map.copyOf(args);
    }

    public static Message of(String key) {
        return new Message(key, Map.of());
    }

    public static Message of(String key, Map<String, ?> args) {
        return new Message(key, Map.copyOf(args));
    }

    /** Field id to translation key (as the records that validate themselves return) as messages. */
    public static Map<String, Message> of(Map<String, String> keysByField) {
        Map<String, Message> messages = new LinkedHashMap<>();
        keysByField.forEach((field, key) -> messages.put(field, of(key)));
        return messages;
    }
}
