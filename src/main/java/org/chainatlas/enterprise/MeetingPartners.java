package org.chainatlas.enterprise;

/**
 * Tells whether two enterprises have an accepted meeting, after which each may see the other's contact and
 * needs. Implemented by the events module; the enterprise module asks every implementation present.
 */
public interface MeetingPartners {

    boolean haveAcceptedMeeting(long enterpriseId, long otherEnterpriseId);
}
