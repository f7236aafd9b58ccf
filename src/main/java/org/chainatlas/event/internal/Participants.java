package org.chainatlas.event.internal;

import java.util.List;
import java.util.Optional;

import org.chainatlas.event.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Registrations of events. */
interface Participants extends JpaRepository<Participant, Long> {
    List<Participant> findByEventIdOrderByIdAsc(long eventId);

    Optional<Participant> findByEventIdAndEnterpriseId(long eventId, long enterpriseId);

    Optional<Participant> findByEventIdAndParkId(long eventId, long parkId);

    List<Participant> findByEventIdAndUserId(long eventId, long userId);

    List<Participant> findByEnterpriseId(long enterpriseId);

    List<Participant> findByUserId(long userId);

    List<Participant> findByParkId(long parkId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);
}
