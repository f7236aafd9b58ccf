package org.chainatlas.event.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.UserView;
import org.chainatlas.event.Views;
import org.chainatlas.platform.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * E-mails after commit: the partner on a new request, the requester on acceptance, and every participant with a
 * seat when the organiser publishes the schedule (its meetings, times and tables). A participant's addresses are
 * those of the user who registered it and of its enterprise's users.
 * <p>
 * Each notice is a module listener of the event publication registry: written with the change that causes it, sent on
 * a thread of its own after the commit, and delivered again at the next start (or by an administrator) when the node
 * died before sending it or sending failed with an error; a notice may then arrive twice, never not at all.
 */
@Component
class EventNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Events events;
    private final Participants participants;
    private final Requests requests;
    private final Meetings meetings;
    private final EventViews views;
    private final Accounts accounts;
    private final Mailer mailer;
    private final String baseUrl;

    EventNotifications(Events events, Participants participants, Requests requests,
            Meetings meetings, EventViews views, Accounts accounts, Mailer mailer,
            @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl) {
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.views = views;
        this.accounts = accounts;
        this.mailer = mailer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void requested(MeetingBook.RequestMade made) {
        MeetingRequest r = requests.findById(made.requestId()).orElseThrow();
        Participant from = participants.findById(r.requesterId()).orElseThrow();
        Participant to = participants.findById(r.partnerId()).orElseThrow();
        String event = events.findById(r.eventId()).map(MatchEvent::nameZh).orElse("");
        send(to, "洽谈邀请：" + from.nameZh() + " / Meeting request",
                from.nameZh() + " 希望在 " + event + " 与贵单位洽谈。\n事由：" + r.reasonZh() + "\n请在 "
                        + TIME.format(r.expiresAt()) + " 前处理：" + baseUrl + "/events/" + r.eventId() + "/requests\n\n"
                        + from.nameZh() + " requests a meeting with you at " + event + ". Reason: " + r.reasonZh());
    }

    @ApplicationModuleListener
    void accepted(MeetingBook.RequestAccepted accepted) {
        MeetingRequest r = requests.findById(accepted.requestId()).orElseThrow();
        Participant from = participants.findById(r.requesterId()).orElseThrow();
        Participant to = participants.findById(r.partnerId()).orElseThrow();
        send(from, "洽谈已接受：" + to.nameZh() + " / Meeting accepted",
                to.nameZh() + " 已接受您的洽谈请求。时间和桌号将在日程发布后通知。\n我的日程：" + baseUrl + "/agenda\n\n"
                        + to.nameZh() + " accepted your meeting request; time and table follow when the schedule is published.");
    }

    @ApplicationModuleListener
    void published(Scheduling.SchedulePublished published) {
        MatchEvent event = events.findById(published.eventId()).orElseThrow();
        Map<Long, String> names = views.names(event.id());
        Map<Long, List<Views.MeetingView>> byParticipant = new HashMap<>();
        for (Meeting m : meetings.findByEventIdOrderByIdAsc(event.id())) {
            if (m.published() && m.slotId() != null) {
                Views.MeetingView view = views.meeting(m, names);
                byParticipant.computeIfAbsent(m.participantA(), k -> new ArrayList<>()).add(view);
                byParticipant.computeIfAbsent(m.participantB(), k -> new ArrayList<>()).add(view);
            }
        }
        for (Map.Entry<Long, List<Views.MeetingView>> e : byParticipant.entrySet()) {
            Participant p = participants.findById(e.getKey()).orElseThrow();
            StringBuilder body = new StringBuilder(event.nameZh()).append(" 洽谈日程已发布 / schedule published:\n\n");
            e.getValue().stream().sorted(java.util.Comparator.comparing(Views.MeetingView::startsAt)).forEach(m -> body
                    .append(TIME.format(m.startsAt())).append("  ").append(m.tableLabel()).append("  ")
                    .append(m.participantA() == p.id() ? m.nameB() : m.nameA()).append('\n'));
            body.append("\n我的日程（含签到二维码、日历导出）：").append(baseUrl).append("/agenda?event=").append(event.id());
            send(p, "洽谈日程：" + event.nameZh() + " / Your meeting schedule", body.toString());
        }
    }

    private void send(Participant p, String subject, String body) {
        Set<String> to = new LinkedHashSet<>();
        if (p.userId() != null) {
            accounts.find(p.userId()).map(UserView::email).ifPresent(to::add);
        }
        if (p.enterpriseId() != null) {
            accounts.usersOfEnterprise(p.enterpriseId()).stream().filter(UserView::enabled).map(UserView::email).forEach(to::add);
        }
        to.removeIf(address -> address == null || address.isBlank());
        to.forEach(address -> mailer.send(address, subject, body));
    }
}
