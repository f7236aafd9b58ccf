package org.chainatlas.event;

/**
 * What a session of an event is, as the seeds' programmes list them: the opening plenary (开幕式/主会场), a thematic
 * matchmaking session with negotiation tables (专题对接), the release of opportunity lists (清单发布) and the signing
 * ceremony (签约仪式). Only a matchmaking session has slots and tables, takes meeting requests and is scheduled.
 */
public enum SessionKind {
    PLENARY, MATCHMAKING, LIST_RELEASE, SIGNING;

    public boolean hasTables() {
        return this == MATCHMAKING;
    }
}
