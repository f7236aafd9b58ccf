package org.chainatlas.project.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Projects. */
interface Projects extends JpaRepository<Project, Long> {

    List<Project> findByEnterpriseIdAndIdNot(long enterpriseId, long id);

    List<Project> findByEnterpriseIdAndHostRegionCodeAndNameZh(long enterpriseId, String hostRegionCode, String nameZh);

    Optional<Project> findByMeetingId(long meetingId);

    List<Project> findByEventIdOrderBySignedOnAscIdAsc(long eventId);
}
