package uk.takingpart.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.privacy.Erasure;
import uk.takingpart.base.privacy.PersonSearch;
import uk.takingpart.base.privacy.PersonalDataSource;
import uk.takingpart.base.privacy.PersonalRecord;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.text.OdsWriter;

/**
 * A person's rights over their data (UK GDPR): an administrator finds everything held about them
 * by email address or phone number, downloads a copy for a subject access request (JSON and an
 * OpenDocument spreadsheet), and erases it on request. Each feature holding personal data declares
 * a {@link PersonalDataSource}; this asks them all. Every search, download and erasure is in the
 * audit trail with the administrator, what was searched by (email or phone) and counts per kind,
 * never the address or number itself.
 */
@Service
public class DataRights {
    /** Kinds held apart from anyone's name or address, so no search can find them: shown as such. */
    public static final List<String> NOT_LINKED = List.of("equality");
    static final String RECORD_TYPE = "personal-data";

    private final List<PersonalDataSource> sources;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DataRights(List<PersonalDataSource> sources, AuditTrail audit, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(PersonalDataSource::order)).toList();
        this.audit = audit;
        this.clock = clock;
    }

    /** What one kind holds about the person. */
    public record Found(String kind, List<PersonalRecord> records) {
        public int count() {
            return records.size();
        }
    }

    /** Everything found, kind by kind in a fixed order (kinds with nothing included, with none). */
    public record Findings(PersonSearch who, List<Found> kinds) {
        public int total() {
            return kinds.stream().mapToInt(Found::count).sum();
        }

        public boolean isEmpty() {
            return total() == 0;
        }

        String counts() {
            return kinds.stream().map(f -> f.kind() + " " + f.count()).collect(Collectors.joining(", "));
        }
    }

    /** The kinds every search asks, in order. */
    public List<String> kinds() {
        return sources.stream().map(PersonalDataSource::kind).toList();
    }

    /** Finds everything held about the person. Audited with counts only. */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Findings find(PersonSearch who) {
        Findings found = look(who);
        record(AuditAction.DATA_SEARCHED, "Searched for a person's data by " + who.by() + ": " + found.counts());
        return found;
    }

    private Findings look(PersonSearch who) {
        return new Findings(who, sources.stream().map(s -> new Found(s.kind(), List.copyOf(s.find(who)))).toList());
    }

    /** A copy of everything held, as JSON (UTF-8). Audited with counts only. */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void exportJson(PersonSearch who, OutputStream out) {
        Findings found = look(who);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("searched_by", who.by());
        document.put("searched_for", who.email() != null ? who.email() : who.phone());
        document.put("produced_at", clock.instant().toString());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Found f : found.kinds()) {
            List<Map<String, String>> records = f.records().stream().map(PersonalRecord::fields).toList();
            kinds.put(f.kind(), records);
        }
        document.put("held", kinds);
        document.put("not_linked_to_a_person", NOT_LINKED);
        try (out) {
            json.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(AuditAction.DATA_EXPORTED, "Downloaded a person's data (JSON), found by " + who.by() + ": " + found.counts());
    }

    /**
     * A copy of everything held, as an OpenDocument spreadsheet: a first sheet with the count of
     * each kind, then a sheet per kind found, a row per record and a column per stored value.
     * {@code words} gives the text of a translation key (looked up in advance). Audited with counts only.
     */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void exportOds(PersonSearch who, OutputStream out, java.util.function.Function<String, String> words) {
        Findings found = look(who);
        try (OdsWriter ods = new OdsWriter(out)) {
            ods.sheet(words.apply("privacy.export.summary"));
            ods.headings(List.of(words.apply("privacy.export.kind"), words.apply("privacy.export.count")));
            for (Found f : found.kinds()) {
                ods.row(words.apply("privacy.kind." + f.kind() + ".title"), f.count());
            }
            ods.row(words.apply("privacy.export.searched-for"), who.email() != null ? who.email() : who.phone());
            ods.row(words.apply("privacy.export.produced"), clock.instant());
            for (Found f : found.kinds()) {
                if (f.count() == 0) {
                    continue;
                }
                Set<String> columns = new LinkedHashSet<>();
                f.records().forEach(r -> columns.addAll(r.fields().keySet()));
                ods.sheet(words.apply("privacy.kind." + f.kind() + ".title"));
                ods.headings(columns);
                for (PersonalRecord r : f.records()) {
                    List<Object> cells = new ArrayList<>();
                    columns.forEach(c -> cells.add(r.fields().get(c)));
                    ods.row(cells);
                }
            }
        }
        record(AuditAction.DATA_EXPORTED, "Downloaded a person's data (spreadsheet), found by " + who.by() + ": " + found.counts());
    }

    /**
     * Erases everything held about the person, in one transaction: each kind deletes or
     * anonymises as it says, keeping what counts and statistics need. Erasing again changes
     * nothing. Audited with counts only.
     */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<Erasure> erase(PersonSearch who) {
        List<Erasure> done = sources.stream().map(s -> s.erase(who)).toList();
        record(AuditAction.DATA_ERASED, "Erased a person's data, found by " + who.by() + ": " + done.stream()
                .map(e -> e.kind() + " " + e.deleted() + " deleted, " + e.anonymised() + " anonymised").collect(Collectors.joining("; ")));
        return done;
    }

    private void record(AuditAction action, String summary) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        audit.record(new AuditEvent(Actor.staff(signedIn.getName()), action, RECORD_TYPE, null, null, summary));
    }
}
