package uk.takingpart.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The axe check itself finds a violation, both the first time on a page (the script put in by
 * the axe library) and the second (axe-core run again from the page), so a scan that passes
 * means something.
 */
class BrowserAxeIT {

    @Test
    void a_missing_alt_text_and_an_unlabelled_field_fail_both_the_first_and_the_repeated_check() {
        try (Browser browser = new Browser("http://localhost/", 320, 900)) {
            browser.driver().get("data:text/html;charset=utf-8,<!doctype html><html lang=en><head><title>t</title></head><body>"
                    + "<main><h1>Test</h1><img src='x.png'><input type=text></main></body></html>");
            assertThatThrownBy(() -> browser.assertNoAxeViolations("first check")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("label");
            assertThatThrownBy(() -> browser.assertNoAxeViolations("repeated check")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("label");
        }
    }
}
