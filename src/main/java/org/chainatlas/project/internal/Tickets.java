package org.chainatlas.project.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.chainatlas.project.TicketStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Service tickets. */
interface Tickets extends JpaRepository<ServiceTicket, Long> {

    List<ServiceTicket> findByProjectIdOrderByRaisedAtDesc(long projectId);

    List<ServiceTicket> findByProjectIdInOrderByDueAtAsc(Collection<Long> projectIds);

    List<ServiceTicket> findByProjectIdInAndStatusInOrderByDueAtAsc(Collection<Long> projectIds, Collection<TicketStatus> statuses);

    List<ServiceTicket> findByProjectIdInAndStatusInAndDueAtBeforeOrderByDueAtAsc(Collection<Long> projectIds,
            Collection<TicketStatus> statuses, Instant now);

    List<ServiceTicket> findByStatusInAndDueAtBefore(Collection<TicketStatus> statuses, Instant now);
}
