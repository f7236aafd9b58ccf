package org.chainatlas.project.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Ticket history. */
interface TicketEntries extends JpaRepository<TicketEntry, Long> {

    List<TicketEntry> findByTicketIdOrderByAtAsc(long ticketId);

    List<TicketEntry> findByTicketIdInOrderByAtAscIdAsc(java.util.Collection<Long> ticketIds);
}
