package org.chainatlas.event.internal;

import java.util.Optional;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.platform.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an event: its organisers (administrators, organisers whose region contains the host
 * city) run it; a participant is acted for by the user who registered it, the enterprise's own users, or the
 * officer of its park.
 */
@Component
class EventRights {

    private final CurrentActor currentActor;

    EventRights(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    Optional<Actor> actor() {
        return currentActor.get();
    }

    Actor require(String action, String resource) {
        return currentActor.require(action, resource);
    }

    boolean organises(MatchEvent event) {
        return actor().map(a -> a.organises(event.hostRegionCode())).orElse(false);
    }

    void requireOrganiser(MatchEvent event, String action) {
        Actor actor = require(action, "event " + event.id());
        if (!actor.organises(event.hostRegionCode())) {
            throw new Forbidden(action, "event " + event.id());
        }
    }

    static boolean actsFor(Actor actor, Participant p) {
        if (actor.isAdmin() || (p.userId() != null && p.userId() == actor.userId())) {
            return true;
        }
        if (p.enterpriseId() != null && actor.actsFor(p.enterpriseId())) {
            return true;
        }
        return p.parkId() != null && actor.is(Role.LOCALITY) && p.parkId().equals(actor.parkId());
    }

    boolean actsFor(Participant p) {
        return actor().map(a -> actsFor(a, p)).orElse(false);
    }

    void requireActsFor(Participant p, String action) {
        Actor actor = require(action, "participant " + p.id());
        if (!actsFor(actor, p)) {
            throw new Forbidden(action, "participant " + p.id());
        }
    }
}
