package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.Period;
import uk.takingpart.activity.Stage;
import uk.takingpart.testing.Browser;

/**
 * Every public page, in English and Welsh, in normal, large-print and easy-read modes, at 320 px
 * and 1280 px wide, in a real Chromium: zero axe-core violations (WCAG 2.2 A and AA), no
 * sideways scrolling, one {@code <main>}, {@code <html lang>} following the address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesAccessibilityIT {
    private static final AtomicInteger scanned = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ActivityService activities;

    @Autowired
    uk.takingpart.consultation.ConsultationService consultations;

    List<String> pages() {
        List<String> pages = new ArrayList<>(List.of(
                "", "?type=consultation&area=cardiff", "?show=past", "?topic=no-such-topic&area=%3Cscript%3E",
                "accessibility", "privacy", "cookies", "contact", "formats?page=activities", "no-such-page",
                "activities/no-such-activity", "sessions", "sessions?when=next-30-days&mode=online"));
        List<ActivitySummary> current = activities.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH);
        List<ActivitySummary> past = activities.whatsOn(new ActivityFilter(null, null, null, null, Period.PAST), Locale.ENGLISH);
        pick(current, a -> a.type() == ActivityType.TIME_TO_LISTEN, pages);
        pick(current, a -> a.type() == ActivityType.EVENT, pages);
        pick(current, a -> a.stage() == Stage.OPEN_CONSULTATION, pages);
        pick(past, a -> a.stage() == Stage.DECIDED, pages);
        // consultation pages in each state: early engagement (with a shorter-period reason), closed awaiting a decision
        pick(current, a -> a.stage() == Stage.PRE_CONSULTATION, pages);
        pick(past, a -> a.stage() == Stage.CLOSED_AWAITING_DECISION, pages);
        // the start page of giving your views on an open consultation
        current.stream().filter(a -> a.stage() == Stage.OPEN_CONSULTATION).findFirst()
                .ifPresent(a -> pages.add("consultations/" + a.slug() + "/respond"));
        // where a saved response's code is typed ("Continue a saved response")
        current.stream().filter(a -> a.stage() == Stage.OPEN_CONSULTATION).findFirst()
                .ifPresent(a -> pages.add("consultations/" + a.slug() + "/respond/resume"));
        // the first question of every open consultation with a questionnaire (the journey's later steps
        // are reached only by answering: ResponseJourneyViewTest walks them)
        int firstQuestions = 0;
        for (ActivitySummary a : current) {
            var questionnaire = consultations.questionnaire(a.slug(), Locale.ENGLISH);
            if (questionnaire.isPresent() && consultations.page(a.slug(), Locale.ENGLISH).map(p -> p.acceptsResponses()).orElse(false)) {
                pages.add("consultations/" + a.slug() + "/respond/" + questionnaire.get().questions().getFirst().code());
                firstQuestions++;
            }
        }
        assertThat(firstQuestions).as("open consultations with a questionnaire").isGreaterThanOrEqualTo(1);
        // an activity whose Welsh is incomplete, so the English shows marked lang="en"
        for (ActivitySummary a : current) {
            if (activities.find(a.slug(), Locale.forLanguageTag("cy")).orElseThrow().description().fallback()) {
                pages.add("activities/" + a.slug());
                break;
            }
        }
        assertThat(pages).as("demo content has each kind of activity page").hasSize(22 + firstQuestions);
        // -Dsweep.only=activities/,consultations/ scans only the pages starting so, while working on them
        String only = System.getProperty("sweep.only", "");
        if (!only.isBlank()) {
            List<String> prefixes = List.of(only.split(","));
            pages.removeIf(page -> prefixes.stream().noneMatch(page::startsWith));
        }
        return pages;
    }

    private static void pick(List<ActivitySummary> from, java.util.function.Predicate<ActivitySummary> test, List<String> pages) {
        from.stream().filter(test).findFirst().ifPresent(a -> pages.add("activities/" + a.slug()));
    }

    @Test
    void every_public_page_passes_axe_in_every_language_mode_and_width() {
        List<String> pages = pages();
        // one page load per page, language and mode: each is checked at 320 px, then resized to 1280 px and checked again
        try (Browser browser = new Browser("http://localhost:" + port, 320, 900)) {
            for (String language : List.of("en", "cy")) {
                for (String mode : List.of("", ".large-print", ".easy-read")) {
                    browser.displayPreferences(language + mode);
                    for (String page : pages) {
                        String path = page.startsWith("?") ? language + page : language + "/" + page;
                        browser.open(path);
                        for (int width : new int[] {320, 1280}) {
                            String context = path + " [" + (mode.isEmpty() ? "normal" : mode.substring(1)) + ", " + width + " px]";
                            if (width != 320) {
                                browser.resize(width, 900);
                            }
                            try {
                                assertThat(browser.script("return document.documentElement.lang")).as("html lang on %s", context).isEqualTo(language);
                                assertThat(browser.script("return document.querySelectorAll('main').length")).as("main on %s", context).isEqualTo(1L);
                                assertThat((String) browser.script("return document.title")).as("title on %s", context).isNotBlank();
                                if (mode.equals(".large-print")) {
                                    Object size = browser.script("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)");
                                    assertThat(((Number) size).doubleValue()).as("body text size on %s", context).isGreaterThanOrEqualTo(24.0);
                                }
                                browser.assertNoAxeViolations(context);
                                if (width == 320) {
                                    browser.assertNoHorizontalScroll(context);
                                }
                            } finally {
                                if (width != 320) {
                                    browser.resize(320, 900);
                                }
                            }
                            scanned.incrementAndGet();
                        }
                    }
                }
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.println("axe: " + scanned.get() + " page x language x mode x width combinations scanned with zero violations");
    }
}
