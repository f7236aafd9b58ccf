/**
 * Matchmaking events (对接活动): thematic sessions per chain with time slots and negotiation tables,
 * registration of enterprises, parks, departments and associations with what they offer and seek, 1:1 meeting
 * requests, an optimised schedule of meetings (Timefold), agendas with iCalendar and QR check-in, outcomes and
 * signings, and the event dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.chainatlas.event;
