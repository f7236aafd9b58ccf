package org.chainatlas.project.internal;

import java.sql.Timestamp;
import java.util.List;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三级协调: the named people who answer for a locality's tickets above its chief service officers — level 2
 * 部门负责人, level 3 区（市）领导 — kept per region by the organisers of the province. A ticket goes to the
 * assignees of its host region at its level; where a city has named none, to those of its province, and where
 * nobody is named at all, to the locality officers (level 2) or organisers (level 3) of the place.
 */
@Service
public class Coordination {

    /** One named assignee: who, at which level, for which place, with their title. */
    public record Assignee(long id, String regionCode, int level, long userId, String name, String email, String titleZh) {
    }

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final Regions regions;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    Coordination(JdbcTemplate jdbc, Accounts accounts, CurrentActor currentActor, Regions regions, AuditTrail audit,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    private List<Assignee> query(String where, Object... args) {
        return jdbc.query("select a.id, a.region_code, a.level, a.user_id, coalesce(u.display_name, u.username), u.email, a.title_zh"
                + " from coordination_assignee a join app_user u on u.id = a.user_id where u.enabled = true and " + where
                + " order by a.region_code, a.level, a.id", (rs, i) -> new Assignee(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)), args);
    }

    /** Who answers at a level for a place: the most specific region with named assignees (city, then province). */
    List<Assignee> answering(String regionCode, int level) {
        if (regionCode == null) {
            return List.of();
        }
        List<Assignee> here = query("a.region_code = ? and a.level = ?", regionCode, level);
        if (!here.isEmpty() || regionCode.endsWith("0000")) {
            return here;
        }
        return query("a.region_code = ? and a.level = ?", regionCode.substring(0, 2) + "0000", level);
    }

    /** The region the coordination page opens on: the user's own (an administrator's: the first province). */
    public String home() {
        Actor actor = currentActor.require("see", "the coordination");
        return actor.regionCode() != null ? actor.regionCode() : regions.provinces().getFirst().code();
    }

    /** Everyone named under a region (its code prefix), for the page that keeps them. */
    @Transactional(readOnly = true)
    public List<Assignee> under(String regionCode) {
        requireOrganiser(regionCode, "see the coordination of");
        return query("a.region_code like ?", RegionView.prefixOf(regionCode) + "%");
    }

    /** The users an organiser may name for a place: enabled officers, localities and organisers covering it. */
    @Transactional(readOnly = true)
    public List<UserView> candidates(String regionCode) {
        requireOrganiser(regionCode, "name assignees for");
        List<UserView> all = new java.util.ArrayList<>();
        for (Role role : List.of(Role.LOCALITY, Role.SERVICE_OFFICER, Role.ORGANISER)) {
            all.addAll(accounts.staffFor(role, regionCode));
        }
        return all;
    }

    private Actor requireOrganiser(String regionCode, String action) {
        Actor actor = currentActor.require(action, "region " + regionCode);
        if (!actor.organises(regionCode)) {
            throw new Forbidden(action, "region " + regionCode);
        }
        return actor;
    }

    @Transactional
    public Assignee name(String regionCode, Integer level, Long userId, String titleZh) {
        Validation v = new Validation();
        v.required("regionCode", regionCode);
        v.required("level", level);
        v.required("userId", userId);
        v.line("titleZh", titleZh, 100, true);
        if (level != null && (level < 2 || level > 3)) {
            v.reject("level", "error.escalationLevel", "level 2 (部门负责人) or 3 (区/市领导); level 1 is each project's chief service officer");
        }
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            v.reject("regionCode", "error.unknownRegion", "no region " + regionCode, regionCode);
        }
        v.throwIfInvalid();
        Actor actor = requireOrganiser(regionCode, "name assignees for");
        UserView user = accounts.find(userId).orElseThrow(() -> new NotFound("user", userId));
        boolean covers = user.regionCode() != null && regionCode.startsWith(RegionView.prefixOf(user.regionCode()))
                && user.role() != Role.ENTERPRISE && user.role() != Role.ADMIN;
        if (!covers) {
            throw InvalidInput.coded("userId", "error.assigneeElsewhere", user.username() + " does not work for " + regionCode
                    + ": name an officer of the place", user.username(), regionCode);
        }
        try {
            jdbc.update("insert into coordination_assignee (region_code, level, user_id, title_zh, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)", regionCode, level, userId, titleZh.strip(), actor.username(),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new org.chainatlas.platform.Conflict("userId", user.username() + " is already named at level " + level
                    + " for " + regionCode, "error.assigneeTwice", user.username(), level, regionCode);
        }
        Assignee named = query("a.region_code = ? and a.level = ? and a.user_id = ?", regionCode, level, userId).getFirst();
        audit.record("coordination", named.id(), AuditAction.CREATE, null, java.util.Map.of("region", regionCode, "level", level,
                "user", user.username(), "title", titleZh.strip()));
        return named;
    }

    @Transactional
    public void remove(long id) {
        List<Assignee> found = query("a.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFound("assignee", id);
        }
        requireOrganiser(found.getFirst().regionCode(), "remove assignees of");
        jdbc.update("delete from coordination_assignee where id = ?", id);
        audit.record("coordination", id, AuditAction.DELETE, java.util.Map.of("user", found.getFirst().name(), "level",
                found.getFirst().level()), null);
    }
}
