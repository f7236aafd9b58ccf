package org.chainatlas.event;

/**
 * One meeting in a participant's agenda: the meeting, which side the viewer is on, the partner, and what the
 * viewer may do now (check in, record an outcome).
 */
public record AgendaItem(Views.MeetingView meeting, String eventNameZh, long participantId, String participantName,
        long partnerId, String partnerName, String partnerOffersZh, String partnerRequestsZh, boolean checkedIn,
        Outcome myOutcome, Outcome partnerOutcome, boolean mayCheckIn, boolean mayRecordOutcome) {
}
