package org.chainatlas.event.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.chainatlas.event.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Meeting requests. */
interface Requests extends JpaRepository<MeetingRequest, Long> {
    List<MeetingRequest> findByEventIdOrderByIdAsc(long eventId);

    @Query("select r from MeetingRequest r where r.requesterId in :ids or r.partnerId in :ids order by r.id desc")
    List<MeetingRequest> involving(@Param("ids") Collection<Long> participantIds);

    @Query("""
            select count(r) from MeetingRequest r where r.requesterId = :requester
            and r.status in (org.chainatlas.event.RequestStatus.PENDING, org.chainatlas.event.RequestStatus.ACCEPTED)""")
    long activeFrom(@Param("requester") long requesterId);

    @Query("""
            select count(r) from MeetingRequest r where r.sessionId = :session and r.status in :statuses
            and ((r.requesterId = :a and r.partnerId = :b) or (r.requesterId = :b and r.partnerId = :a))""")
    long between(@Param("session") long sessionId, @Param("a") long a, @Param("b") long b,
            @Param("statuses") Collection<RequestStatus> statuses);

    /** Pending requests whose expiry has passed (to be expired, one by one, by the aggregate). */
    @Query("""
            select r from MeetingRequest r where r.status = org.chainatlas.event.RequestStatus.PENDING
            and r.expiresAt <= :now order by r.id""")
    List<MeetingRequest> overdue(@Param("now") Instant now, org.springframework.data.domain.Pageable page);
}
