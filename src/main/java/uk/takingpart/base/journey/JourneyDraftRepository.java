package uk.takingpart.base.journey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JourneyDraftRepository extends JpaRepository<JourneyDraft, Long> {
    Optional<JourneyDraft> findByKey(String key);

    List<JourneyDraft> findByKeyInAndKindAndSubjectOrderByUpdatedAtDesc(Collection<String> keys, String kind, String subject);

    Optional<JourneyDraft> findByResumeCode(String resumeCode);

    boolean existsByResumeCode(String resumeCode);

    @Modifying
    @Query("delete from JourneyDraft d where d.kind = :kind and d.subject in :subjects")
    int deleteBySubjects(String kind, Collection<String> subjects);

    @Modifying
    @Query("delete from JourneyDraft d where d.kind = :kind and d.updatedAt < :before")
    int deleteUnchangedSince(String kind, Instant before);
}
