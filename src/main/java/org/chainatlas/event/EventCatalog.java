package org.chainatlas.event;

import java.util.Optional;

/** Events as other modules read them (e.g. the project pipeline for where a project was signed). */
public interface EventCatalog {

    Optional<Views.EventView> event(long id);

    /** An event's Chinese name, without reading its sessions, slots and tables (for lists and dashboards that name it). */
    Optional<String> nameZh(long id);

    /** An event's name in the reader's language (its English name where it has one), as cheaply as {@link #nameZh}. */
    Optional<String> name(long id);

    /** Every event, latest first. */
    java.util.List<Views.EventView> all();

    Optional<Views.MeetingView> meeting(long id);

    /** Every meeting both sides recorded as SIGNED, as signings (e.g. for loading demo projects). */
    java.util.List<MeetingSigned> signings();

    /**
     * Invites an enterprise to every session of an event; allowed to the event's organisers and to locality
     * officers inside its host region. Answers the participant (the existing one when already taking part).
     */
    long invite(long eventId, long enterpriseId);

    /** An enterprise's part in an event: the event, its first day, and where its registration stands. */
    record Taking(long eventId, String eventNameZh, String eventNameEn, java.time.LocalDate startsOn, RegistrationStatus status,
            boolean invited) {

        /** The event's name in the reader's language (its English title where it has one). */
        public String eventName() {
            return org.chainatlas.platform.web.Localized.pick(eventNameZh, eventNameEn);
        }
    }

    /** Every event the enterprise is registered for or invited to, latest first (a lead shows where its target is met). */
    java.util.List<Taking> takingPart(long enterpriseId);
}
