package uk.takingpart.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What staff type becomes safe HTML in a small Markdown subset, and plain text without the marks. */
class StaffTextTest {
    private static final String REL = " rel=\"noopener noreferrer\"";

    @Test
    void paragraphs_lists_headings_bold_emphasis_and_links_render_as_expected() {
        String text = """
                Join us for a walk.
                Bring water.

                ## What to bring
                - Boots
                * A **waterproof** coat

                1. Register
                2. Arrive _early_

                Read [the route](https://example.org/route_map) or [email us](MAILTO:walks@example.org).
                ### Afterwards
                Tea in the hall, see [Wales](https://en.wikipedia.org/wiki/Wales_(country)).""";
        assertThat(StaffText.toSafeHtml(text)).isEqualTo(
                "<p>Join us for a walk.<br>Bring water.</p>"
                + "<h3>What to bring</h3>"
                + "<ul><li>Boots</li><li>A <strong>waterproof</strong> coat</li></ul>"
                + "<ol><li>Register</li><li>Arrive <em>early</em></li></ol>"
                + "<p>Read <a href=\"https://example.org/route_map\"" + REL + ">the route</a>"
                + " or <a href=\"mailto:walks@example.org\"" + REL + ">email us</a>.</p>"
                + "<h3>Afterwards</h3>"
                + "<p>Tea in the hall, see <a href=\"https://en.wikipedia.org/wiki/Wales_(country)\"" + REL + ">Wales</a>.</p>");

        assertThat(StaffText.toSafeHtml("Bring:\n- water\n- boots"))
                .isEqualTo("<p>Bring:</p><ul><li>water</li><li>boots</li></ul>");
        assertThat(StaffText.toSafeHtml("# Title")).isEqualTo("<p># Title</p>");
        assertThat(StaffText.toSafeHtml("#### Deep")).isEqualTo("<p>#### Deep</p>");
        assertThat(StaffText.toSafeHtml("**_both_** and snake_case_name and 2 ** 3 ** 4"))
                .isEqualTo("<p><strong><em>both</em></strong> and snake_case_name and 2 ** 3 ** 4</p>");
        assertThat(StaffText.toSafeHtml("Line one\r\nline two\r\n\r\nNext")).isEqualTo("<p>Line one<br>line two</p><p>Next</p>");
        assertThat(StaffText.toSafeHtml("[](https://example.org)"))
                .isEqualTo("<p><a href=\"https://example.org\"" + REL + ">https://example.org</a></p>");
        assertThat(StaffText.toSafeHtml("[x](https://a.example/?a=1&b=2)"))
                .isEqualTo("<p><a href=\"https://a.example/?a=1&amp;b=2\"" + REL + ">x</a></p>");
        assertThat(StaffText.toSafeHtml(null)).isEmpty();
        assertThat(StaffText.toSafeHtml(" \n\t\n ")).isEmpty();
    }

    @Test
    void raw_html_is_shown_as_text_never_as_markup() {
        assertThat(StaffText.toSafeHtml("<b>hi</b>")).isEqualTo("<p>&lt;b&gt;hi&lt;/b&gt;</p>");
        assertThat(StaffText.toSafeHtml("<script>alert(1)</script>")).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(StaffText.toSafeHtml("<img src=x onerror=alert(1)>")).isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
        assertThat(StaffText.toSafeHtml("<!-- x -->")).isEqualTo("<p>&lt;!-- x --&gt;</p>");
        assertThat(StaffText.toSafeHtml("<iframe>")).isEqualTo("<p>&lt;iframe&gt;</p>");
        assertThat(StaffText.toSafeHtml("&lt;b&gt; & &amp;")).isEqualTo("<p>&amp;lt;b&amp;gt; &amp; &amp;amp;</p>");
        assertThat(StaffText.toSafeHtml("## <i>x</i>")).isEqualTo("<h3>&lt;i&gt;x&lt;/i&gt;</h3>");
        assertThat(StaffText.toSafeHtml("- **<u>x</u>**")).isEqualTo("<ul><li><strong>&lt;u&gt;x&lt;/u&gt;</strong></li></ul>");
        assertThat(StaffText.toSafeHtml("[<b>x</b>](https://a.example)"))
                .isEqualTo("<p><a href=\"https://a.example\"" + REL + ">&lt;b&gt;x&lt;/b&gt;</a></p>");
    }

    @Test
    void javascript_and_data_links_lose_their_link() {
        assertThat(StaffText.toSafeHtml("[click](javascript:alert(1))")).isEqualTo("<p>click</p>");
        assertThat(StaffText.toSafeHtml("[x](JaVaScRiPt:alert(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x]( javascript:alert(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](data:text/html,<script>)")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](//evil.example)")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](vbscript:msgbox(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](/relative/page)")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](&#106;avascript:alert(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](https://)")).isEqualTo("<p>x</p>");
    }

    @Test
    void a_url_cannot_break_out_of_its_attribute() {
        assertThat(StaffText.toSafeHtml("[x](https://a.example/\"onmouseover=\"alert(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](https://a.example/'onmouseover='alert(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](https://a.example/><script>alert(1)</script>)")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](https://a.example/ onmouseover=alert(1))")).isEqualTo("<p>x</p>");
        assertThat(StaffText.toSafeHtml("[x](https://a.example/_a_**b**)"))
                .isEqualTo("<p><a href=\"https://a.example/_a_**b**\"" + REL + ">x</a></p>");
    }

    @Test
    void event_handlers_never_appear_in_the_output() {
        List<String> nasty = List.of(
                "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<body onload=alert(1)>",
                "<a href=javascript:alert(1)>x</a>", "<a href=\"javascript:alert(1)\">x</a>",
                "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](\tjavascript:alert(1))",
                "[x](java\nscript:alert(1))", "[x](https://a.example\" onclick=\"alert(1))",
                "[x](https://a.example'onclick='alert(1))", "[x](https://a.example/<img onerror=alert(1)>)",
                "[x](javascript&colon;alert(1))", "[x](&#x6A;avascript:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
                "[**x**](javascript:alert(1))", "[_x_](https://a.example) [y](javascript:alert(1))",
                "<scr<script>ipt>alert(1)</script>", "<<script>>", "<script\n>alert(1)</script>",
                "## <script>alert(1)</script>", "- <img src=x onerror=alert(1)>", "1. <svg/onload=alert(1)>",
                "**<script>**alert(1)**</script>**", "_<style>_", "<!--><script>alert(1)</script>-->",
                "\u0001\u0002 [x](javascript:alert(1)) \u00010\u0002", "<math><mtext><a href=javascript:alert(1)>",
                "[x](https://a.example)\" onmouseover=\"alert(1)", "&lt;script&gt;alert(1)&lt;/script&gt;");
        Set<String> allowedTags = Set.of("body", "p", "br", "ul", "ol", "li", "h3", "strong", "em", "a");
        for (String input : nasty) {
            String html = StaffText.toSafeHtml(input);
            assertThat(html).as(input).doesNotContainIgnoringCase("<script")
                    .doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=")
                    .doesNotContainPattern("(?i)<[^>]*href\\s*=\\s*\"?\\s*(javascript|data|vbscript):");
            for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertThat(allowedTags).as(input).contains(element.tagName());
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(input).isIn("href", "rel");
                }
                if (element.hasAttr("href")) {
                    assertThat(element.attr("href")).as(input).matches("(?i)(https?://|mailto:)[^\\s\"'<>]+");
                }
            }
        }
    }

    @Test
    void long_lines_full_of_marks_render_in_linear_time_without_overflowing_the_stack() {
        List<String> lines = List.of("**a ".repeat(20_000), "_a ".repeat(20_000), "[a](".repeat(20_000),
                "[a](" + "()".repeat(50_000) + ")", "_a_ **b** [c](https://x.example/_d_) ".repeat(1_000));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> lines.forEach(line -> {
            assertThat(StaffText.toSafeHtml(line)).startsWith("<p>");
            assertThat(StaffText.toPlainText(line)).isNotEmpty();
        }));
    }

    @Test
    void welsh_text_with_typographic_apostrophes_and_accents_is_unchanged() {
        assertThat(StaffText.toSafeHtml("Mae’r ŵyl yn Nhŷ’r Cyffredin")).isEqualTo("<p>Mae’r ŵyl yn Nhŷ’r Cyffredin</p>");
        assertThat(StaffText.toSafeHtml("## Croeso i’r ŵyl\n- Dŵr\n- Côt **law**"))
                .isEqualTo("<h3>Croeso i’r ŵyl</h3><ul><li>Dŵr</li><li>Côt <strong>law</strong></li></ul>");
        assertThat(StaffText.toSafeHtml("Mae'r _ŵyl_ \"fawr\"")).isEqualTo("<p>Mae'r <em>ŵyl</em> \"fawr\"</p>");
        assertThat(StaffText.toPlainText("Mae’r ŵyl yn Nhŷ’r Cyffredin")).isEqualTo("Mae’r ŵyl yn Nhŷ’r Cyffredin");
    }

    @Test
    void plain_text_removes_the_marks() {
        String text = """
                ## What to bring
                - A **waterproof** coat
                * Boots

                1. Register [online](https://example.org/sign_up)
                1. Arrive _early_

                Bring:
                <b>not markup</b> and snake_case stays.""";
        assertThat(StaffText.toPlainText(text)).isEqualTo("""
                What to bring

                A waterproof coat
                Boots

                1. Register online
                2. Arrive early

                Bring:
                <b>not markup</b> and snake_case stays.""");
        assertThat(StaffText.toPlainText("[](https://example.org) and [x](javascript:alert(1))"))
                .isEqualTo("https://example.org and x");
        assertThat(StaffText.toPlainText(null)).isEmpty();
        assertThat(StaffText.toPlainText("   ")).isEmpty();
    }
}
