package org.chainatlas.event.internal;

import java.util.List;
import java.util.Optional;

import org.chainatlas.event.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Registrations of events. */
interface Participants extends JpaRepository<Participant, Long> {

    /**
     * Loads a participant and holds its row until the transaction ends: requests made by one participant are
     * checked (duplicates, quota) one after the other, however many arrive at once.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from Participant p where p.id = :id")
    Optional<Participant> lockById(@org.springframework.data.repository.query.Param("id") long id);

    List<Participant> findByEventIdOrderByIdAsc(long eventId);

    Optional<Participant> findByEventIdAndEnterpriseId(long eventId, long enterpriseId);

    Optional<Participant> findByEventIdAndParkId(long eventId, long parkId);

    List<Participant> findByEventIdAndUserId(long eventId, long userId);

    List<Participant> findByEnterpriseId(long enterpriseId);

    List<Participant> findByUserId(long userId);

    List<Participant> findByParkId(long parkId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);
}
