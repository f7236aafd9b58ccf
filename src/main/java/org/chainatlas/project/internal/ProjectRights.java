package org.chainatlas.project.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.platform.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Who sees and runs which projects: administrators all; organisers and locality officers the projects hosted in
 * their region; a chief service officer the projects assigned to them; an enterprise's staff its own projects.
 * Seeing is enough to raise a ticket (enterprises); moving stages, evidence and funds needs managing rights.
 */
@Component
class ProjectRights {

    /** A where-clause on table alias {@code p} and its arguments. */
    record Scope(String sql, List<Object> args) {
    }

    private final CurrentActor currentActor;

    ProjectRights(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    Actor require(String action, String resource) {
        return currentActor.require(action, resource);
    }

    java.util.Optional<Actor> actor() {
        return currentActor.get();
    }

    static boolean sees(Actor a, Project p) {
        return a.isAdmin() || a.governs(p.hostRegionCode()) || a.actsFor(p.enterpriseId())
                || (a.is(Role.SERVICE_OFFICER) && p.serviceOfficerId() != null && p.serviceOfficerId() == a.userId());
    }

    static boolean manages(Actor a, Project p) {
        return a.isAdmin() || a.governs(p.hostRegionCode())
                || (a.is(Role.SERVICE_OFFICER) && p.serviceOfficerId() != null && p.serviceOfficerId() == a.userId());
    }

    Actor requireSees(Project p, String action) {
        Actor a = require(action, "project " + p.id());
        if (!sees(a, p)) {
            throw new Forbidden(action, "project " + p.id());
        }
        return a;
    }

    Actor requireManages(Project p, String action) {
        Actor a = require(action, "project " + p.id());
        if (!manages(a, p)) {
            throw new Forbidden(action, "project " + p.id());
        }
        return a;
    }

    boolean manages(Project p) {
        return actor().map(a -> manages(a, p)).orElse(false);
    }

    /** The projects the actor may see, as SQL. */
    static Scope scope(Actor a) {
        List<Object> args = new ArrayList<>();
        if (a.isAdmin()) {
            return new Scope("1 = 1", args);
        }
        List<String> parts = new ArrayList<>();
        if ((a.is(Role.ORGANISER) || a.is(Role.LOCALITY)) && a.regionPrefix() != null) {
            parts.add("p.host_region_code like ?");
            args.add(a.regionPrefix() + "%");
        }
        if (a.is(Role.SERVICE_OFFICER)) {
            parts.add("p.service_officer_id = ?");
            args.add(a.userId());
        }
        if (a.is(Role.ENTERPRISE) && a.enterpriseId() != null) {
            parts.add("p.enterprise_id = ?");
            args.add(a.enterpriseId());
        }
        return new Scope(parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")", args);
    }
}
