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
        List<FacilityView> facilities, List<SegmentView> segments, boolean demo, Instant createdAt, Instant updatedAt,
        Listing listing, String sourceZh, double sizeWeight, long version) {

    public record Contact(String name, String phone, String email) {
    }

    /**
     * A plant or office. {@code source}: ENTERED on the platform, EXTRACTED from the company's introduction (the
     * sentence is the evidence), SEED from a seed article.
     */
    public record FacilityView(long id, String nameZh, String regionCode, Double longitude, Double latitude, String source,
            String evidence) {
    }

    /** A segment worked at a place; {@code confidence} below 1 when the classifier read it from the company's texts. */
    public record SegmentView(long nodeId, String chainCode, String nodeCode, String nodeNameZh, String nodeNameEn,
            String regionCode, SegmentRole role, double confidence, String evidence) {

        public String nodeName() {
            return Localized.pick(nodeNameZh, nodeNameEn);
        }
    }

    /**
     * A listed company's facts from the public files: stock code, exchange, industry class, status (L listed, D
     * delisted), main business and latest revenue with its year.
     */
    public record Listing(String stockCode, String exchange, String industryClassZh, String status, String mainBusinessZh,
            Double revenueCny, Integer revenueYear) {

        public boolean delisted() {
            return "D".equals(status);
        }
    }

    public String name() {
        return Localized.pick(nameZh, nameEn);
    }

    public boolean listed() {
        return listing != null;
    }

    public boolean has(EnterpriseTag tag) {
        return tags.contains(tag);
    }
}
