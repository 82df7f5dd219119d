package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Text and attribute values written into a page's markup can never become markup themselves. */
class MarkupTest {

    @Test
    void text_and_attribute_values_are_escaped_and_read_back_exactly() {
        String hostile = "<script>alert('x')</script> & \"quoted\" ‘Cymraeg’ ŵŷ \u202Eevil";
        String attribute = "\" onmouseover=\"alert(1)";
        Document page = Jsoup.parseBodyFragment(new Markup()
                .open("p", "title", attribute, "lang", null)
                .text(hostile)
                .close("p")
                .link("cy/activities/a?x=1&y=2", "Dolen <b>")
                .toString());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("p").attr("title")).isEqualTo(attribute);
        assertThat(page.select("p").first().attributes().hasKey("onmouseover")).isFalse();
        assertThat(page.select("p").first().attributes().hasKey("lang")).as("a null value leaves the attribute out").isFalse();
        assertThat(page.select("p").text()).isEqualTo(hostile);
        assertThat(page.select("a[router-link]").attr("href")).isEqualTo("cy/activities/a?x=1&y=2");
        assertThat(page.select("a").text()).isEqualTo("Dolen <b>");
        assertThat(page.select("b")).isEmpty();
    }

    @Test
    void welsh_letters_typographic_punctuation_and_emoji_read_back_exactly_from_a_latin_1_string() {
        String welsh = "Dŵr a’r tŷ – “Cymraeg” 😀 ŵŷ";
        String markup = new Markup().element("p", welsh, "title", welsh).trusted("<p>Ŵyn – ’</p>").toString();

        assertThat(markup.chars()).allMatch(c -> c <= 0xFF);
        Document page = Jsoup.parseBodyFragment(markup);
        assertThat(page.select("p").first().text()).isEqualTo(welsh);
        assertThat(page.select("p").first().attr("title")).isEqualTo(welsh);
        assertThat(page.select("p").last().text()).isEqualTo("Ŵyn – ’");
    }

    @Test
    void a_block_is_one_server_side_node_however_much_it_shows() {
        Markup out = new Markup().open("ul");
        for (int i = 0; i < 100; i++) {
            out.element("li", "Session " + i);
        }
        HtmlBlock block = new HtmlBlock("div", out.close("ul"));

        assertThat(block.getElement().getChildCount()).isZero();
        assertThat(Jsoup.parseBodyFragment(block.getInnerHtml()).select("li")).hasSize(100);
    }
}
