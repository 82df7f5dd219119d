package uk.takingpart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks a form or a journey in Chromium the way a hostile visitor would, finding every field on
 * each page from the page itself (native inputs, text areas, drop-downs, radios and check boxes,
 * and the inputs inside Vaadin's fields), so a field added later is walked too.
 *
 * <p>Each text field is first given far too much text, then text with control characters and
 * NUL, then markup, script, SQL metacharacters, right-to-left overrides, Welsh, Arabic and emoji,
 * and only then, if the form still refuses it, something ordinary. Number fields get numbers out
 * of range first; drop-downs get an option the page never offered. After every press of the
 * form's button the walker checks that no script ran, no markup was drawn, no server error page
 * or Vaadin error appeared, and that a field the form refused still holds what was typed. The
 * values a form accepted are returned so a test can check they were stored exactly.
 */
public final class FormWalker {
    /** The forms in the page's main part that have fields, for walking one at a time. */
    private static final String FORMS = """
            const main = document.querySelector('main');
            if (!main) return 0;
            const fillable = 'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select';
            const forms = [...main.querySelectorAll('form')].filter(f => [...f.querySelectorAll(fillable)].some(e => e.getClientRects().length > 0));
            if (forms.length > 0) return forms.length;
            return [...main.querySelectorAll(fillable)].some(e => e.getClientRects().length > 0 || e.slot === 'input' || e.slot === 'textarea') ? 1 : 0;""";
    private static final String SCOPE = """
            const main = document.querySelector('main');
            const fillable = 'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select';
            const root = arguments[0] < 0 ? main
                : [...main.querySelectorAll('form')].filter(f => [...f.querySelectorAll(fillable)].some(e => e.getClientRects().length > 0))[arguments[0]];
            """;
    private static final String COLLECT = SCOPE + """
            if (!root) return [];
            const visible = e => e.getClientRects().length > 0 || (e.slot === 'input' || e.slot === 'textarea');
            const els = [...root.querySelectorAll('input, textarea, select')].filter(e =>
                !['hidden', 'submit', 'button', 'file', 'image', 'reset'].includes((e.type || '').toLowerCase())
                && !e.disabled && !e.readOnly && visible(e) && !e.closest('[hidden]') && !e.closest('.walk-skip'));
            const summary = document.getElementById('error-summary');
            const linked = new Set(summary && summary.getClientRects().length > 0
                ? [...summary.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href').slice(1)) : []);
            const named = el => {
              for (let x = el; x && x !== root; x = x.parentElement) { if (x.id && linked.has(x.id)) return true; }
              // a group of inputs (a date's day, month and year) that the summary names by its first input
              const set = el.closest('fieldset');
              return !!set && [...linked].some(id => set.querySelector('#' + CSS.escape(id)));
            };
            const pickers = 'vaadin-date-time-picker, vaadin-date-picker, vaadin-time-picker, vaadin-combo-box, vaadin-multi-select-combo-box';
            const hosts = [];
            const plain = els.filter(e => {
              const p = e.closest(pickers);
              if (!p) return true;
              const outer = p.parentElement?.closest('vaadin-date-time-picker') || p;
              if (!hosts.includes(outer)) hosts.push(outer);
              return false;
            });
            hosts.push(...[...root.querySelectorAll('vaadin-select')].filter(h => !h.disabled && !h.readonly && h.getClientRects().length > 0));
            const hostFields = hosts.filter(h => !h.disabled && !h.readonly).map(h => {
              if (!h.dataset.walk) h.dataset.walk = h.id || ('w' + (++window.__walkCounter || (window.__walkCounter = 1)));
              return {key: h.dataset.walk, id: h.id || '', type: 'host', tag: h.tagName.toLowerCase(), host: h.tagName.toLowerCase(),
                  numeric: false, autocomplete: '', group: null, invalid: h.hasAttribute('invalid') || named(h), checked: false,
                  value: String(h.value ?? ''), options: 0, label: (h.getAttribute('label') || h.id || '').trim().slice(0, 80)};
            });
            let n = 0;
            return hostFields.concat(plain.map(e => {
              if (!e.dataset.walk) e.dataset.walk = e.id || ('w' + (++window.__walkCounter || (window.__walkCounter = 1)));
              const host = e.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-integer-field, vaadin-number-field,'
                  + ' vaadin-password-field, vaadin-combo-box, vaadin-date-picker, vaadin-time-picker, vaadin-checkbox, vaadin-radio-button,'
                  + ' vaadin-date-time-picker, vaadin-multi-select-combo-box');
              const type = (e.type || e.tagName).toLowerCase();
              const group = type === 'radio' && e.name ? 'r:' + e.name : (type === 'radio' || type === 'checkbox')
                  ? (e.closest('fieldset, vaadin-radio-group, vaadin-checkbox-group')?.dataset.walkGroup
                     || (e.closest('fieldset, vaadin-radio-group, vaadin-checkbox-group') ? (e.closest('fieldset, vaadin-radio-group, vaadin-checkbox-group').dataset.walkGroup = 'g' + e.dataset.walk) : e.dataset.walk))
                  : null;
              const invalid = e.getAttribute('aria-invalid') === 'true' || !!(host && host.hasAttribute('invalid'))
                  || !!e.closest('fieldset[aria-invalid=true]') || !!e.closest('.field')?.querySelector('.error-message') || named(e);
              const label = (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]')?.textContent)
                  || host?.getAttribute('label') || e.getAttribute('aria-label') || e.name || e.id || '';
              return {key: e.dataset.walk, id: e.id || '', type: type, tag: e.tagName.toLowerCase(),
                  host: host ? host.tagName.toLowerCase() : '',
                  numeric: type === 'number' || e.inputMode === 'numeric' || (host && /integer|number/.test(host.tagName.toLowerCase())),
                  autocomplete: e.autocomplete || '', group: group, invalid: invalid, checked: !!e.checked,
                  value: e.value ?? '', options: e.tagName === 'SELECT' ? e.options.length : 0, label: label.trim().slice(0, 80)};
            }));""";
    /** Sets a Vaadin picker's or select's value as choosing would (the component tells the server). */
    private static final String SET_HOST = """
            const h = document.querySelector('[data-walk="' + arguments[0] + '"]');
            if (arguments[2]) {
              const input = h.querySelector('input');
              if (input) {
                Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arguments[1]);
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));
                input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
              }
              return true;
            }
            h.value = arguments[1];
            h.dispatchEvent(new Event('change', {bubbles: true}));
            return true;""";
    private static final String SET_VALUE = """
            const e = document.querySelector('[data-walk="' + arguments[0] + '"]');
            if (!e) return false;
            const proto = e.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype
                : e.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
            if (e.tagName === 'SELECT' && arguments[2]) {
              const o = document.createElement('option'); o.value = arguments[1]; o.textContent = 'forged'; e.appendChild(o);
            }
            Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, arguments[1]);
            e.dispatchEvent(new Event('input', {bubbles: true}));
            e.dispatchEvent(new Event('change', {bubbles: true}));
            return true;""";
    private static final String SELECT_OPTION = """
            const e = document.querySelector('[data-walk="' + arguments[0] + '"]');
            const real = [...e.options].filter(o => o.textContent !== 'forged');
            const o = real[Math.min(arguments[1], real.length - 1)];
            Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(e, o ? o.value : '');
            e.dispatchEvent(new Event('change', {bubbles: true}));
            return e.value;""";
    private static final String CHECK = """
            const e = document.querySelector('[data-walk="' + arguments[0] + '"]');
            if (e.checked !== arguments[1]) e.click();
            return e.checked;""";
    private static final String SUBMIT = SCOPE + """
            const visible = e => e.getClientRects().length > 0;
            const button = [...(root || main).querySelectorAll('button[type=submit], input[type=submit]')].filter(visible)[0]
                || [...(root || main).querySelectorAll('vaadin-button[theme~=primary], button.primary')].filter(visible)[0]
                || [...(root || main).querySelectorAll('button:not([type])')].filter(visible)[0];
            if (!button) return false;
            window.__walkPressed = true;
            button.click();
            return (button.textContent || button.value || '').trim();""";
    private static final String STATE = """
            const h1 = document.querySelector('main h1');
            return [location.pathname + location.search, h1 ? h1.textContent.trim() : '',
                (document.getElementById('error-summary')?.getClientRects().length ?? 0) > 0
                || [...document.querySelectorAll('main [aria-invalid=true]')].some(e => e.getClientRects().length > 0)];""";
    private static final String SAFETY = """
            const bad = [];
            if (window.__pwned !== undefined) bad.push('script ran: window.__pwned = ' + window.__pwned);
            const drawn = document.querySelectorAll('main script, main img[src="x"], main svg[onload], main [onerror], main [onload], main [onmouseover]');
            if (drawn.length) bad.push('markup from input drawn: ' + [...drawn].map(e => e.outerHTML.slice(0, 80)).join(' | '));
            const vaadinError = document.querySelector('.v-system-error, vaadin-connection-indicator[error]');
            if (vaadinError) bad.push('Vaadin error: ' + vaadinError.textContent.trim().slice(0, 200));
            return bad;""";

    /** What one walk saw: the pages and the value each field last held when its page went on. */
    public record Walk(List<String> pages, Map<String, String> accepted, int fields, int submissions, Set<String> paths) {
    }

    private final Browser browser;
    private final Set<String> problemHeadings;
    private final List<String> log = new ArrayList<>();
    private final Map<String, String> ordinary = new HashMap<>();
    private boolean mustGetThrough = true;

    /** @param problemHeadings the server error page's heading in each language, which must never appear */
    public FormWalker(Browser browser, Set<String> problemHeadings) {
        this.browser = browser;
        this.problemHeadings = problemHeadings;
    }

    /**
     * The ordinary value for a field whose right answer the page cannot tell (a code given on an
     * earlier page): tried after the hostile ones, instead of the walker's guess.
     */
    public FormWalker ordinary(String fieldId, String value) {
        ordinary.put(fieldId, value);
        return this;
    }

    /**
     * Whether a form the walker cannot get through with its ordinary values fails the test (the
     * default), or is only logged: for forms whose right values the walker cannot guess, which
     * are still checked for server errors, script and kept input on every try.
     */
    public FormWalker mustGetThrough(boolean value) {
        mustGetThrough = value;
        return this;
    }

    public List<String> log() {
        return log;
    }

    /**
     * Walks the forms on the page open now, and each page they lead to, until a page has no form
     * or {@code maxPages} pages have been walked. A page with several forms (each with its own
     * button) has each walked in turn.
     */
    public Walk walk(String name, int maxPages) {
        Walk walk = new Walk(new ArrayList<>(), new LinkedHashMap<>(), 0, 0, new LinkedHashSet<>());
        int[] counts = {0, 0};
        Set<String> fieldsSeen = new LinkedHashSet<>();
        for (int page = 0; page < maxPages; page++) {
            List<Object> state = state();
            String where = name + " › " + state.get(1) + " (" + state.get(0) + ")";
            walk.paths().add(((String) state.get(0)).replaceAll("\\?.*", ""));
            walk.pages().add(where);
            assertSafe(where);
            int forms = ((Number) browser.script(FORMS)).intValue();
            if (forms == 0) {
                Object pressed = browser.script(SUBMIT, -1);
                if (Boolean.FALSE.equals(pressed)) {
                    log.add(where + ": no form, walk ends");
                    break;
                }
                // a page with only a button (check your answers, confirm): press it and go on
                counts[1]++;
                settle();
                assertSafe(where + " after pressing " + pressed);
                List<Object> after = state();
                log.add(where + " [" + pressed + "] → " + after.get(1));
                if (after.get(0).equals(state.get(0)) && after.get(1).equals(state.get(1))) {
                    break;
                }
                continue;
            }
            boolean moved = false;
            for (int form = 0; form < forms && !moved; form++) {
                moved = walkForm(name, page, forms == 1 ? -1 : form, where, state, walk.accepted(), fieldsSeen, counts);
            }
            if (!moved) {
                break; // every form on the page was accepted without leaving it
            }
        }
        return new Walk(walk.pages(), walk.accepted(), fieldsSeen.size(), counts[1], walk.paths());
    }

    /** Tries one form until it is accepted; true if that led to another page. */
    private boolean walkForm(String name, int page, int scope, String where, List<Object> state, Map<String, String> accepted,
            Set<String> fieldsSeen, int[] counts) {
        Map<String, Integer> tries = new HashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            List<Map<String, Object>> fields = fields(scope);
            boolean noneMarked = attempt > 0 && fields.stream().noneMatch(f -> Boolean.TRUE.equals(f.get("invalid")));
            Map<String, Integer> selectIndex = new HashMap<>();
            int selects = 0;
            int hostIndex = 0;
            Set<String> groupsDone = new LinkedHashSet<>();
            for (Map<String, Object> field : fields) {
                String key = (String) field.get("key");
                fieldsSeen.add(name + "/" + page + "/" + field.get("id") + field.get("label"));
                boolean invalid = noneMarked || Boolean.TRUE.equals(field.get("invalid"));
                int tried = tries.getOrDefault(key, -1);
                String type = (String) field.get("type");
                boolean choice = "radio".equals(type) || "checkbox".equals(type);
                if ("select".equals(field.get("tag"))) {
                    selectIndex.put(key, selects++);
                }
                String group = (String) field.get("group");
                if (group != null && groupsDone.contains(group)) {
                    continue;
                }
                boolean unchosen = group != null && fields.stream().noneMatch(f -> group.equals(f.get("group")) && Boolean.TRUE.equals(f.get("checked")));
                if (tried >= 0 && attempt > 0 && !invalid && !groupInvalid(fields, group) && !(unchosen && "radio".equals(type))) {
                    continue; // accepted as it is: leave it
                }
                // Vaadin's number fields let only digits be typed at all, so there is nothing else to keep
                boolean filtersTyping = ((String) field.get("host")).matches("vaadin-(integer|number)-field");
                boolean marked = Boolean.TRUE.equals(field.get("invalid"));
                if (tried >= 0 && marked && typed.containsKey(key) && !choice && !filtersTyping && !"select".equals(field.get("tag"))) {
                    assertThat(HostileInput.cleaned((String) field.get("value")).replace("\n", ""))
                            .as("%s: the refused field '%s' keeps what was typed", where, field.get("label"))
                            .isEqualTo(HostileInput.cleaned(typed.get(key)).replace("\n", ""));
                }
                int next = tried + 1;
                tries.put(key, next);
                if (group != null) {
                    groupsDone.add(group);
                    // nothing chosen first (the form must say so), then the first choice in the group
                    if (next > 0) {
                        browser.script(CHECK, key, true);
                    }
                    continue;
                }
                if ("host".equals(type)) {
                    String ordinaryValue = hostValue((String) field.get("tag"), hostIndex++, next);
                    if (next == 0 || ordinaryValue == null) {
                        // hostile text typed where a date, a time or a choice belongs; the component refuses it itself
                        browser.script(SET_HOST, key, HostileInput.MIXED, true);
                    } else {
                        browser.script(SET_HOST, key, ordinaryValue, false);
                    }
                    continue;
                }
                if ("select".equals(field.get("tag"))) {
                    if (next == 0) {
                        browser.script(SET_VALUE, key, HostileInput.MARKUP, true);
                    } else {
                        int options = ((Number) field.get("options")).intValue();
                        int index = options <= 1 ? 0 : 1 + (selectIndex.get(key) + next - 1) % (options - 1);
                        typed.put(key, (String) browser.script(SELECT_OPTION, key, index));
                    }
                    continue;
                }
                String value = valueFor(field, next, "·" + name.replaceAll("\\W", "") + page + "f" + key, ordinary.get((String) field.get("id")));
                if (value == null && !mustGetThrough) {
                    log.add(where + ": '" + field.get("label") + "' refused every value tried; still refused: "
                            + browser.script("return document.getElementById('error-summary')?.textContent || ''"));
                    return false;
                }
                if (value == null) {
                    throw new AssertionError(where + ": the field '" + field.get("label") + "' (" + field.get("id")
                            + ") refused every value tried: " + typed.get(key) + "\n" + String.join("\n", log));
                }
                browser.script(SET_VALUE, key, value, false);
                typed.put(key, value);
            }
            Object pressed = browser.script(SUBMIT, scope);
            if (Boolean.FALSE.equals(pressed)) {
                // a form that acts as each field changes (filters): what was set has been sent already
                settle();
                assertSafe(where + " after changing its fields");
                log.add(where + ": no button, acts on each change");
                return false;
            }
            counts[1]++;
            settle();
            assertSafe(where + " after try " + attempt);
            List<Object> after = state();
            boolean sameAddress = after.get(0).equals(state.get(0)) && after.get(1).equals(state.get(1));
            boolean errors = Boolean.TRUE.equals(after.get(2));
            log.add(where + (scope >= 0 ? " form " + scope : "") + " try " + attempt + " [" + pressed + "; "
                    + fields.stream().map(f -> f.get("type") + (Boolean.TRUE.equals(f.get("invalid")) ? "!" : "")
                            + (Boolean.TRUE.equals(f.get("checked")) ? "*" : "")).collect(Collectors.joining(","))
                    + "]: " + (sameAddress ? (errors ? "refused" : "accepted, same page") : "→ " + after.get(1)));
            if (!sameAddress || !errors) {
                String prefix = name + "/" + page + "/";
                typed.forEach((key, value) -> accepted.put(prefix + key, value));
                return !sameAddress;
            }
        }
        if (!mustGetThrough) {
            log.add(where + ": still refused after every try: " + browser.script("return document.getElementById('error-summary')?.textContent || ''"));
            return false;
        }
        throw new AssertionError(where + ": still refused after every try: "
                + browser.script("return document.getElementById('error-summary')?.textContent") + "\n" + String.join("\n", log));
    }

    /** An ordinary value for a Vaadin picker or select (the n-th on the page, at this try), or null for none. */
    private static String hostValue(String tag, int index, int attempt) {
        int year = Year.now().getValue() + 1;
        String hour = String.format("%02d", 9 + index);
        return switch (tag) {
            case "vaadin-date-time-picker" -> year + "-03-15T" + hour + ":00";
            case "vaadin-date-picker" -> year + "-03-15";
            case "vaadin-time-picker" -> hour + ":00";
            case "vaadin-select" -> String.valueOf(attempt);
            default -> null;
        };
    }

    private static boolean groupInvalid(List<Map<String, Object>> fields, String group) {
        return group != null && fields.stream().anyMatch(f -> group.equals(f.get("group")) && Boolean.TRUE.equals(f.get("invalid")));
    }

    /** The value for this try at a field: hostile ones first, ordinary ones after, null when none is left. */
    static String valueFor(Map<String, Object> field, int attempt, String tag, String known) {
        String type = (String) field.get("type");
        String id = ((String) field.get("id")).toLowerCase();
        String autocomplete = (String) field.get("autocomplete");
        boolean numeric = Boolean.TRUE.equals(field.get("numeric"));
        List<String> values = new ArrayList<>();
        if (numeric) {
            values.addAll(List.of(HostileInput.NUMBERS));
            if (id.endsWith("year")) {
                values.add(String.valueOf(Year.now().getValue()));
            } else {
                values.add("1");
                values.add("2");
            }
        } else {
            values.add(HostileInput.overlong(tag, 12_000));
            values.add(HostileInput.WITH_CONTROLS + tag);
            values.add(HostileInput.MIXED + tag);
            String label = ((String) field.get("label")).toLowerCase();
            if (known != null) {
                values.add(known);
            } else if (label.contains("web address")) {
                values.add("hostile-walk-" + Long.toString(System.nanoTime(), 36)); // a page's own address: lower-case letters, digits, hyphens
            } else if ("url".equals(type) || label.contains("link") || label.contains("url")) {
                values.add("https://www.example.org/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
            } else if ("email".equals(type) || autocomplete.contains("email") || id.contains("email")) {
                values.add("walk.hostile+" + tag.hashCode() % 1000 + "@example.org");
            } else if ("tel".equals(type) || autocomplete.contains("tel") || id.contains("phone")) {
                values.add("029 2034 5678");
            } else if (autocomplete.contains("postal-code") || id.contains("postcode")) {
                values.add("CF10 1AA");
            } else if (id.contains("code")) {
                values.add("ABCD2345");
            }
            values.add("Ordinary words " + tag);
        }
        values.add("");
        return attempt < values.size() ? values.get(attempt) : null;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> fields(int scope) {
        return (List<Map<String, Object>>) browser.script(COLLECT, scope);
    }

    @SuppressWarnings("unchecked")
    private List<Object> state() {
        return (List<Object>) browser.script(STATE);
    }

    @SuppressWarnings("unchecked")
    private void assertSafe(String where) {
        List<String> bad = (List<String>) browser.script(SAFETY);
        assertThat(bad).as("%s\n%s", where, String.join("\n", log)).isEmpty();
        String heading = (String) state().get(1);
        assertThat(problemHeadings).as("%s: the server error page\n%s", where, String.join("\n", log)).doesNotContain(heading);
    }

    /** Waits for the press to finish: a new page loaded, or Vaadin's round trip done. */
    private void settle() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(40)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && !!window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('main')")));
        // and the page has stopped changing: a press that loads a new page may start it a moment later
        Object[] last = {null};
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(120)).until(d -> {
            Object now = ((JavascriptExecutor) d).executeScript("return document.readyState + '|' + location.href + '|'"
                    + " + (document.querySelector('main')?.innerHTML.length ?? -1) + '|' + (!!window.Vaadin && !!window.Vaadin.Flow"
                    + " && !!window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
            boolean stable = now.equals(last[0]) && String.valueOf(now).startsWith("complete") && String.valueOf(now).endsWith("true");
            last[0] = now;
            return stable;
        });
    }
}
