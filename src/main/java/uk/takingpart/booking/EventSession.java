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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import uk.takingpart.activity.Audience;

/** One occasion of an event (or one Time to Listen slot) that people book places on. */
@Entity
@Table(name = "event_session")
class EventSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionMode mode;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "booking_limit", nullable = false)
    private int bookingLimit;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Audience audience;

    @Column(name = "leader_name", length = 200)
    private String leaderName;

    @Column(name = "joining_link", length = 500)
    private String joiningLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_session_text", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "language", length = 12)
    private Map<String, EventSessionText> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_session_access", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 40)
    private Set<AccessFeature> accessFeatures = EnumSet.noneOf(AccessFeature.class);

    @Version
    private long version;

    protected EventSession() {}

    EventSession(long activityId) {
        this.activityId = activityId;
    }

    void schedule(Instant startsAt, Instant endsAt, SessionMode mode, int capacity, int bookingLimit, Audience audience,
                  String leaderName, String joiningLink, Set<AccessFeature> features, Map<String, EventSessionText> texts) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.mode = mode;
        this.capacity = capacity;
        this.bookingLimit = bookingLimit;
        this.audience = audience;
        this.leaderName = leaderName == null || leaderName.isBlank() ? null : leaderName.strip();
        this.joiningLink = mode == SessionMode.ONLINE && joiningLink != null && !joiningLink.isBlank() ? joiningLink.strip() : null;
        this.accessFeatures.clear();
        if (mode == SessionMode.IN_PERSON) {
            this.accessFeatures.addAll(features);
        }
        this.texts.clear();
        texts.forEach((language, text) -> {
            if (!text.isEmpty()) {
                this.texts.put(language, text);
            }
        });
    }

    void cancel(Instant now) {
        status = SessionStatus.CANCELLED;
        cancelledAt = now;
    }

    Long getId() { return id; }

    long getActivityId() { return activityId; }

    Instant getStartsAt() { return startsAt; }

    Instant getEndsAt() { return endsAt; }

    SessionMode getMode() { return mode; }

    int getCapacity() { return capacity; }

    int getBookingLimit() { return bookingLimit; }

    Audience getAudience() { return audience; }

    String getLeaderName() { return leaderName; }

    String getJoiningLink() { return joiningLink; }

    SessionStatus getStatus() { return status; }

    Set<AccessFeature> getAccessFeatures() { return accessFeatures; }

    Map<String, EventSessionText> getTexts() { return texts; }
}
