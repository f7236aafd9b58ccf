package org.chainatlas.park.internal;

import java.util.List;

import org.chainatlas.chain.Chains;
import org.chainatlas.park.OpportunityForm;
import org.chainatlas.park.ParkForm;
import org.chainatlas.platform.Validation;
import org.chainatlas.region.Regions;

/**
 * What a park or an opportunity must satisfy. Factor costs are checked against plausible ranges in their
 * customary units, so a price given in the wrong unit (land in 万元 per mu, electricity in 分 per kWh, wage
 * in thousands) is refused with a message that says which unit is expected.
 */
final class ParkRules {

    private final Regions regions;
    private final Chains chains;
    private final org.chainatlas.region.Places places;

    ParkRules(Regions regions, Chains chains, org.chainatlas.region.Places places) {
        this.regions = regions;
        this.chains = chains;
        this.places = places;
    }

    Validation check(ParkForm form) {
        Validation v = new Validation();
        v.line("nameZh", form.nameZh(), 200, true);
        v.line("nameEn", form.nameEn(), 200, false);
        v.required("kind", form.kind());
        if (form.regionCode() == null || form.regionCode().isBlank()) {
            v.reject("regionCode", "error.required", "is required");
        } else if (regions.find(form.regionCode()).isEmpty()) {
            v.reject("regionCode", "error.unknownRegion", "unknown region code '" + form.regionCode() + "'", form.regionCode());
        }
        v.coordinates("", form.longitude(), form.latitude());
        outsideItsProvince(v, form);
        v.range("plannedLandMu", form.plannedLandMu(), 0, 10_000_000, "mu");
        v.range("availableLandMu", form.availableLandMu(), 0, 10_000_000, "mu");
        if (form.plannedLandMu() != null && form.availableLandMu() != null && form.availableLandMu() >= 0
                && form.availableLandMu() > form.plannedLandMu()) {
            v.reject("availableLandMu", "error.landExceeds", "available land (" + form.availableLandMu() + " mu) exceeds planned land ("
                    + form.plannedLandMu() + " mu)", form.availableLandMu(), form.plannedLandMu());
        }
        price(v, "landPriceCnyPerMu", form.landPriceCnyPerMu(), 10_000, 5_000_000, "CNY per mu",
                "looks like 万元 per mu: give CNY per mu (e.g. 150000 for 15万元/亩)", 1_000);
        price(v, "electricityCnyPerKwh", form.electricityCnyPerKwh(), 0.1, 3.0, "CNY per kWh",
                "looks like 分 per kWh or CNY per MWh: give CNY per kWh (e.g. 0.55)", 10);
        price(v, "waterCnyPerT", form.waterCnyPerT(), 0.5, 50, "CNY per tonne",
                "looks like 分 per tonne: give CNY per tonne (e.g. 4.2)", 100);
        price(v, "gasCnyPerM3", form.gasCnyPerM3(), 0.5, 20, "CNY per m³",
                "looks like 分 per m³: give CNY per m³ (e.g. 3.1)", 100);
        price(v, "wageCnyPerMonth", form.wageCnyPerMonth(), 1_000, 100_000, "CNY per month",
                "looks like thousands of CNY (千元) or a yearly wage: give the monthly wage in CNY (e.g. 6500)", 100);
        v.text("policiesZh", form.policiesZh(), 4000, false);
        v.text("coBuiltNote", form.coBuiltNote(), 500, false);
        v.line("contactName", form.contactName(), 64, false);
        v.phone("contactPhone", form.contactPhone());
        v.email("contactEmail", form.contactEmail());
        List<String> codes = form.chainCodesOrEmpty();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || chains.find(codes.get(i)).isEmpty()) {
                v.reject("chainCodes[" + i + "]", "error.unknownChain", "unknown chain '" + codes.get(i) + "'", String.valueOf(codes.get(i)));
            }
        }
        List<Long> nodes = form.nodeIdsOrEmpty();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null || chains.node(nodes.get(i)).isEmpty()) {
                v.reject("nodeIds[" + i + "]", "error.unknownSegment", "unknown segment id " + nodes.get(i), String.valueOf(nodes.get(i)));
            }
        }
        return v;
    }

    /**
     * A point given for a park must lie in the park's province (census boundaries): a park of 宜宾 placed at Beijing's
     * coordinates was stored and drawn there. Within the province the boundaries are too coarse near city borders to refuse
     * on; a point outside every boundary (the sea, a gap between polygons) is let be.
     */
    private void outsideItsProvince(Validation v, ParkForm form) {
        if (form.longitude() == null || form.latitude() == null || !Double.isFinite(form.longitude()) || !Double.isFinite(form.latitude())
                || form.regionCode() == null || v.errors().stream().anyMatch(e -> e.field().equals("longitude")
                        || e.field().equals("latitude") || e.field().equals("regionCode"))) {
            return;
        }
        var region = regions.find(form.regionCode()).orElse(null);
        var located = places.locate(new org.chainatlas.region.GeoPoint(form.longitude(), form.latitude())).flatMap(regions::find)
                .orElse(null);
        if (region == null || located == null || located.provinceCode().equals(region.provinceCode())) {
            return;
        }
        String province = regions.find(region.provinceCode()).map(r -> r.name()).orElse(region.provinceCode());
        v.reject("longitude", "error.pointOutsideProvince", "the point (" + form.longitude() + ", " + form.latitude() + ") lies in "
                + located.name() + ", not in " + province + ": check the longitude and latitude (or the region)",
                String.valueOf(form.longitude()), String.valueOf(form.latitude()), located.name(), province);
    }

    Validation check(OpportunityForm form) {
        Validation v = new Validation();
        v.required("parkId", form.parkId());
        v.line("titleZh", form.titleZh(), 200, true);
        v.line("titleEn", form.titleEn(), 200, false);
        if (form.nodeId() == null) {
            v.reject("nodeId", "error.required", "is required");
        } else if (chains.node(form.nodeId()).isEmpty()) {
            v.reject("nodeId", "error.unknownSegment", "unknown segment id " + form.nodeId(), form.nodeId());
        }
        v.range("investmentSoughtCny", form.investmentSoughtCny(), 0, 1e13, "CNY");
        if (form.investmentSoughtCny() != null && form.investmentSoughtCny() > 0 && form.investmentSoughtCny() < 100_000) {
            v.reject("investmentSoughtCny", "error.amountTooSmall", form.investmentSoughtCny() + " CNY is too small for a key project: give the"
                    + " amount in CNY, not 万元 or 亿元 (e.g. 2000000000 for 20亿元)", form.investmentSoughtCny());
        }
        v.range("landMu", form.landMu(), 0, 1_000_000, "mu");
        v.text("descriptionZh", form.descriptionZh(), 4000, false);
        return v;
    }

    /** A price inside its plausible range; a value below {@code unitHintBelow} gets the unit hint. */
    private static void price(Validation v, String field, Number value, double min, double max, String unit,
            String unitHint, double unitHintAbove) {
        if (value == null) {
            return;
        }
        double d = value.doubleValue();
        if (d < 0) {
            v.reject(field, "error.negative", "must not be negative (got " + value + ")", String.valueOf(value));
        } else if (d < min || d > max) {
            boolean hint = field.equals("landPriceCnyPerMu") || field.equals("wageCnyPerMonth") ? d < unitHintAbove
                    : d > unitHintAbove;
            v.reject(field, hint ? "error.implausibleUnit." + field : "error.implausible", value + " is outside the plausible range "
                    + fmt(min) + "–" + fmt(max) + " " + unit + (hint ? ": " + unitHint : ""), String.valueOf(value), fmt(min), fmt(max),
                    new org.chainatlas.platform.ErrorTexts.Unit(unit));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
