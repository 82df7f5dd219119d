package uk.takingpart.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

/**
 * Halves what each visitor's last response costs the server. Vaadin keeps every UI's last UIDL
 * response (to send it again if the browser repeats its request), and for a visitor reading a
 * page that copy is most of what they hold in memory. One character beyond Latin-1 in it (an
 * apostrophe ’, a dash –, a Welsh ŵ) makes Java hold the whole string in two bytes a character;
 * the same JSON with those characters written as {@code \\uXXXX} escapes means exactly the same to
 * the browser and takes one byte a character.
 */
final class CompactLastResponse implements VaadinRequestInterceptor {

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // nothing before the request
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // nothing to compact after a failure
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (session == null || !"uidl".equals(request.getParameter("v-r"))) {
            return;
        }
        String id = request.getParameter("v-uiId");
        if (id == null || !id.matches("[0-9]{1,9}")) {
            return;
        }
        session.lock();
        try {
            UI ui = session.getUIById(Integer.parseInt(id));
            if (ui != null) {
                String last = ui.getInternals().getLastRequestResponse();
                if (last != null) {
                    ui.getInternals().setLastRequestResponse(latin1(last));
                }
            }
        } finally {
            session.unlock();
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The same JSON with every character beyond Latin-1 escaped; the same string when there is none. */
    static String latin1(String json) {
        int first = 0;
        while (first < json.length() && json.charAt(first) <= 0xFF) {
            first++;
        }
        if (first == json.length()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 256);
        out.append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else {
                // outside a string literal JSON has only ASCII, so every such character is inside one
                out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
