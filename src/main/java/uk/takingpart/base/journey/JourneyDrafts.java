package uk.takingpart.base.journey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where journeys keep their answers: in the database, so a journey survives the end of its
 * visitor's server session, a restart or a move to another app node. A draft is found by its
 * secret key (192 random bits, base64url), compared exactly.
 */
@Service
public class JourneyDrafts {
    /** What a draft key looks like; anything else is never looked up. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final SecureRandom random = new SecureRandom();
    private static final JsonMapper json = JsonMapper.builder().build();

    private final JourneyDraftRepository drafts;
    private final Clock clock;

    JourneyDrafts(JourneyDraftRepository drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    /** The draft with this key, if it exists and is of this kind. */
    @Transactional(readOnly = true)
    public Optional<Draft> find(String key, String kind) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return drafts.findByKey(key).filter(d -> d.getKind().equals(kind)).map(JourneyDrafts::draft);
    }

    /** The most recently changed draft among these keys for this journey and subject. */
    @Transactional(readOnly = true)
    public Optional<Draft> find(Collection<String> keys, String kind, String subject) {
        List<String> valid = keys.stream().filter(k -> k != null && KEY.matcher(k).matches()).distinct().toList();
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        return drafts.findByKeyInAndKindAndSubjectOrderByUpdatedAtDesc(valid, kind, subject).stream().findFirst().map(JourneyDrafts::draft);
    }

    /** Saves the answers as they are now; a new draft gets its key. Returns the saved draft. */
    @Transactional
    public Draft save(Draft draft) {
        Instant now = clock.instant();
        String answers = json.writeValueAsString(new Stored(draft.answers(), List.copyOf(draft.answeredPages())));
        if (draft.saved()) {
            JourneyDraft stored = drafts.findByKey(draft.key()).orElse(null);
            if (stored != null) {
                stored.update(draft.subject(), answers, now);
                return draft;
            }
        }
        JourneyDraft stored = drafts.save(new JourneyDraft(newKey(), draft.kind(), draft.subject(), answers, now));
        return draft(stored);
    }

    /**
     * The journey is done: the draft keeps only what its confirmation needs to be shown again (the
     * outcome); the answers, now kept where the journey sent them, are forgotten here.
     */
    @Transactional
    public Draft finish(Draft draft, String outcome) {
        Draft saved = save(draft);
        JourneyDraft stored = drafts.findByKey(saved.key()).orElseThrow();
        Instant now = clock.instant();
        stored.update(stored.getSubject(), json.writeValueAsString(new Stored(Map.of(), List.of())), now);
        stored.finish(outcome, now);
        return draft(stored);
    }

    /**
     * The draft's resume code (see {@link ResumeCodes}), given the first time it is asked for and
     * the same ever after. The draft must have been saved.
     */
    @Transactional
    public String resumeCode(Draft draft) {
        JourneyDraft stored = drafts.findByKey(draft.key()).orElseThrow(() -> new IllegalStateException("A draft not saved has no resume code"));
        if (stored.getResumeCode() == null) {
            String code;
            do {
                code = ResumeCodes.newCode();
            } while (drafts.existsByResumeCode(code));
            stored.resumeWith(code); // the unique constraint guards the rare race
        }
        return stored.getResumeCode();
    }

    /**
     * The draft of this kind whose resume code is what was typed: the typed text is normalised
     * ({@link ResumeCodes#normalise}), then compared exactly with the stored code.
     */
    @Transactional(readOnly = true)
    public Optional<Draft> findByResumeCode(String typed, String kind) {
        String code = ResumeCodes.normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        return drafts.findByResumeCode(code).filter(d -> d.getKind().equals(kind)).map(JourneyDrafts::draft);
    }

    /** Deletes this kind's drafts (finished or not) about any of these subjects; returns how many. */
    @Transactional
    public int deleteForSubjects(String kind, Collection<String> subjects) {
        return subjects.isEmpty() ? 0 : drafts.deleteBySubjects(kind, subjects);
    }

    /** Deletes this kind's drafts (finished or not) last changed before the given time; returns how many. */
    @Transactional
    public int deleteUnchangedSince(String kind, Instant before) {
        return drafts.deleteUnchangedSince(kind, before);
    }

    private static String newKey() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Draft draft(JourneyDraft stored) {
        Stored answers = json.readValue(stored.getAnswers(), Stored.class);
        return new Draft(stored.getKey(), stored.getKind(), stored.getSubject(),
                answers.answers() == null ? Map.of() : answers.answers(),
                answers.answered() == null ? List.of() : answers.answered(), stored.getOutcome());
    }

    /** The answers column: {"answers": {name: text}, "answered": [page ids]}. */
    record Stored(Map<String, String> answers, List<String> answered) {}
}
