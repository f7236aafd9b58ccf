package org.chainatlas.park;

import java.time.Instant;
import java.util.List;

import org.chainatlas.platform.web.Localized;

/**
 * A park as shown. {@code stale}: not verified by its locality for 180 days (or never). {@code demo}: its
 * land, costs and leading chains were generated for the demo, not reported. {@code contact} is null unless
 * the viewer is signed in.
 */
public record ParkView(long id, String nameZh, String nameEn, ParkKind kind, String regionCode, double longitude,
        double latitude, boolean approximateLocation, Double plannedLandMu, Double availableLandMu,
        Integer landPriceCnyPerMu, Double electricityCnyPerKwh, Double waterCnyPerT, Double gasCnyPerM3,
        Integer wageCnyPerMonth, String policiesZh, Long coBuiltWithId, String coBuiltWithName, String coBuiltNote,
        Contact contact, String devZoneName, List<String> chainCodes, List<Long> nodeIds, boolean demo,
        Instant lastVerifiedAt, boolean stale, Instant createdAt, Instant updatedAt, String locationPrecision,
        String locationNote, String locationNoteEn, Catalogue catalogue, List<Industry> industries, long version) {

    /** The location check's note in the reader's language (the Chinese one where no English one is stored). */
    public String locationNoteShown() {
        return Localized.pick(locationNote, locationNoteEn);
    }

    public record Contact(String name, String phone, String email) {
    }

    /**
     * The zone's entry in the 2018 catalogue, as found: code, level (NATIONAL / PROVINCIAL), type, approval date,
     * approved area (ha), leading industries, and the geocoder's point and precision before the location check.
     */
    public record Catalogue(String code, String level, String typeZh, String approvedOn, Double approvedAreaHa,
            String leadingIndustriesZh, Double geocodeLongitude, Double geocodeLatitude, String geocodePrecision,
            String sourceZh) {

        public boolean national() {
            return "NATIONAL".equals(level);
        }

        /** The catalogue, as each zone's source says it. */
        public static final String SOURCE_ZH = "中国开发区审核公告目录（2018年版），国家发展改革委等 2018年第4号公告";
        public static final String SOURCE_EN = "China Development Zone Catalogue (2018 edition), NDRC et al. announcement No. 4 of 2018";

        /** The catalogue's name in the reader's language (stored in Chinese with each zone). */
        public String sourceShown() {
            return SOURCE_ZH.equals(sourceZh) ? Localized.pick(SOURCE_ZH, SOURCE_EN) : sourceZh;
        }
    }

    /** What one leading-industry phrase of the park says about a chain (nodeId null) or segment, and how surely. */
    public record Industry(String phrase, String chainCode, Long nodeId, double confidence) {
    }

    public boolean fromCatalogue() {
        return catalogue != null;
    }

    public String name() {
        return Localized.pick(nameZh, nameEn);
    }
}
