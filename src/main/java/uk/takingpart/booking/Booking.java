package uk.takingpart.booking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Someone's places on a session (or their place in its waiting list). */
@Entity
class Booking {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 12)
    private String reference;

    @Column(name = "manage_token", nullable = false, unique = true, length = 64)
    private String manageToken;

    @Column(name = "request_key", nullable = false, unique = true, length = 64)
    private String requestKey;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(nullable = false)
    private int places;

    @Enumerated(EnumType.STRING)
    @Column(name = "booker_role", length = 30)
    private BookerRole bookerRole;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 20)
    private String mobile;

    @Column(nullable = false, length = 12)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_format", nullable = false, length = 30)
    private PreferredFormat preferredFormat;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_need", joinColumns = @JoinColumn(name = "booking_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", length = 40)
    private Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);

    @Column(name = "address_line_1", length = 100)
    private String addressLine1;

    @Column(name = "address_line_2", length = 100)
    private String addressLine2;

    @Column(name = "address_town", length = 100)
    private String addressTown;

    @Column(name = "address_postcode", length = 10)
    private String addressPostcode;

    /** When the person last changed their needs through the manage link; null if never. */
    @Column(name = "needs_changed_at")
    private Instant needsChangedAt;

    @Column(name = "interpreter_language", length = 100)
    private String interpreterLanguage;

    @Column(name = "other_needs", length = 2000)
    private String otherNeeds;

    @Column(name = "talk_about", length = 2000)
    private String talkAbout;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** When the two-days-before reminder should go; null once sent or when none is needed. */
    @Column(name = "reminder_due_at")
    private Instant reminderDueAt;

    private Boolean attended;

    @Version
    private long version;

    protected Booking() {}

    Booking(String reference, String manageToken, BookingRequest request, BookingStatus status, Instant now) {
        this.reference = reference;
        this.manageToken = manageToken;
        this.requestKey = request.requestKey();
        this.sessionId = request.sessionId();
        this.status = status;
        this.places = request.places();
        this.bookerRole = request.role();
        Contact contact = request.contact();
        this.name = contact.name();
        this.email = contact.email();
        this.mobile = contact.mobile();
        this.language = contact.language().getLanguage();
        this.preferredFormat = contact.format();
        setAddress(contact.address());
        Needs needs = request.needs();
        this.needs.addAll(needs.needs());
        this.interpreterLanguage = needs.interpreterLanguage();
        this.otherNeeds = needs.other();
        this.talkAbout = request.talkAbout();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changePlaces(int places, Instant now) {
        this.places = places;
        this.updatedAt = now;
    }

    /** New email, mobile, language, format and postal address (the name stays). */
    void changeContact(Contact contact, Instant now) {
        this.email = contact.email();
        this.mobile = contact.mobile();
        this.language = contact.language().getLanguage();
        this.preferredFormat = contact.format();
        setAddress(contact.address());
        this.updatedAt = now;
    }

    void changeNeeds(Needs needs, Instant now) {
        this.needs.clear();
        this.needs.addAll(needs.needs());
        this.interpreterLanguage = needs.interpreterLanguage();
        this.otherNeeds = needs.other();
        this.needsChangedAt = now;
        this.updatedAt = now;
    }

    private void setAddress(PostalAddress address) {
        this.addressLine1 = address == null ? null : address.line1();
        this.addressLine2 = address == null ? null : address.line2();
        this.addressTown = address == null ? null : address.town();
        this.addressPostcode = address == null ? null : address.postcode();
    }

    Instant getNeedsChangedAt() { return needsChangedAt; }

    PostalAddress address() {
        return addressLine1 == null && addressTown == null && addressPostcode == null ? null
                : new PostalAddress(addressLine1, addressLine2, addressTown, addressPostcode);
    }

    void confirm(Instant now) {
        this.status = BookingStatus.CONFIRMED;
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = BookingStatus.CANCELLED;
        this.cancelledAt = now;
        this.updatedAt = now;
        this.reminderDueAt = null;
    }

    void remindAt(Instant due) { this.reminderDueAt = due; }

    void markAttended(Boolean attended) { this.attended = attended; }

    Long getId() { return id; }

    String getReference() { return reference; }

    String getManageToken() { return manageToken; }

    String getRequestKey() { return requestKey; }

    long getSessionId() { return sessionId; }

    BookingStatus getStatus() { return status; }

    int getPlaces() { return places; }

    BookerRole getBookerRole() { return bookerRole; }

    String getName() { return name; }

    String getEmail() { return email; }

    String getMobile() { return mobile; }

    String getLanguage() { return language; }

    PreferredFormat getPreferredFormat() { return preferredFormat; }

    Set<AccessNeed> getNeeds() { return needs; }

    String getInterpreterLanguage() { return interpreterLanguage; }

    String getOtherNeeds() { return otherNeeds; }

    String getTalkAbout() { return talkAbout; }

    Instant getCreatedAt() { return createdAt; }

    Instant getCancelledAt() { return cancelledAt; }

    Instant getReminderDueAt() { return reminderDueAt; }

    Boolean getAttended() { return attended; }

    Contact contact() {
        return new Contact(name, email, mobile, java.util.Locale.forLanguageTag(language), preferredFormat, address());
    }

    Needs accessNeeds() {
        return new Needs(needs.isEmpty() ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(needs), interpreterLanguage, otherNeeds);
    }
}
