package org.chainatlas.event;

import java.util.List;

/**
 * A registration as entered: for an enterprise (its id) or a park (its id), or a department / association by
 * name and region; what it offers and seeks (the marketplace), delegates, sessions, and slots it cannot attend;
 * who attends (names and positions, e.g. 张三 副总经理；李四 投资总监).
 */
public record RegistrationForm(ParticipantKind kind, Long enterpriseId, Long parkId, String nameZh, String regionCode,
        String offersZh, String requestsZh, Integer delegates, List<Long> sessionIds, List<Long> unavailableSlotIds,
        String attendeesZh) {

    public List<Long> sessionIdsOrEmpty() {
        return sessionIds == null ? List.of() : sessionIds;
    }

    public List<Long> unavailableSlotIdsOrEmpty() {
        return unavailableSlotIds == null ? List.of() : unavailableSlotIds;
    }
}
