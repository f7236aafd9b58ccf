package org.chainatlas.event;

import java.util.Optional;

/** Events as other modules read them (e.g. the project pipeline for where a project was signed). */
public interface EventCatalog {

    Optional<Views.EventView> event(long id);

    Optional<Views.MeetingView> meeting(long id);
}
