package org.chainatlas.event.internal;

import org.chainatlas.enterprise.MeetingPartners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Two enterprises are meeting partners once a meeting between them was accepted, in any event. */
@Component
class AcceptedMeetingPartners implements MeetingPartners {

    private final JdbcTemplate jdbc;

    AcceptedMeetingPartners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean haveAcceptedMeeting(long enterpriseId, long otherEnterpriseId) {
        Integer count = jdbc.queryForObject("""
                select count(*) from meeting m
                join participant a on a.id = m.participant_a
                join participant b on b.id = m.participant_b
                where (a.enterprise_id = ? and b.enterprise_id = ?) or (a.enterprise_id = ? and b.enterprise_id = ?)""",
                Integer.class, enterpriseId, otherEnterpriseId, otherEnterpriseId, enterpriseId);
        return count != null && count > 0;
    }
}
