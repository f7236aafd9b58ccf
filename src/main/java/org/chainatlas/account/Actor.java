package org.chainatlas.account;

/**
 * Who is acting: a signed-in user with the role and scope that decide what the service layer lets them do.
 * Scope: an organiser or locality officer governs the region under its {@code regionCode} (a province code
 * covers the whole province, a city code the city); a locality officer may further be tied to one park;
 * an enterprise user acts for one enterprise.
 */
public record Actor(long userId, String username, Role role, String regionCode, Long parkId, Long enterpriseId)
        implements java.io.Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** The code prefix of the governed region: 2 digits for a province, 4 for a city, 6 for a county-level unit. */
    public String regionPrefix() {
        return prefixOf(regionCode);
    }

    public static String prefixOf(String code) {
        return org.chainatlas.region.RegionView.prefixOf(code);
    }

    /** An administrator, or an organiser / locality officer whose region contains the given region code. */
    public boolean governs(String code) {
        if (isAdmin()) {
            return true;
        }
        if ((role != Role.ORGANISER && role != Role.LOCALITY) || regionPrefix() == null || code == null) {
            return false;
        }
        return code.startsWith(regionPrefix());
    }

    /** An organiser (or administrator) whose region contains the given region code. */
    public boolean organises(String code) {
        return isAdmin() || (role == Role.ORGANISER && governs(code));
    }

    /** The user acts for this enterprise (its own staff). */
    public boolean actsFor(Long enterprise) {
        return role == Role.ENTERPRISE && enterpriseId != null && enterpriseId.equals(enterprise);
    }
}
