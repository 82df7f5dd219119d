package uk.takingpart.base.privacy;

import java.util.List;

/**
 * One feature's share of the personal data the service holds about a member of the public, for
 * their rights under UK GDPR: finding it, giving them a copy and erasing it. Each feature that
 * stores personal data declares one bean; the data-rights service asks every bean, so a new
 * feature (format requests, subscriptions) plugs in without changing it. Called only by the
 * data-rights service, which checks the caller is an administrator and keeps the audit trail.
 */
public interface PersonalDataSource {
    /**
     * The kind's code, lowercase and hyphenated ({@code bookings}); translation keys
     * {@code privacy.kind.<kind>.title}, {@code .description}, {@code .kept} and {@code .removed}.
     */
    String kind();

    /** Where the kind is listed (lower first). */
    int order();

    /** Everything of this kind held about the person, oldest first. */
    List<PersonalRecord> find(PersonSearch who);

    /**
     * Removes the person's data of this kind in the caller's transaction, keeping what counts need
     * (anonymised) as the kind's {@code kept} text says. Erasing again finds and changes nothing.
     */
    Erasure erase(PersonSearch who);
}
