package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The shell every page shares: language switch, display options, footer, information pages. */
@SpringBootTest
class ShellViewTest extends SpringBrowserlessTest {

    private MainLayout layout() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst().orElseThrow();
    }

    @AfterEach
    void resetDisplay() {
        ShellTestSupport.chooseEasyRead(false);
        ShellTestSupport.chooseLargePrint(false);
    }

    @Test
    void the_language_switch_opens_the_same_page_in_welsh_keeping_the_filters() {
        UI.getCurrent().navigate("en", QueryParameters.fromString("type=event&area=cardiff"));

        assertThat(uk.takingpart.testing.Rendered.document(layout().languageNav).select("a")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("Cymraeg");
            assertThat(link.attr("lang")).isEqualTo("cy");
            assertThat(link.attr("hreflang")).isEqualTo("cy");
            assertThat(link.attr("href")).startsWith("cy?").contains("type=event").contains("area=cardiff");
        });
        assertThat(layout().languageNav.getElement().getAttribute("aria-label")).isEqualTo("Language");
    }

    @Test
    void the_shell_speaks_welsh_on_a_welsh_page() {
        navigate("cy/accessibility", InformationView.class);

        MainLayout shell = layout();
        assertThat(shell.skipLink.getText()).isEqualTo("Neidio i’r prif gynnwys");
        assertThat(shell.largePrint.getLabel()).isEqualTo("Print bras");
        assertThat(shell.easyRead.getLabel()).isEqualTo("Hawdd ei ddeall");
        assertThat(uk.takingpart.testing.Rendered.text(shell.footerNav))
                .contains("Datganiad hygyrchedd", "Hysbysiad preifatrwydd", "Cwcis", "Cysylltu â ni", "Gofyn am y dudalen hon mewn fformat arall");
        assertThat(shell.footerText.getText()).contains("Bwrdd Iechyd Prifysgol Caerdydd a’r Fro");
    }

    @Test
    void the_footer_asks_for_the_current_page_in_another_format() {
        navigate("en/privacy", InformationView.class);

        org.jsoup.nodes.Element formats = uk.takingpart.testing.Rendered.document(layout().footerNav).select("a").stream()
                .filter(a -> a.text().equals("Ask for this page in another format")).findFirst().orElseThrow();
        assertThat(formats.attr("href")).isEqualTo("en/formats?page=privacy");
    }

    @Test
    void large_print_applies_at_once_and_is_kept_for_the_next_page() {
        navigate("en", SitePage.class);
        assertThat(UI.getCurrent().getElement().getClassList()).doesNotContain("large-print");

        ShellTestSupport.chooseLargePrint(true);

        assertThat(UI.getCurrent().getElement().getClassList()).contains("large-print");
        assertThat(DisplayPreferences.current().largePrint()).isTrue();
        navigate("en/cookies", InformationView.class);
        assertThat(layout().largePrint.getValue()).isTrue();
        assertThat(DisplayPreferences.current().cookieValue()).isEqualTo("en.large-print");
    }

    @Test
    void the_accessibility_statement_has_what_the_regulations_require() {
        InformationView view = navigate("en/accessibility", InformationView.class);

        assertThat(view.getPageTitle()).isEqualTo("Accessibility statement – Taking Part");
        String text = uk.takingpart.testing.Rendered.text(view);
        assertThat(text).contains("Equality and Human Rights Commission", "Equality Advisory and Support Service", "engagement@example.org", "029 2000 0000");
        assertThat(uk.takingpart.testing.Rendered.document(view).select("h2")).hasSizeGreaterThanOrEqualTo(6);
        assertThat($(H1.class).single().getText()).isEqualTo("Accessibility statement");
    }

    @Test
    void information_pages_exist_in_welsh() {
        for (String page : List.of("accessibility", "privacy", "cookies", "contact", "formats")) {
            InformationView view = navigate("cy/" + page, InformationView.class);
            assertThat(view.getPageTitle()).endsWith(" – Cymryd Rhan");
            assertThat(uk.takingpart.testing.Rendered.document(view).select("section > h2")).as(page).isNotEmpty();
        }
    }

    @Test
    void easy_read_shows_a_short_easy_read_summary_on_information_pages() {
        navigate("en/cookies", InformationView.class);
        int before = uk.takingpart.testing.Rendered.document(getCurrentView()).select("li").size();

        ShellTestSupport.chooseEasyRead(true);

        assertThat(UI.getCurrent().getElement().getClassList()).contains("easy-read");
        assertThat(uk.takingpart.testing.Rendered.document(getCurrentView()).select(".easy-read-summary li").size()).isGreaterThan(0);
        assertThat(uk.takingpart.testing.Rendered.document(getCurrentView()).select("li").size()).isGreaterThan(before);
    }

    @Test
    void the_bare_address_sends_a_visitor_to_their_language() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isIn("en", "cy");
    }
}
