package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.takingpart.testing.Browser;

/** What a keyboard, a screen reader and a phone need from the shell, in a real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserIT {
    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser("http://localhost:" + port, 320, 800);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private Object js(String script) {
        return browser.script(script);
    }

    private void waitUntil(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(25))
                .until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    @Test
    void the_first_tab_reaches_the_skip_link_and_it_moves_focus_into_main() {
        browser.open("en");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.isDisplayed()).isTrue();

        focused.sendKeys(Keys.ENTER);
        waitUntil("document.activeElement.closest('main') !== null");
        assertThat(js("return document.activeElement.id")).isEqualTo("main-content");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/en");
    }

    @Test
    void the_welsh_link_opens_the_same_page_in_welsh_with_html_lang_cy() {
        browser.open("en?type=consultation");

        browser.driver().findElement(By.cssSelector("a[hreflang='cy']")).click();
        browser.waitForVaadin();
        waitUntil("document.documentElement.lang === 'cy'");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/cy?type=consultation");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Beth sydd ymlaen");
        assertThat(browser.driver().getTitle()).isEqualTo("Beth sydd ymlaen – Cymryd Rhan");
        assertThat(browser.driver().findElement(By.id("filter-type")).getAttribute("value")).isEqualTo("consultation");
    }

    @Test
    void the_connection_indicator_speaks_the_pages_language_and_follows_a_switch() {
        browser.open("cy");
        waitUntil("!!(window.Vaadin && window.Vaadin.connectionIndicator)");
        String texts = "const c=window.Vaadin.connectionIndicator;return [c.onlineText,c.reconnectingText,c.offlineText].join('|')";
        waitUntil("window.Vaadin.connectionIndicator.reconnectingText.startsWith('Mae’r cysylltiad')");
        assertThat(js(texts)).isEqualTo("Wedi ailgysylltu|Mae’r cysylltiad wedi torri. Rydyn ni’n ceisio ailgysylltu…"
                + "|Dim cysylltiad. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna llwythwch y dudalen eto.");

        browser.driver().findElement(By.cssSelector("a[hreflang='en']")).click();
        waitUntil("window.Vaadin.connectionIndicator.reconnectingText.startsWith('Connection lost')");
        assertThat(js(texts)).isEqualTo("Connected again|Connection lost. Trying to reconnect…"
                + "|No connection. Check your internet connection, then load the page again.");
    }

    @Test
    void a_long_welsh_topic_chosen_in_large_print_at_320_px_is_shown_whole_not_cut() {
        browser.displayPreferences("cy.large-print");
        browser.open("cy?topic=send");
        assertThat(js("return document.body.classList.contains('large-print')")).isEqualTo(true);
        WebElement topic = browser.driver().findElement(By.id("filter-topic"));
        assertThat(topic.getAttribute("value")).isEqualTo("send");
        // the chosen value wraps inside the drop-down rather than running out of it
        assertThat(js("const s=document.getElementById('filter-topic');const lh=parseFloat(getComputedStyle(s).fontSize)*1.2;"
                + "return s.getBoundingClientRect().height > 1.8*lh")).as("the value takes more than one line").isEqualTo(true);
        assertThat(js("const s=document.getElementById('filter-topic');return s.getBoundingClientRect().right <= document.documentElement.clientWidth"))
                .isEqualTo(true);
        browser.assertNoHorizontalScroll("cy large print, topic chosen");
        browser.assertNoAxeViolations("cy large print, topic chosen");
    }

    @Test
    void the_bare_address_remembers_welsh_for_a_returning_visitor() {
        browser.open("cy");
        browser.open("");

        waitUntil("location.pathname === '/cy'");
        assertThat(js("return document.documentElement.lang")).isEqualTo("cy");
    }

    @Test
    void a_link_inside_a_block_of_markup_opens_its_page_without_a_page_load_then_back_and_the_welsh_switch_work() {
        browser.open("en");
        js("window.samePage = 'yes'");
        String title = (String) js("return document.querySelector('.activity-card h2 a').textContent");

        browser.driver().findElement(By.cssSelector(".activity-card h2 a")).click();
        waitUntil("location.pathname.startsWith('/en/activities/')");
        waitUntil("document.querySelector('h1') && document.querySelector('h1').textContent === " + jsString(title));
        assertThat(js("return window.samePage")).as("the router followed the link: no new page, no new server-side UI").isEqualTo("yes");
        assertThat((String) js("return document.title")).startsWith(title);

        browser.driver().navigate().back();
        waitUntil("location.pathname === '/en'");
        waitUntil("document.querySelectorAll('.activity-card').length > 0");

        browser.driver().findElement(By.cssSelector(".language-switch a[hreflang=cy]")).click();
        waitUntil("location.pathname === '/cy'");
        waitUntil("document.documentElement.lang === 'cy'");
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void large_print_chosen_by_keyboard_applies_at_once_and_survives_a_reload() {
        browser.open("en");
        double before = ((Number) js("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")).doubleValue();

        WebElement largePrint = browser.driver().findElement(By.id("large-print"));
        largePrint.sendKeys(Keys.SPACE);
        waitUntil("document.body.classList.contains('large-print')");

        double after = ((Number) js("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")).doubleValue();
        assertThat(before).isLessThan(24);
        assertThat(after).isGreaterThanOrEqualTo(24);
        assertThat(((Number) js("return parseFloat(getComputedStyle(document.querySelector('main p')).lineHeight) / parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")).doubleValue())
                .isGreaterThanOrEqualTo(1.5);

        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        assertThat(js("return document.body.classList.contains('large-print')")).isEqualTo(true);
        browser.assertNoHorizontalScroll("home in large print after reload");
    }

    @Test
    void a_filter_chosen_with_the_keyboard_updates_the_list_and_the_address_and_keeps_focus() {
        browser.open("en");
        long all = (Long) js("return document.querySelectorAll('.activity-card').length");

        WebElement type = browser.driver().findElement(By.id("filter-type"));
        type.sendKeys("Time to Listen");
        type.sendKeys(Keys.TAB);
        waitUntil("location.search === '?type=time-to-listen'");
        browser.waitForVaadin();

        long filtered = (Long) js("return document.querySelectorAll('.activity-card').length");
        assertThat(filtered).isBetween(1L, all - 1);
        assertThat((String) js("return document.querySelector('.result-count').textContent")).isEqualTo(filtered + " activities");
        // the controls were not rebuilt: Tab went on to the next filter as usual
        assertThat(js("return document.activeElement.id")).isEqualTo("filter-topic");
        browser.driver().navigate().back();
        waitUntil("location.search === ''");
    }

    @Test
    void the_axe_check_catches_a_real_violation() {
        browser.open("en");
        js("const img = document.createElement('img'); img.src = 'icons/favicon.svg'; document.querySelector('main').appendChild(img);");

        assertThatThrownBy(() -> browser.assertNoAxeViolations("a page with an image without alt"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }

    @Test
    void an_unknown_address_answers_404_with_a_translated_page() {
        browser.open("cy/dim-byd");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Heb ddod o hyd i’r dudalen");
        assertThat(browser.driver().getTitle()).isEqualTo("Heb ddod o hyd i’r dudalen – Cymryd Rhan");
    }
}
