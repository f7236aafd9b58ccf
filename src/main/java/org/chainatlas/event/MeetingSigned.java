package org.chainatlas.event;

import java.time.Instant;

/**
 * A meeting ended in a signing: both sides recorded SIGNED (the amount is the larger one given). The project
 * module turns it into a project. {@code enterpriseId} is the investing enterprise, {@code parkId} or
 * {@code regionCode} the host side. Between two enterprises there is no host side ({@code regionCode} null): a
 * partnership, counted on the event's dashboard, not an investment landing in a place, so no project is made.
 */

public record MeetingSigned(long meetingId, long eventId, String eventNameZh, String chainCode, Long enterpriseId,
        Long parkId, String regionCode, Long amountCny, String note, Instant at) {
}
