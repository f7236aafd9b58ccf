package org.chainatlas.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the events module shows: events, sessions, registrations, requests, meetings, runs, dashboards. */
public final class Views {

    /** A negotiation table as people say it, in the reader's language: A区 11号桌, or A区 table 11 (the area as named). */
    public static String tableLabel(String areaZh, int number) {
        String area = areaZh == null || areaZh.isBlank() ? "" : areaZh + " ";
        return org.chainatlas.platform.web.Localized.english() ? area + "table " + number : area + number + "号桌";
    }


    private Views() {
    }

    public record EventView(long id, String nameZh, String nameEn, String hostRegionCode, String venueZh, LocalDate startsOn,
            LocalDate endsOn, String themeZh, EventStatus status, int requestExpiryHours, int requestQuota, boolean demo,
            List<SessionView> sessions, long version, List<String> hostsZh, List<String> coHostsZh) {

        /** Its name in the reader's language (the English one where the organiser gave it). */
        public String name() {
            return org.chainatlas.platform.web.Localized.pick(nameZh, nameEn);
        }
    }

    public record SessionView(long id, long eventId, String chainCode, String titleZh, String titleEn, LocalDate day,
            LocalTime startsAt, LocalTime endsAt, int slotMinutes, String areaZh, List<SlotView> slots, int tables,
            SessionKind kind, List<BoothView> booths, int seatsPerTable) {

        /** Its title in the reader's language (the English one where the organiser gave it). */
        public String title() {
            return org.chainatlas.platform.web.Localized.pick(titleZh, titleEn);
        }

        public boolean hasTables() {
            return kind.hasTables();
        }
    }

    /** A table of a 专题对接 session kept for one host bureau or park (固定展位). */
    public record BoothView(long tableId, int tableNumber, String tableLabel, long participantId, String participantName) {
    }

    public record SlotView(long id, int position, Instant startsAt, Instant endsAt) {
    }

    public record ParticipantView(long id, long eventId, ParticipantKind kind, Long enterpriseId, Long parkId, String nameZh,
            String regionCode, RegistrationStatus status, String offersZh, String requestsZh, int delegates, boolean invited,
            List<Long> sessionIds, List<Long> unavailableSlotIds, Instant createdAt, String attendeesZh) {

        /** As others see it in the marketplace: without the names of its attendees and the slots it cannot attend. */
        public ParticipantView forOthers() {
            return new ParticipantView(id, eventId, kind, enterpriseId, parkId, nameZh, regionCode, status, offersZh, requestsZh,
                    delegates, invited, sessionIds, List.of(), createdAt, null);
        }
    }

    public record RequestView(long id, long eventId, long sessionId, long requesterId, String requesterName, long partnerId,
            String partnerName, String reasonZh, RequestStatus status, int priority, Instant createdAt, Instant expiresAt,
            Instant decidedAt) {
    }

    public record MeetingView(long id, long eventId, long sessionId, String sessionTitleZh, String sessionTitleEn, long participantA,
            String nameA, long participantB, String nameB, Long slotId, Instant startsAt, Instant endsAt, Long tableId, String tableLabel,
            boolean published, String checkinToken, Instant checkedInA, Instant checkedInB, Outcome outcomeA,
            Outcome outcomeB, String noteA, String noteB, Long signedAmountCny, int weight) {

        /** The session's title in the reader's language (its English title where it has one). */
        public String sessionTitle() {
            return org.chainatlas.platform.web.Localized.pick(sessionTitleZh, sessionTitleEn);
        }
    }

    public record RunView(long id, long eventId, String status, int seconds, Integer meetings, Integer scheduled,
            Integer upperBound, String bestScore, String message, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    public record SessionFigures(long sessionId, String titleZh, String titleEn, long participants, long requests, long accepted,
            long declined, long expired, long meetings, long scheduled, long held, long followUp, long intent, long signed) {

        /** The session's title in the reader's language. */
        public String title() {
            return org.chainatlas.platform.web.Localized.pick(titleZh, titleEn);
        }
    }

    public record Dashboard(long eventId, long registrations, long approved, long pending, long requests, long accepted,
            double acceptanceRate, long meetings, long scheduled, double scheduledShare, long held, double heldShare,
            long noInterest, long followUp, long intent, long signed, List<SessionFigures> sessions, long signedAmountCny,
            long partnerships, long partnershipAmountCny) {
    }

    /** A way to ask an enterprise for a meeting: a session of an open event where both sides take part. */
    public record RequestOption(long eventId, String eventNameZh, long fromId, String fromName, long toId, String toName,
            long sessionId, String sessionTitleZh) {
    }
}
