package org.chainatlas.enterprise;

import java.time.Instant;
import java.util.List;

import org.chainatlas.platform.web.Localized;

/**
 * An enterprise as shown to a viewer. {@code contact} is null unless the viewer may see it (the enterprise's
 * own users, organisers of its region, administrators, accepted meeting partners).
 */
public record EnterpriseView(long id, String nameZh, String nameEn, String uscc, String hqRegionCode,
        List<EnterpriseTag> tags, RevenueBand revenueBand, Integer employees, String descriptionZh, Contact contact,
        List<FacilityView> facilities, List<SegmentView> segments, boolean demo, Instant createdAt, Instant updatedAt) {

    public record Contact(String name, String phone, String email) {
    }

    public record FacilityView(long id, String nameZh, String regionCode, Double longitude, Double latitude) {
    }

    public record SegmentView(long nodeId, String chainCode, String nodeCode, String nodeNameZh, String nodeNameEn,
            String regionCode, SegmentRole role) {

        public String nodeName() {
            return Localized.pick(nodeNameZh, nodeNameEn);
        }
    }

    public String name() {
        return Localized.pick(nameZh, nameEn);
    }

    public boolean has(EnterpriseTag tag) {
        return tags.contains(tag);
    }
}
