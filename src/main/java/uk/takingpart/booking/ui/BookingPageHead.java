package uk.takingpart.booking.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.takingpart.base.i18n.IcuTranslationProvider;
import uk.takingpart.base.ui.PageHead;
import uk.takingpart.booking.BookingService;

/**
 * The first response for the booking feature's addresses: the sessions page's title and
 * description, and "not found" (HTTP 404) for a booking step of a session that does not exist, a
 * step that does not exist, or a manage link that finds no booking.
 */
@Component
class BookingPageHead implements PageHead {
    private static final Pattern STEP = Pattern.compile("book/([0-9]{1,12})/([a-z]{2,12})");
    private static final Pattern MANAGE = Pattern.compile("bookings/([A-Za-z0-9_-]{1,64})");
    private final IcuTranslationProvider translations;
    private final BookingService bookings;

    BookingPageHead(IcuTranslationProvider translations, BookingService bookings) {
        this.translations = translations;
        this.bookings = bookings;
    }

    @Override
    public Optional<Head> head(String path, Locale language) {
        if ("sessions".equals(path)) {
            return Optional.of(new Head(translations.getTranslation("booking.sessions.page.title", language),
                    translations.getTranslation("booking.sessions.page.intro", language)));
        }
        Matcher step = STEP.matcher(path);
        if (step.matches()) {
            boolean exists = BookingJourneyView.STEPS.contains(step.group(2))
                    && bookings.session(Long.parseLong(step.group(1)), language).isPresent();
            return exists ? Optional.empty() : Optional.of(Head.notFound(translations.getTranslation("common.not-found.title", language)));
        }
        Matcher manage = MANAGE.matcher(path);
        if (manage.matches()) {
            return Optional.of(bookings.byManageLink(manage.group(1), language)
                    .map(found -> new Head(translations.getTranslation("booking.manage.title", language), null))
                    .orElseGet(() -> Head.notFound(translations.getTranslation("booking.manage.not-found.title", language))));
        }
        return Optional.empty();
    }
}
