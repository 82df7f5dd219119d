package uk.takingpart.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.base.privacy.Erasure;
import uk.takingpart.base.privacy.PersonSearch;
import uk.takingpart.base.privacy.PersonalDataSource;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingRequest;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.PostalAddress;
import uk.takingpart.booking.PreferredFormat;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.ConsultationQuestions;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.Respondent;

/**
 * An administrator finds everything held about a person by email address or phone number, however
 * it is written, downloads it, and erases it: the personal data goes, the counts stay, and the audit
 * trail says what was done without ever saying who it was about. Real MariaDB.
 */
@SpringBootTest(properties = "takingpart.mail.poll=1h")
@WithMockUser(username = "admin-in-test", roles = "ADMINISTRATOR")
class DataRightsTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired DataRights rights;
    @Autowired BookingService bookings;
    @Autowired BookingAdministration administration;
    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationQuestions questions;
    @Autowired JourneyDrafts drafts;
    @Autowired List<PersonalDataSource> sources;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    BookingFixtures fixtures;
    long activity;
    long session;
    String email;
    String digits;
    String bookingWithEmail;
    String bookingByPhone;
    String response;
    long question;
    long consultation;

    @BeforeEach
    void aPersonHasBookedRespondedAskedAndStartedAgain() {
        fixtures = BookingFixtures.in(context);
        String id = UUID.randomUUID().toString().substring(0, 8);
        email = "Rhian.Evans-" + id + "@Example.org";
        digits = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        activity = fixtures.activity("EVENT", Instant.now());
        session = fixtures.sessionId(activity, Instant.now().plus(Duration.ofDays(20)), 10, 4, null);
        bookingWithEmail = bookings.book(new BookingRequest(UUID.randomUUID().toString(), session, 2, null,
                new Contact("Rhian Evans", email, "07700 9" + digits, Locale.ENGLISH, PreferredFormat.LARGE_PRINT,
                        new PostalAddress("12 Heol y Felin", null, "Penarth", "CF64 1AA")),
                new Needs(EnumSet.of(AccessNeed.STEP_FREE), null, "I use a wheelchair"), "Short breaks for my son", false)).booking().reference();
        bookingByPhone = bookings.book(new BookingRequest(UUID.randomUUID().toString(), session, 1, null,
                new Contact("Rhian Evans", null, "+44 7700 9" + digits, Locale.ENGLISH, PreferredFormat.STANDARD),
                Needs.NONE, null, false)).booking().reference();
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        response = responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, answers(),
                new Respondent("Rhian Evans", email.toUpperCase(Locale.ROOT), Respondent.SELF, null, null, List.of(), List.of()),
                Map.of()).reference();
        question = questions.ask(GP, UUID.randomUUID().toString(), Locale.ENGLISH,
                new ConsultationQuestions.Asking("Will the Penarth surgery open on Saturday mornings?", email)).id();
        Draft byEmail = Draft.begin("booking", Long.toString(session));
        byEmail.put("name", "Rhian Evans");
        byEmail.put("email", email.toLowerCase(Locale.ROOT));
        drafts.save(byEmail);
        Draft byPhone = Draft.begin("booking", Long.toString(session));
        byPhone.put("mobile", "077009 " + digits);
        drafts.save(byPhone);
        Draft someoneElse = Draft.begin("booking", Long.toString(session));
        someoneElse.put("email", "someone-else-" + id + "@example.org");
        drafts.save(someoneElse);
        // one confirmation has gone; the other waits to be sent
        jdbc.sql("UPDATE email_outbox SET status = 'SENT', sent_at = created_at WHERE recipient = ? ORDER BY id LIMIT 1").param(email).update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM consultation_response WHERE reference = ?").param(response).update();
        jdbc.sql("DELETE FROM consultation_question WHERE id = ?").param(question).update();
        jdbc.sql("DELETE FROM journey_draft WHERE subject = ? AND kind = 'booking'").param(Long.toString(session)).update();
        jdbc.sql("DELETE FROM email_outbox WHERE recipient = ?").param(email).update();
        fixtures.delete(activity);
    }

    @Test
    void an_administrator_finds_everything_by_email_whatever_its_case_and_spaces() {
        var found = rights.find(search("  " + email.toUpperCase(Locale.ROOT) + " "));

        assertThat(counts(found)).containsEntry("bookings", 1).containsEntry("responses", 1).containsEntry("questions", 1)
                .containsEntry("drafts", 1).containsEntry("emails", 2); // the booking's confirmation and the response's receipt
        assertThat(found.kinds().getFirst().records().getFirst().fields())
                .containsEntry("reference", bookingWithEmail).containsEntry("name", "Rhian Evans").containsEntry("access_needs", "STEP_FREE")
                .containsEntry("other_needs", "I use a wheelchair").containsEntry("address_town", "Penarth").containsEntry("mobile", "+4477009" + digits);
        assertThat(record(found, "responses").fields()).containsEntry("reference", response).containsKey("answer.what-made-it-hard");
        assertThat(record(found, "questions").fields()).containsEntry("text", "Will the Penarth surgery open on Saturday mornings?");
    }

    @Test
    void an_administrator_finds_bookings_and_drafts_by_phone_however_the_number_is_written() {
        for (String typed : List.of("07700 9" + digits, "+44 7700 9" + digits, "+44 (0)7700-9" + digits, "0044 77009" + digits, "077009" + digits)) {
            var found = rights.find(search(typed));
            assertThat(counts(found)).as(typed).containsEntry("bookings", 2).containsEntry("drafts", 1)
                    .containsEntry("responses", 0).containsEntry("questions", 0).containsEntry("emails", 0);
        }
        assertThat(PersonSearch.parse("07700 9")).as("too short to be a number").isEmpty();
        assertThat(PersonSearch.parse("not an email@")).isEmpty();
        assertThat(PersonSearch.parse(" ")).isEmpty();
    }

    @Test
    void the_downloads_hold_every_item_found() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        rights.exportJson(search(email), json);
        String text = json.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(bookingWithEmail, response, "Will the Penarth surgery open on Saturday mornings?",
                "I use a wheelchair", "Short breaks for my son", "12 Heol y Felin", "\"email\" : \"" + email + "\"",
                "\"not_linked_to_a_person\"");
        assertThat(text).as("the confirmation email is in the copy").contains("\"subject\"");

        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        rights.exportOds(search(email), ods, key -> key);
        String content = content(ods.toByteArray());
        assertThat(content).contains("privacy.kind.bookings.title", "privacy.kind.responses.title", "privacy.kind.questions.title",
                "privacy.kind.drafts.title", "privacy.kind.emails.title", bookingWithEmail, response, "I use a wheelchair",
                "Will the Penarth surgery open on Saturday mornings?");
    }

    @Test
    void erasing_removes_the_personal_data_keeps_the_counts_and_erasing_again_changes_nothing() {
        int placesBooked = placesBooked();
        int responsesCounted = responses.count(consultation);
        String oldToken = jdbc.sql("SELECT manage_token FROM booking WHERE reference = ?").param(bookingWithEmail).query(String.class).single();
        long pendingBefore = jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient = ? AND status = 'PENDING'").param(email).query(Long.class).single();
        assertThat(pendingBefore).isOne();

        List<Erasure> done = rights.erase(search(email));

        assertThat(done).contains(new Erasure("bookings", 0, 1), new Erasure("responses", 0, 1), new Erasure("questions", 0, 1),
                new Erasure("drafts", 1, 0), new Erasure("emails", 1, 1));
        assertThat(jdbc.sql("""
                SELECT CONCAT(name, '|', COALESCE(email, '-'), '|', COALESCE(mobile, '-'), '|', COALESCE(other_needs, '-'), '|',
                       COALESCE(talk_about, '-'), '|', COALESCE(address_line_1, '-'), '|', COALESCE(address_town, '-'), '|', status)
                FROM booking WHERE reference = ?""").param(bookingWithEmail).query(String.class).single()).isEqualTo("|-|-|-|-|-|-|CONFIRMED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_need n JOIN booking b ON b.id = n.booking_id WHERE b.reference = ?")
                .param(bookingWithEmail).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT manage_token FROM booking WHERE reference = ?").param(bookingWithEmail).query(String.class).single())
                .as("the old manage link opens nothing").isNotEqualTo(oldToken);
        assertThat(placesBooked()).as("the session's places still count the booking").isEqualTo(placesBooked);
        assertThat(jdbc.sql("SELECT CONCAT(COALESCE(respondent_name, '-'), '|', COALESCE(respondent_email, '-')) FROM consultation_response WHERE reference = ?")
                .param(response).query(String.class).single()).isEqualTo("-|-");
        assertThat(responses.answers(response)).as("the answers stay, anonymous").hasSize(3);
        assertThat(responses.count(consultation)).isEqualTo(responsesCounted);
        assertThat(jdbc.sql("SELECT CONCAT(question_text, '|', COALESCE(asker_email, '-')) FROM consultation_question WHERE id = ?")
                .param(question).query(String.class).single()).isEqualTo("Will the Penarth surgery open on Saturday mornings?|-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient = ?").param(email).query(Long.class).single())
                .as("no email is left to or about the address").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE status = 'SENT' AND recipient = '' AND text_body = ''")
                .query(Long.class).single()).as("the sent email stays counted, without address or text").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journey_draft WHERE subject = ? AND kind = 'booking'").param(Long.toString(session))
                .query(Long.class).single()).as("the phone-only draft and someone else's stay").isEqualTo(2);

        assertThat(rights.find(search(email)).isEmpty()).isTrue();
        assertThat(rights.erase(search(email))).allSatisfy(e -> assertThat(e.total()).isZero());

        List<Erasure> byPhone = rights.erase(search("07700 9" + digits));
        assertThat(byPhone).contains(new Erasure("bookings", 0, 1), new Erasure("drafts", 1, 0));
        assertThat(jdbc.sql("SELECT status FROM booking WHERE reference = ?").param(bookingByPhone).query(String.class).single()).isEqualTo("CONFIRMED");
        assertThat(placesBooked()).isEqualTo(placesBooked);
        assertThat(rights.find(search("+447700 9" + digits)).isEmpty()).isTrue();

        var staffList = administration.bookings(session, Locale.ENGLISH).orElseThrow();
        assertThat(staffList.confirmed()).extracting(BookingAdministration.StaffBooking::reference).contains(bookingWithEmail, bookingByPhone);
        assertThat(staffList.confirmed().stream().mapToInt(BookingAdministration.StaffBooking::places).sum())
                .as("staff still see the places taken").isEqualTo(placesBooked);
        administration.cancel(session, "admin-in-test");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE status = 'PENDING' AND (recipient = '' OR recipient = ?)").param(email)
                .query(Long.class).single()).as("cancelling the session writes no email to an erased booking").isZero();
    }

    @Test
    void the_audit_trail_records_each_step_by_the_administrator_without_the_address_or_number() {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
        rights.find(search(email));
        rights.exportJson(search(email), new ByteArrayOutputStream());
        rights.exportOds(search("07700 9" + digits), new ByteArrayOutputStream(), key -> key);
        rights.erase(search(email));

        record Entry(String action, String actor, String text) {}
        List<Entry> entries = jdbc.sql("""
                SELECT action, actor_name, CONCAT_WS('|', summary, record_type, record_id, activity_slug) AS text FROM audit_entry
                WHERE id > ? AND action LIKE 'DATA_%' ORDER BY id""").param(before)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(entries).extracting(Entry::action).containsExactly("DATA_SEARCHED", "DATA_EXPORTED", "DATA_EXPORTED", "DATA_ERASED");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin-in-test");
            assertThat(e.text().toLowerCase(Locale.ROOT)).doesNotContain(email.toLowerCase(Locale.ROOT), "rhian", digits, bookingWithEmail.toLowerCase(Locale.ROOT));
        });
        assertThat(entries.getFirst().text()).contains("by email", "bookings 1", "responses 1");
        assertThat(entries.get(2).text()).contains("by phone", "bookings 2");
    }

    @Test
    @WithMockUser(username = "editor-in-test", roles = {"EDITOR", "ANALYST"})
    void only_administrators_can_find_download_or_erase() {
        PersonSearch who = search(email);
        assertThatThrownBy(() -> rights.find(who)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rights.exportJson(who, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rights.exportOds(who, new ByteArrayOutputStream(), k -> k)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rights.erase(who)).isInstanceOf(AccessDeniedException.class);
        for (PersonalDataSource source : sources) {
            assertThatThrownBy(() -> source.find(who)).as(source.kind()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> source.erase(who)).as(source.kind()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE reference = ? AND name = 'Rhian Evans'").param(bookingWithEmail)
                .query(Long.class).single()).isOne();
    }

    private int placesBooked() {
        return jdbc.sql("SELECT COALESCE(SUM(places), 0) FROM booking WHERE session_id = ? AND status = 'CONFIRMED'").param(session)
                .query(Integer.class).single();
    }

    private static PersonSearch search(String typed) {
        return PersonSearch.parse(typed).orElseThrow();
    }

    private static Map<String, Integer> counts(DataRights.Findings found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        found.kinds().forEach(f -> counts.put(f.kind(), f.count()));
        return counts;
    }

    private static uk.takingpart.base.privacy.PersonalRecord record(DataRights.Findings found, String kind) {
        return found.kinds().stream().filter(f -> f.kind().equals(kind)).findFirst().orElseThrow().records().getFirst();
    }

    private static String content(byte[] ods) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no content.xml");
    }

    private Map<Long, Answer> answers() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("penarth", null));
        answers.put(questionnaire.question("hard-to-get").orElseThrow().id(), new Answer.Choice("yes", null));
        answers.put(questionnaire.question("what-made-it-hard").orElseThrow().id(), new Answer.Text("Shift work"));
        return answers;
    }
}
