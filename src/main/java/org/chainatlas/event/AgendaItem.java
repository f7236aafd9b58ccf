package org.chainatlas.event;

/**
 * One meeting in a participant's agenda: the meeting, which side the viewer is on, the partner, and what the
 * viewer may do now (check in, record an outcome).
 */
public record AgendaItem(Views.MeetingView meeting, String eventNameZh, String eventNameEn, long participantId, String participantName,
        long partnerId, String partnerName, String partnerOffersZh, String partnerRequestsZh, boolean checkedIn,
        Outcome myOutcome, Outcome partnerOutcome, boolean mayCheckIn, boolean mayRecordOutcome) {

    /** The event's name in the reader's language (its English title where it has one). */
    public String eventName() {
        return org.chainatlas.platform.web.Localized.pick(eventNameZh, eventNameEn);
    }
}
