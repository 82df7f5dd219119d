package uk.takingpart;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.staff.StaffFixtures;
import uk.takingpart.testing.Browser;
import uk.takingpart.testing.FormWalker;
import uk.takingpart.testing.HostileInput;

/**
 * Hostile input on every form, in a real Chromium: each public form and journey, and each staff
 * form with a signed-in editor, is walked by {@link FormWalker}, which finds the fields from the
 * pages themselves and types too much text, control characters and NUL, right-to-left overrides,
 * emoji, Welsh and Arabic letters, markup and script, SQL metacharacters and numbers out of
 * range. Never a server error (no error page, nothing logged at ERROR), never a script run or
 * markup drawn, a refused field keeps what was typed, and what a form accepted is stored exactly
 * (less control characters, which forms may leave out). Every public page address is walked or
 * named here as having no form, so a new page with a form cannot escape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String PASSWORD = "a long staff passphrase for hostile walks";
    /** Public pages with no form a visitor fills in (their links and buttons lead to pages walked here). */
    private static final Set<String> NO_FORM = Set.of(
            "", // the root, which sends the visitor to their language
            ":lang/:page", // information pages
            ":lang/activities/:slug",
            ":lang/consultations/:slug/respond", // the start page: a start link, and a link to the resume form walked here
            ":lang/problem"); // the sorry page shown when a form could not be sent

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ServletContext servletContext;
    @Autowired JdbcClient jdbc;
    BookingFixtures fixtures;
    long event;
    ListAppender<ILoggingEvent> errors;

    @BeforeEach
    void setUp() {
        fixtures = BookingFixtures.in(context);
        event = fixtures.activity("EVENT", Instant.now());
        fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(9)), 100, 4, null);
        errors = new ListAppender<>();
        errors.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(errors);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(errors);
        fixtures.delete(event);
        jdbc.sql("DELETE FROM activity WHERE slug LIKE 'hostile-walk-%'").update(); // drafts the staff walk created
    }

    @Test
    void every_public_form_takes_hostile_input_without_a_server_error_or_a_script_and_stores_it_exactly() {
        List<FormWalker.Walk> walks = new ArrayList<>();
        Browser browser = new Browser("http://localhost:" + port, 320, 900);
        FormWalker walker = new FormWalker(browser, problemHeadings());
        try (browser) {
            browser.displayPreferences("en");
            browser.open("en");
            walks.add(walker.walk("activities", 2));
            browser.open("en/sessions");
            walks.add(walker.walk("sessions", 2));
            browser.open("en/activities/" + fixtures.slug(event) + "/book");
            walks.add(walker.walk("booking", 20));
            checkStored("booking", walks.getLast());
            follow(browser, "main a[href*='/bookings/']");
            walks.add(walker.walk("manage booking", 6));
            checkStored("manage booking", walks.getLast());
            browser.open("en/consultations/" + GP + "/ask");
            walks.add(walker.walk("question", 4));
            checkStored("question", walks.getLast());
            browser.open("en/consultations/" + GP + "/respond");
            follow(browser, "main a.start-button");
            walks.add(walker.walk("response", 60));
            checkStored("response", walks.getLast());
            browser.open("en/consultations/" + GP + "/respond");
            follow(browser, "main a.start-button");
            browser.driver().findElement(By.cssSelector("main input[type=radio]")).click();
            follow(browser, "#" + uk.takingpart.base.ui.journey.JourneyView.SAVE_FOR_LATER_ID);
            walks.add(walker.walk("save for later", 4));
            walker.ordinary("resume-code", browser.driver().findElement(By.cssSelector("strong.resume-code")).getText());
            browser.open("en/consultations/" + GP + "/respond");
            follow(browser, "#resume-link");
            walks.add(walker.walk("resume", 4));
        } finally {
            System.out.println(String.join("\n", walker.log()));
        }
        assertNoErrorsLogged();
        assertEveryPublicPageWalked(walks);
        int fields = walks.stream().mapToInt(FormWalker.Walk::fields).sum();
        int submissions = walks.stream().mapToInt(FormWalker.Walk::submissions).sum();
        System.out.printf("Hostile input, public forms: %d walks, %d fields, %d submissions, %d values stored and read back%n",
                walks.size(), fields, submissions, walks.stream().mapToInt(w -> w.accepted().size()).sum());
    }

    @Test
    void every_staff_form_takes_hostile_input_from_a_signed_in_editor() {
        String username = StaffFixtures.editor(context, PASSWORD);
        List<FormWalker.Walk> walks = new ArrayList<>();
        Browser browser = new Browser("http://localhost:" + port, 1280, 900);
        FormWalker walker = new FormWalker(browser, problemHeadings()).mustGetThrough(false);
        try (browser) {
            browser.displayPreferences("en");
            browser.open("staff/sign-in");
            browser.driver().findElement(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
            browser.waitForVaadin();
            long consultation = jdbc.sql("SELECT c.id FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE a.slug = ?")
                    .param(GP).query(Long.class).single();
            // not the demo consultation's details or themes: a saved walk would change what the other browser tests rely on
            for (String page : List.of("staff/activities/new", "staff/activities/" + fixtures.slug(event) + "/sessions/new",
                    "staff/consultations/" + consultation + "/responses", "staff/audit", "staff/emails")) {
                browser.open(page);
                boolean editor = page.endsWith("/new");
                // an editor's page is walked until it saves once, and what it accepted must then be stored; the rest filter
                walks.add(walker.walk(page, editor ? 1 : 3));
                if (editor) {
                    checkStored(page, walks.getLast());
                }
            }
        } finally {
            System.out.println(String.join("\n", walker.log()));
        }
        assertNoErrorsLogged();
        int fields = walks.stream().mapToInt(FormWalker.Walk::fields).sum();
        int submissions = walks.stream().mapToInt(FormWalker.Walk::submissions).sum();
        System.out.printf("Hostile input, staff forms: %d walks, %d fields, %d submissions%n", walks.size(), fields, submissions);
    }

    private static void follow(Browser browser, String selector) {
        String before = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.cssSelector(selector)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25))
                .until(d -> !d.getCurrentUrl().equals(before));
        browser.waitForVaadin();
    }

    private Set<String> problemHeadings() {
        return Set.of(context.getBean(uk.takingpart.base.i18n.IcuTranslationProvider.class)
                        .getTranslation("common.problem.title", java.util.Locale.ENGLISH),
                context.getBean(uk.takingpart.base.i18n.IcuTranslationProvider.class)
                        .getTranslation("common.problem.title", java.util.Locale.forLanguageTag("cy")));
    }

    /** Each text a form accepted is found, exactly or less its control characters, in some text column. */
    private void checkStored(String name, FormWalker.Walk walk) {
        List<String[]> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext')
                  AND table_name NOT LIKE 'flyway%'""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, String> missing = new LinkedHashMap<>();
        int found = 0;
        for (var entry : walk.accepted().entrySet()) {
            String typed = entry.getValue();
            if (typed == null || typed.isBlank() || !typed.contains("·")) {
                continue; // a choice, or an ordinary value a form may format its own way
            }
            String cleaned = HostileInput.cleaned(typed);
            String json = json(cleaned);
            boolean stored = columns.stream().anyMatch(c -> jdbc.sql("SELECT COUNT(*) FROM `" + c[0] + "` WHERE BINARY `" + c[1]
                    + "` IN (BINARY ?, BINARY ?) OR LOCATE(BINARY ?, `" + c[1] + "`) > 0")
                    .params(typed, cleaned, json).query(Long.class).single() > 0);
            if (stored) {
                found++;
            } else {
                String tag = typed.substring(typed.lastIndexOf('·'));
                List<String> near = columns.stream().flatMap(c -> jdbc.sql("SELECT `" + c[1] + "` FROM `" + c[0] + "` WHERE LOCATE(BINARY ?, `"
                        + c[1] + "`) > 0").param(tag).query(String.class).list().stream().map(v -> c[0] + "." + c[1] + "=" + visible(v))).toList();
                missing.put(entry.getKey(), visible(typed) + "\n   stored: " + near);
            }
        }
        assertThat(missing).as("%s: texts accepted but not stored exactly (%d found)", name, found).isEmpty();
    }

    private static String visible(String text) {
        String shown = text.length() > 400 ? text.substring(0, 200) + "…" + text.substring(text.length() - 100) : text;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) || c == 0x202E || c == 0x202C ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }

    /** The text as JSON writes it inside a string, for answers kept in a JSON column. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private void assertNoErrorsLogged() {
        List<String> logged = errors.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage()))
                .toList();
        assertThat(logged).as("server errors logged during the walk").isEmpty();
    }

    /** Every public address template matches a page some walk went through, or is named in {@link #NO_FORM}. */
    private void assertEveryPublicPageWalked(List<FormWalker.Walk> walks) {
        Set<String> visited = new LinkedHashSet<>();
        walks.forEach(w -> visited.addAll(w.paths()));
        List<String> unwalked = new ArrayList<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()) {
            String template = route.getTemplate();
            if (template.startsWith("staff")) {
                continue;
            }
            String shape = template.replaceAll(":([a-z]+)(\\([^/]*\\))?", ":$1");
            if (NO_FORM.contains(shape)) {
                continue;
            }
            Pattern pattern = Pattern.compile("/" + regex(template));
            if (visited.stream().noneMatch(path -> pattern.matcher(path).matches())) {
                unwalked.add(shape);
            }
        }
        assertThat(unwalked).as("public pages no walk reached (walk them here, or name them as having no form); walked: %s", visited)
                .isEmpty();
    }

    private static String regex(String template) {
        Matcher m = Pattern.compile(":([a-z]+)(\\(([^/]*)\\))?").matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(Pattern.quote(template.substring(last, m.start())));
            out.append(m.group(3) != null ? "(?:" + m.group(3) + ")" : "[^/]+");
            last = m.end();
        }
        out.append(Pattern.quote(template.substring(last)));
        return out.toString();
    }
}
