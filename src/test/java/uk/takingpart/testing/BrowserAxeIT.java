package uk.takingpart.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The axe check itself finds a violation: the first time on a page (axe-core put in by the
 * check), the second time on the same page, and on a page loaded afterwards (axe-core put in by
 * Chromium as the page loads), so a scan that passes means something.
 */
class BrowserAxeIT {
    private static final String BROKEN = "data:text/html;charset=utf-8,<!doctype html><html lang=en><head><title>t</title></head><body>"
            + "<main><h1>Test</h1><img src='x.png'><input type=text></main></body></html>";

    @Test
    void a_missing_alt_text_and_an_unlabelled_field_fail_the_first_the_repeated_and_the_next_pages_check() {
        try (Browser browser = new Browser("http://localhost/", 320, 900)) {
            browser.driver().get(BROKEN);
            assertThatThrownBy(() -> browser.assertNoAxeViolations("first check")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("label");
            assertThatThrownBy(() -> browser.assertNoAxeViolations("repeated check")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("label");

            browser.driver().get(BROKEN.replace("<h1>Test</h1>", "<h1>Next page</h1>"));
            assertThat(browser.script("return typeof window.axe")).as("axe-core already in the next page").isEqualTo("object");
            assertThatThrownBy(() -> browser.assertNoAxeViolations("next page")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("label");
        }
    }

    @Test
    void a_page_with_nothing_wrong_passes() {
        try (Browser browser = new Browser("http://localhost/", 320, 900)) {
            browser.driver().get("data:text/html;charset=utf-8,<!doctype html><html lang=en><head><title>t</title></head><body>"
                    + "<main><h1>Test</h1><img src='x.png' alt='A test'><label>Name <input type=text></label></main></body></html>");
            browser.assertNoAxeViolations("a good page");
        }
    }
}
