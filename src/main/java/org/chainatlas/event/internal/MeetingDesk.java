package org.chainatlas.event.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.chainatlas.account.Actor;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.event.AgendaItem;
import org.chainatlas.event.MeetingSigned;
import org.chainatlas.event.Outcome;
import org.chainatlas.event.Views;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.web.Localized;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The participants' side of meetings: agendas, iCalendar export, the QR code per meeting that opens its check-in
 * link, check-in on the day of the meeting, and outcomes. When both sides record SIGNED the meeting is published
 * as {@link MeetingSigned} (after commit) for the project pipeline.
 */
@Service
public class MeetingDesk {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Events events;
    private final Participants participants;
    private final Meetings meetings;
    private final Sessions sessions;
    private final EventRights rights;
    private final EventViews views;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final String baseUrl;

    /** The platform's clock: the day of check-in and whether a slot has begun are read from it, as every other rule of the event. */
    private final java.time.Clock clock;

    MeetingDesk(Events events, Participants participants, Meetings meetings,
            Sessions sessions, EventRights rights, EventViews views, AuditTrail audit,
            ApplicationEventPublisher publisher, @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl,
            java.time.Clock clock) {
        this.clock = clock;
        this.events = events;
        this.participants = participants;
        this.meetings = meetings;
        this.sessions = sessions;
        this.rights = rights;
        this.views = views;
        this.audit = audit;
        this.publisher = publisher;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The signed-in user's meetings in every event (or one), scheduled ones by time, then the unscheduled. */
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(Long eventId) {
        Actor actor = rights.require("see", "an agenda");
        List<Participant> mine = participantsOf(actor, eventId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Participant> byId = new HashMap<>();
        mine.forEach(p -> byId.put(p.id(), p));
        Map<Long, Map<Long, String>> namesByEvent = new HashMap<>();
        Map<Long, java.util.Optional<MatchEvent>> eventsById = new HashMap<>();
        List<AgendaItem> items = new ArrayList<>();
        Instant now = clock.instant();
        for (Meeting m : meetings.involving(byId.keySet())) {
            Participant me = byId.containsKey(m.participantA()) ? byId.get(m.participantA()) : byId.get(m.participantB());
            boolean sideA = me.id() == m.participantA();
            Participant partner = participants.findById(sideA ? m.participantB() : m.participantA()).orElseThrow();
            Map<Long, String> names = namesByEvent.computeIfAbsent(m.eventId(), views::names);
            java.util.Optional<MatchEvent> event = eventsById.computeIfAbsent(m.eventId(), events::findById);
            String eventName = event.map(MatchEvent::nameZh).orElse("");
            String eventNameEn = event.map(MatchEvent::nameEn).orElse(null);
            Views.MeetingView view = views.meeting(m, names);
            boolean checkedIn = (sideA ? m.checkedInA() : m.checkedInB()) != null;
            items.add(new AgendaItem(view, eventName, eventNameEn, me.id(), me.nameZh(), partner.id(), partner.nameZh(), partner.offersZh(),
                    partner.requestsZh(), checkedIn, sideA ? m.outcomeA() : m.outcomeB(), sideA ? m.outcomeB() : m.outcomeA(),
                    !checkedIn && onTheDay(view, now), held(m, view, now)));
        }
        items.sort(Comparator.comparing((AgendaItem i) -> i.meeting().startsAt() == null)
                .thenComparing(i -> i.meeting().startsAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(i -> i.meeting().id()));
        return items;
    }

    private List<Participant> participantsOf(Actor actor, Long eventId) {
        List<Participant> result = new ArrayList<>();
        List<Participant> candidates = new ArrayList<>();
        if (actor.enterpriseId() != null) {
            candidates.addAll(participants.findByEnterpriseId(actor.enterpriseId()));
        }
        if (eventId != null) {
            candidates.addAll(participants.findByEventIdAndUserId(eventId, actor.userId()));
            if (actor.parkId() != null) {
                participants.findByEventIdAndParkId(eventId, actor.parkId()).ifPresent(candidates::add);
            }
        } else {
            candidates.addAll(participants.findByUserId(actor.userId()));
            if (actor.parkId() != null) {
                candidates.addAll(participants.findByParkId(actor.parkId()));
            }
        }
        Map<Long, Participant> unique = new LinkedHashMap<>();
        for (Participant p : candidates) {
            if ((eventId == null || p.eventId() == eventId) && EventRights.actsFor(actor, p)) {
                unique.putIfAbsent(p.id(), p);
            }
        }
        result.addAll(unique.values());
        return result;
    }

    static boolean onTheDay(Views.MeetingView m, Instant now) {
        return m.startsAt() != null && LocalDate.ofInstant(m.startsAt(), CHINA).equals(LocalDate.ofInstant(now, CHINA));
    }

    /** Whether an outcome may be recorded ({@link Meeting#held}). */
    static boolean held(Meeting m, Views.MeetingView view, Instant now) {
        return m.held(view.startsAt(), view.endsAt(), now);
    }

    /**
     * The agenda as an iCalendar file (published meetings only: a calendar keeps what it got, and an unpublished seat may
     * still move), UTC times, one VEVENT per meeting.
     */
    @Transactional(readOnly = true)
    public String ical(Long eventId) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ChainAtlas//Agenda 1.0//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (AgendaItem item : agenda(eventId)) {
            Views.MeetingView m = item.meeting();
            if (m.startsAt() == null || !m.published()) {
                continue;
            }
            // the participant's own calendar, in the reader's language (an English reader's said 洽谈：… 签到：…)
            VEvent event = new VEvent(m.startsAt(), m.endsAt(), Localized.pick("洽谈：" + item.partnerName() + "（" + item.eventNameZh() + "）",
                    "Meeting: " + item.partnerName() + " (" + item.eventName() + ")"));
            event.add(new Uid("meeting-" + m.id() + "-" + item.participantId() + "@chainatlas"));
            event.add(new Location(m.sessionTitle() + " · " + (m.tableLabel() == null ? "" : m.tableLabel())));
            event.add(new Description(Localized.pick("对接：" + item.participantName() + " ↔ " + item.partnerName() + "\n签到：",
                    "Meeting: " + item.participantName() + " ↔ " + item.partnerName() + "\nCheck-in: ") + checkinUrl(m)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foldByOctets(out.toString());
    }

    /**
     * Folds each content line at 75 octets, as RFC 5545 (3.1) says: ical4j folds at 75 characters, and a line of Chinese
     * text ran to 140 bytes. Never splits a character; a continuation line starts with one space, which counts.
     */
    static String foldByOctets(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        String[] lines = unfolded.split("\r\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            if (l < lines.length - 1) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    String checkinUrl(Views.MeetingView m) {
        return baseUrl + "/checkin/" + m.checkinToken();
    }

    /** A PNG QR code of the meeting's check-in link, for its two sides and the organisers. */
    @Transactional(readOnly = true)
    public byte[] qrCode(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
        requireSideOrOrganiser(m, "see the check-in code of");
        return png(baseUrl + "/checkin/" + m.checkinToken(), 280);
    }

    static byte[] png(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    private void requireSideOrOrganiser(Meeting m, String action) {
        Actor actor = rights.require(action, "meeting " + m.id());
        MatchEvent event = events.findById(m.eventId()).orElseThrow();
        if (actor.organises(event.hostRegionCode())) {
            return;
        }
        Participant a = participants.findById(m.participantA()).orElseThrow();
        Participant b = participants.findById(m.participantB()).orElseThrow();
        if (!EventRights.actsFor(actor, a) && !EventRights.actsFor(actor, b)) {
            throw new Forbidden(action, "meeting " + m.id());
        }
    }

    /** What the check-in link shows before confirming: the meeting, and which side the viewer would check in. */
    @Transactional(readOnly = true)
    public Views.MeetingView byToken(String token) {
        Meeting m = meetings.findByCheckinToken(token).orElseThrow(() -> new NotFound("check-in code", token));
        requireSideOrOrganiser(m, "check in to");
        return views.meeting(m, views.names(m.eventId()));
    }

    /**
     * When the reader's own side of the meeting checked in, or null (not yet, or the reader acts for no single side):
     * the check-in page says so instead of offering the button again.
     */
    @Transactional(readOnly = true)
    public Instant checkedInAs(String token) {
        Meeting m = meetings.findByCheckinToken(token).orElseThrow(() -> new NotFound("check-in code", token));
        Actor actor = rights.require("check in to", "meeting " + m.id());
        boolean forA = EventRights.actsFor(actor, participants.findById(m.participantA()).orElseThrow());
        boolean forB = EventRights.actsFor(actor, participants.findById(m.participantB()).orElseThrow());
        if (forA == forB) {
            return null;
        }
        return forA ? m.checkedInA() : m.checkedInB();
    }

    /** Whether a meeting's day has passed (in China): check-in is over, not yet to open. */
    public static boolean checkinOver(Views.MeetingView meeting, Instant now) {
        return meeting.startsAt() != null
                && LocalDate.ofInstant(meeting.startsAt(), CHINA).isBefore(LocalDate.ofInstant(now, CHINA));
    }

    /** Whether a meeting takes check-ins now: its seat is published, and today (in China) is its day. */
    public static boolean checkinOpen(Views.MeetingView meeting, Instant now) {
        return meeting.published() && onTheDay(meeting, now);
    }

    /**
     * Checks the signed-in side in (its users scanned the table's code), on the day of the meeting only. Answers
     * the meeting; checking in twice is harmless.
     */
    @Transactional
    public Views.MeetingView checkIn(String token) {
        Meeting m = meetings.findByCheckinToken(token).orElseThrow(() -> new NotFound("check-in code", token));
        Actor actor = rights.require("check in to", "meeting " + m.id());
        Participant side = sideOf(actor, m, null, "check in to");
        if (m.slotId() == null) {
            throw new Conflict("meeting", "the meeting has no time and table yet; check in once it is scheduled", "error.notScheduledYet");
        }
        Instant now = clock.instant();
        Views.MeetingView view = views.meeting(m, views.names(m.eventId()));
        if (!onTheDay(view, now)) {
            throw new Conflict("meeting", "check-in opens on the day of the meeting ("
                    + LocalDate.ofInstant(view.startsAt(), CHINA) + ")", "error.checkinDay",
                    String.valueOf(LocalDate.ofInstant(view.startsAt(), CHINA)));
        }
        if (m.checkIn(side.id(), now)) {
            audit.record("meeting", m.id(), AuditAction.UPDATE, null, Map.of("checkedIn", side.nameZh()));
        }
        meetings.flush();
        return views.meeting(m, views.names(m.eventId()));
    }

    private Participant sideOf(Actor actor, Meeting m, Long participantId, String action) {
        Participant a = participants.findById(m.participantA()).orElseThrow();
        Participant b = participants.findById(m.participantB()).orElseThrow();
        if (participantId != null) {
            Participant chosen = participantId == a.id().longValue() ? a : participantId == b.id().longValue() ? b : null;
            if (chosen == null) {
                throw InvalidInput.coded("participantId", "error.notInMeeting", "participant " + participantId + " is not in meeting " + m.id(), participantId, m.id());
            }
            if (!EventRights.actsFor(actor, chosen)) {
                throw new Forbidden(action, "meeting " + m.id());
            }
            return chosen;
        }
        boolean forA = EventRights.actsFor(actor, a);
        boolean forB = EventRights.actsFor(actor, b);
        if (forA && forB && !actor.isAdmin()) {
            throw InvalidInput.coded("participantId", "error.bothSides", "you act for both sides: say which one");
        }
        if (forA) {
            return a;
        }
        if (forB) {
            return b;
        }
        throw new Forbidden(action, "meeting " + m.id());
    }

    /**
     * Records one side's outcome of a held meeting (a side checked in). A SIGNED outcome may carry the contracted
     * amount (CNY, not negative); when both sides have recorded SIGNED the signing goes to the project pipeline.
     */
    @Transactional
    public Views.MeetingView outcome(long meetingId, Long participantId, Outcome outcome, String note, Long amountCny) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
        Actor actor = rights.require("record the outcome of", "meeting " + meetingId);
        Participant side = sideOf(actor, m, participantId, "record the outcome of");
        Validation v = new Validation();
        v.required("outcome", outcome);
        v.text("note", note, 1000, false);
        // the same bounds as a project's contracted amount (up to 1e15 yuan = 1e11 万元): a sum of signings never overflows
        v.range("amountCny", amountCny, 0, 1e15, "CNY");
        if (amountCny != null && outcome != Outcome.SIGNED) {
            v.reject("amountCny", "error.amountOnlySigned", "an amount goes only with the outcome SIGNED");
        }
        v.throwIfInvalid();
        boolean wasSigned = m.outcomeA() == Outcome.SIGNED && m.outcomeB() == Outcome.SIGNED;
        Outcome before = side.id() == m.participantA() ? m.outcomeA() : m.outcomeB();
        Views.MeetingView seat = views.meeting(m, Map.of());
        boolean signed = m.outcome(side.id(), outcome, note == null || note.isBlank() ? null : note.strip(), amountCny,
                seat.startsAt(), seat.endsAt(), clock.instant());
        meetings.flush();
        audit.record("meeting", m.id(), AuditAction.UPDATE, before == null ? null : Map.of("outcome", before.name()),
                Map.of("side", side.nameZh(), "outcome", outcome.name()));
        if (signed && !wasSigned) {
            publisher.publishEvent(signing(m));
        }
        return views.meeting(m, views.names(m.eventId()));
    }

    /** Every meeting both sides recorded as SIGNED. */
    @Transactional(readOnly = true)
    public List<MeetingSigned> signings() {
        return meetings.findAll().stream().filter(m -> m.outcomeA() == Outcome.SIGNED && m.outcomeB() == Outcome.SIGNED)
                .sorted(Comparator.comparing(Meeting::id)).map(this::signing).toList();
    }

    private MeetingSigned signing(Meeting m) {
        MatchEvent event = events.findById(m.eventId()).orElseThrow();
        Participant a = participants.findById(m.participantA()).orElseThrow();
        Participant b = participants.findById(m.participantB()).orElseThrow();
        Participant enterprise = a.enterpriseId() != null ? a : b;
        Participant host = enterprise == a ? b : a;
        String chain = sessions.findById(m.sessionId()).map(EventSession::chainCode).orElse(null);
        String note = java.util.stream.Stream.of(m.noteA(), m.noteB()).filter(n -> n != null && !n.isBlank())
                .reduce((x, y) -> x + "；" + y).orElse(null);
        Instant start = views.meeting(m, Map.of()).startsAt();
        Instant at = start != null && start.isBefore(clock.instant()) ? start : clock.instant();
        if (host.enterpriseId() != null) {
            // two enterprises: a partnership between them, with no host place to book an investment to (was the other
            // enterprise's seat: 江淮汽车 → 上海 at a Chengdu event)
            return new MeetingSigned(m.id(), event.id(), event.nameZh(), chain, enterprise.enterpriseId(), null, null,
                    m.signedAmountCny(), note, at);
        }
        return new MeetingSigned(m.id(), event.id(), event.nameZh(), chain, enterprise.enterpriseId(), host.parkId(),
                host.regionCode() != null ? host.regionCode() : event.hostRegionCode(), m.signedAmountCny(), note, at);
    }
}
