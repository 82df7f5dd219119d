package uk.takingpart.activity;

import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What's on: the public catalogue of activities. */
@Service
public class ActivityService {
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final ActivityRepository activities;
    private final AreaRepository areas;
    private final Clock clock;

    ActivityService(ActivityRepository activities, AreaRepository areas, Clock clock) {
        this.activities = activities;
        this.areas = areas;
        this.clock = clock;
    }

    /** Published activities matching the filter: current ones newest first, past ones most recently closed first. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> whatsOn(ActivityFilter filter, Locale language) {
        Instant now = clock.instant();
        Specification<Activity> spec = published(now).and(period(filter.period(), now));
        if (filter.type() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), filter.type()));
        }
        if (filter.topic() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("topic"), filter.topic()));
        }
        if (filter.area() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("area").get("code"), filter.area()));
        }
        if (filter.audience() != null) {
            spec = spec.and((root, query, cb) -> {
                query.distinct(true);
                return cb.equal(root.join("audiences", JoinType.INNER), filter.audience());
            });
        }
        if (filter.period() == Period.PAST) {
            Sort sort = Sort.by(Sort.Order.desc("endsAt"), Sort.Order.asc("slug"));
            return activities.findAll(spec, sort).stream().map(a -> summarise(a, language, now)).toList();
        }
        // what matters to a visitor: the next date they can go to, or the date they must answer by
        return activities.findAll(spec, Sort.by("slug")).stream().map(a -> summarise(a, language, now))
                .sorted(java.util.Comparator.comparing((ActivitySummary a) -> keyDate(a, now)).thenComparing(ActivitySummary::slug))
                .toList();
    }

    /**
     * The date a visitor acts on: when it starts, for what has not started yet; when it ends
     * (a consultation's closing date), for what is under way.
     */
    public static Instant keyDate(ActivitySummary activity, Instant now) {
        if (activity.startsAt() != null && activity.startsAt().isAfter(now)) {
            return activity.startsAt();
        }
        if (activity.endsAt() != null) {
            return activity.endsAt();
        }
        return activity.startsAt() == null ? Instant.MAX : activity.startsAt();
    }

    /** A consultation open now, with the whole days left before it closes. */
    public record ClosingConsultation(ActivitySummary activity, long daysLeft) {}

    /** Consultations open now, the soonest to close first: what staff need to keep an eye on today. */
    @Transactional(readOnly = true)
    public List<ClosingConsultation> openConsultations(Locale language) {
        Instant now = clock.instant();
        return whatsOn(new ActivityFilter(ActivityType.CONSULTATION, null, null, null, Period.CURRENT), language).stream()
                .filter(a -> a.status() == ActivityStatus.OPEN && a.endsAt() != null)
                .sorted(Comparator.comparing(ActivitySummary::endsAt))
                .map(a -> new ClosingConsultation(a, java.time.Duration.between(now, a.endsAt()).toDays()))
                .toList();
    }

    /** A published activity by its address, or empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<ActivityDetails> find(String slug, Locale language) {
        Instant now = clock.instant();
        return activities.findBySlug(slug)
                .filter(a -> a.isPublishedAt(now))
                .map(a -> details(a, language, now));
    }

    /** A published activity, for features that hang off it (sessions and bookings). */
    @Transactional(readOnly = true)
    public Optional<ActivityRef> publishedRef(String slug, Locale language) {
        return activities.findBySlug(slug).map(a -> ref(a, language, clock.instant())).filter(ActivityRef::published);
    }

    /** Activities by id, published or not (staff and emails need drafts' names too). */
    @Transactional(readOnly = true)
    public Map<Long, ActivityRef> refs(java.util.Collection<Long> ids, Locale language) {
        Instant now = clock.instant();
        Map<Long, ActivityRef> found = new java.util.HashMap<>();
        activities.findAllById(ids).forEach(a -> found.put(a.getId(), ref(a, language, now)));
        return found;
    }

    /** An activity by id, published or not. */
    @Transactional(readOnly = true)
    public Optional<ActivityRef> ref(long id, Locale language) {
        return Optional.ofNullable(refs(List.of(id), language).get(id));
    }

    /** Every event and Time to Listen activity, published or not, by title: what staff add sessions to. */
    @Transactional(readOnly = true)
    public List<ActivityRef> bookable(Locale language) {
        Instant now = clock.instant();
        return activities.findAll().stream()
                .filter(a -> a.getType() == ActivityType.EVENT || a.getType() == ActivityType.TIME_TO_LISTEN)
                .map(a -> ref(a, language, now))
                .sorted(Comparator.comparing((ActivityRef r) -> r.title().text(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static ActivityRef ref(Activity a, Locale language, Instant now) {
        return new ActivityRef(a.getId(), a.getSlug(), a.getType(), text(a, language, ActivityText::getTitle),
                a.getArea().getCode(), localized(a.getArea().getNames(), language, Function.identity()),
                a.getPublishedAt(), a.isPublishedAt(now));
    }

    /** The page's contents for an activity, published or not (staff preview it before publishing). */
    ActivityDetails details(Activity a, Locale language, Instant now) {
        return new ActivityDetails(summarise(a, language, now),
                text(a, language, ActivityText::getDescription),
                text(a, language, ActivityText::getLocation));
    }

    /** Every area, sorted by its name in the visitor's language. */
    @Transactional(readOnly = true)
    public List<AreaOption> areas(Locale language) {
        return areas.findAll().stream()
                .map(area -> new AreaOption(area.getCode(), localized(area.getNames(), language, Function.identity())))
                .sorted(Comparator.comparing((AreaOption o) -> o.name().text(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static Specification<Activity> published(Instant now) {
        return (root, query, cb) -> cb.lessThanOrEqualTo(root.get("publishedAt"), now);
    }

    private static Specification<Activity> period(Period period, Instant now) {
        return switch (period) {
            case CURRENT -> (root, query, cb) -> cb.or(cb.isNull(root.get("endsAt")), cb.greaterThan(root.get("endsAt"), now));
            case PAST -> (root, query, cb) -> cb.lessThanOrEqualTo(root.get("endsAt"), now);
        };
    }

    static ActivityStatus status(Instant startsAt, Instant endsAt, Instant now) {
        if (now.isBefore(startsAt)) {
            return ActivityStatus.UPCOMING;
        }
        return endsAt == null || now.isBefore(endsAt) ? ActivityStatus.OPEN : ActivityStatus.CLOSED;
    }

    private ActivitySummary summarise(Activity a, Locale language, Instant now) {
        ActivitySummary.EasyRead easyRead = a.getEasyReadImage() == null && text(a, language, ActivityText::getEasyReadText).isEmpty()
                ? null
                : new ActivitySummary.EasyRead(text(a, language, ActivityText::getEasyReadText), a.getEasyReadImage(),
                        text(a, language, ActivityText::getEasyReadImageAlt));
        return new ActivitySummary(a.getSlug(), a.getType(),
                text(a, language, ActivityText::getTitle),
                text(a, language, ActivityText::getSummary),
                a.getTopic(),
                localized(a.getArea().getNames(), language, Function.identity()),
                a.getAudiences(), a.getLadderLevel(), a.getStage(), a.getAttendance(),
                a.getStartsAt(), a.getEndsAt(), status(a.getStartsAt(), a.getEndsAt(), now), easyRead);
    }

    private static LocalizedText text(Activity a, Locale language, Function<ActivityText, String> field) {
        return localized(a.getTexts(), language, field);
    }

    /** The field in the visitor's language, else in English (marked as a fallback), else empty. */
    private static <T> LocalizedText localized(Map<String, T> byLanguage, Locale language, Function<T, String> field) {
        T own = byLanguage.get(language.getLanguage());
        String value = own == null ? null : field.apply(own);
        if (value != null && !value.isBlank()) {
            return new LocalizedText(value, language, false);
        }
        T english = byLanguage.get(ENGLISH.getLanguage());
        String fallback = english == null ? null : field.apply(english);
        if (fallback != null && !fallback.isBlank()) {
            return new LocalizedText(fallback, ENGLISH, !ENGLISH.getLanguage().equals(language.getLanguage()));
        }
        return new LocalizedText(null, language, false);
    }
}
