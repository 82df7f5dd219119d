package uk.takingpart.notify.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.notify.Outbox;
import uk.takingpart.notify.OutgoingEmail;

/** Administrators read the outbox (the demo's mail) newest first, and one email's text and HTML, safely. */
@SpringBootTest(properties = "takingpart.mail.poll=1h")
@WithMockUser(username = "admin-in-test", roles = "ADMINISTRATOR")
class EmailOutboxViewTest extends uk.takingpart.testing.StaffBrowserlessTest {
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void an_administrator_lists_the_emails_newest_first_and_reads_one_cleaned_with_manage_links_hidden() {
        String to = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long older = transactions.execute(s -> outbox.enqueue(new OutgoingEmail(to, Locale.ENGLISH, "Older email", "Older text", null, null)));
        long newer = transactions.execute(s -> outbox.enqueue(new OutgoingEmail(to, Locale.forLanguageTag("cy"), "Wedi’i ganslo: prawf",
                "Testun plaen: https://example.org/cy/bookings/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
                "<h1>Pennawd</h1><p>Helo</p><script>parent.alert(1)</script><a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>"
                        + "<a href=\"https://example.org/cy/bookings/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\">Rheoli</a>", null)));
        try {
            EmailOutboxView list = navigate("staff/emails", EmailOutboxView.class);
            String table = list.table.getElement().getTextRecursively();
            assertThat(table).contains(to, "Wedi’i ganslo: prawf", "Older email", "Waiting to be sent");
            assertThat(table.indexOf("Wedi’i ganslo: prawf")).as("newest first").isLessThan(table.indexOf("Older email"));

            EmailView view = navigate("staff/emails/" + newer, EmailView.class);
            assertThat(view.heading.getText()).isEqualTo("Wedi’i ganslo: prawf");
            assertThat(view.heading.getElement().getAttribute("lang")).isEqualTo("cy");
            assertThat(view.text.getText()).as("the secret part of a manage link is hidden")
                    .isEqualTo("Testun plaen: https://example.org/cy/bookings/\u2026");
            assertThat(view.html.getElement().getAttribute("lang")).isEqualTo("cy");
            String shown = EmailView.preview("<h1>Pennawd</h1><p>Helo</p><script>parent.alert(1)</script>"
                    + "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>"
                    + "<a href=\"https://example.org/cy/bookings/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\">Rheoli</a>");
            assertThat(shown).contains("<h3>Pennawd</h3>", "<p>Helo</p>", "https://example.org/cy/bookings/\u2026")
                    .doesNotContain("<script", "javascript:", "onclick", "<h1", "abcdefghijklmnopqrstuvwxyz");
        } finally {
            jdbc.update("DELETE FROM email_outbox WHERE id IN (?, ?)", older, newer);
        }
    }
}
