package uk.takingpart.activity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Something people can get involved in: an event, a Time to Listen session or a consultation. */
@Entity
class Activity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Topic topic;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "area_id")
    private Area area;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_audience", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 40)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "ladder_level", nullable = false, length = 20)
    private LadderLevel ladderLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    /** Null while the activity is a draft. */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "easy_read_image", length = 200)
    private String easyReadImage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_text", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "language", length = 12)
    private Map<String, ActivityText> texts = new HashMap<>();

    @Version
    private long version;

    protected Activity() {}

    Activity(String slug, ActivityType type, Topic topic, Area area, Set<Audience> audiences,
             LadderLevel ladderLevel, Stage stage, Attendance attendance,
             Instant startsAt, Instant endsAt, Instant publishedAt, String easyReadImage) {
        this.slug = slug;
        this.type = type;
        this.topic = topic;
        this.area = area;
        this.audiences = audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences);
        this.ladderLevel = ladderLevel;
        this.stage = stage;
        this.attendance = attendance;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.publishedAt = publishedAt;
        this.easyReadImage = easyReadImage;
    }

    /** Staff change what the activity is; its address (slug) may change too until it is published. */
    void update(String slug, ActivityType type, Topic topic, Area area, Set<Audience> audiences, LadderLevel ladderLevel,
                Stage stage, Attendance attendance, Instant startsAt, Instant endsAt, String easyReadImage) {
        this.slug = slug;
        this.type = type;
        this.topic = topic;
        this.area = area;
        this.audiences.clear();
        this.audiences.addAll(audiences);
        this.ladderLevel = ladderLevel;
        this.stage = stage;
        this.attendance = attendance;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.easyReadImage = easyReadImage;
    }

    void publish(Instant at) {
        this.publishedAt = at;
    }

    void unpublish() {
        this.publishedAt = null;
    }

    boolean isPublishedAt(Instant now) {
        return publishedAt != null && !publishedAt.isAfter(now);
    }

    Activity text(String language, ActivityText text) {
        texts.put(language, text);
        return this;
    }

    Long getId() { return id; }

    String getSlug() { return slug; }

    ActivityType getType() { return type; }

    Topic getTopic() { return topic; }

    Area getArea() { return area; }

    Set<Audience> getAudiences() { return audiences; }

    LadderLevel getLadderLevel() { return ladderLevel; }

    Stage getStage() { return stage; }

    Attendance getAttendance() { return attendance; }

    Instant getStartsAt() { return startsAt; }

    Instant getEndsAt() { return endsAt; }

    Instant getPublishedAt() { return publishedAt; }

    String getEasyReadImage() { return easyReadImage; }

    Map<String, ActivityText> getTexts() { return texts; }
}
