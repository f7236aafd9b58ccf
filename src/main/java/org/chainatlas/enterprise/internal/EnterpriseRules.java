package org.chainatlas.enterprise.internal;

import java.util.List;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseForm.FacilityForm;
import org.chainatlas.enterprise.EnterpriseForm.SegmentForm;
import org.chainatlas.enterprise.NeedForm;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.platform.Validation;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.Regions;

/** What an enterprise or a need must satisfy; each problem is reported with its field path. */
final class EnterpriseRules {

    /** Below this an expansion investment is almost surely given in 万元 or 亿元 rather than CNY. */
    static final long MIN_EXPANSION_INVESTMENT_CNY = 100_000;

    private final Regions regions;
    private final Chains chains;

    EnterpriseRules(Regions regions, Chains chains) {
        this.regions = regions;
        this.chains = chains;
    }

    /** The rules for registering an enterprise: a USCC is required. */
    Validation check(EnterpriseForm form) {
        return check(form, true);
    }

    /**
     * The rules for a form; {@code requireUscc} false for an enterprise registered without one (listed companies and
     * enterprises from the seed articles, whose codes are not published): a USCC given must still be valid.
     */
    Validation check(EnterpriseForm form, boolean requireUscc) {
        Validation v = new Validation();
        v.line("nameZh", form.nameZh(), 200, true);
        v.line("nameEn", form.nameEn(), 200, false);
        if (form.uscc() == null || form.uscc().isBlank()) {
            if (requireUscc) {
                v.reject("uscc", "error.blank", "must not be blank");
            }
        } else {
            String text = form.uscc().strip().toUpperCase();
            String problem = Uscc.problem(text);
            if (problem != null) {
                String english = "'" + form.uscc() + "' is not a valid Unified Social Credit Code: " + problem;
                if (text.length() != 18) {
                    v.reject("uscc", "error.uscc.length", english, form.uscc(), text.length());
                } else if (problem.startsWith("contains")) {
                    v.reject("uscc", "error.uscc.characters", english, form.uscc());
                } else {
                    v.reject("uscc", "error.uscc.check", english, form.uscc(), String.valueOf(text.charAt(17)),
                            String.valueOf(Uscc.checkCharacter(text.substring(0, 17))));
                }
            }
        }
        region(v, "hqRegionCode", form.hqRegionCode(), true);
        v.range("employees", form.employees(), 0, 5_000_000, null);
        v.text("descriptionZh", form.descriptionZh(), 2000, false);
        v.line("contactName", form.contactName(), 64, false);
        v.phone("contactPhone", form.contactPhone());
        v.email("contactEmail", form.contactEmail());
        if (form.tags() != null && form.tags().stream().anyMatch(java.util.Objects::isNull)) { // List.of() refuses contains(null)
            v.reject("tags", "error.emptyTag", "contains an empty tag");
        }
        List<FacilityForm> facilities = form.facilitiesOrEmpty();
        if (facilities.size() > 50) {
            v.reject("facilities", "error.tooMany", "at most 50 facilities", 50);
        }
        for (int i = 0; i < facilities.size(); i++) {
            FacilityForm f = facilities.get(i);
            String path = "facilities[" + i + "]";
            if (f == null) {
                v.reject(path, "error.required", "must not be null");
                continue;
            }
            v.line(path + ".nameZh", f.nameZh(), 200, false);
            region(v, path + ".regionCode", f.regionCode(), true);
            v.coordinates(path, f.longitude(), f.latitude());
        }
        List<SegmentForm> segments = form.segmentsOrEmpty();
        if (segments.size() > 100) {
            v.reject("segments", "error.tooMany", "at most 100 segments", 100);
        }
        for (int i = 0; i < segments.size(); i++) {
            SegmentForm s = segments.get(i);
            String path = "segments[" + i + "]";
            if (s == null) {
                v.reject(path, "error.required", "must not be null");
                continue;
            }
            node(v, path + ".nodeId", s.nodeId());
            region(v, path + ".regionCode", s.regionCode(), false);
        }
        return v;
    }

    Validation check(NeedForm form) {
        Validation v = new Validation();
        v.required("kind", form.kind());
        node(v, "nodeId", form.nodeId());
        v.range("investmentCny", form.investmentCny(), 0, 1e13, "CNY");
        if (form.kind() == NeedKind.EXPANSION && form.investmentCny() != null && form.investmentCny() > 0
                && form.investmentCny() < MIN_EXPANSION_INVESTMENT_CNY) {
            v.reject("investmentCny", "error.amountTooSmall", form.investmentCny() + " CNY is too small for an expansion project: give the amount"
                    + " in CNY, not 万元 or 亿元 (e.g. 500000000 for 5亿元)", form.investmentCny());
        }
        v.range("landMu", form.landMu(), 0, 1_000_000, "mu");
        v.range("energyMwh", form.energyMwh(), 0, 1e8, "MWh per year");
        v.range("jobs", form.jobs(), 0, 1_000_000, null);
        v.range("volumeCny", form.volumeCny(), 0, 1e13, "CNY per year");
        v.text("descriptionZh", form.descriptionZh(), 2000, false);
        // a typing slip (1900-01-01, 2205-…) is no plan: the start lies within this century
        if (form.startBy() != null && (form.startBy().getYear() < 2000 || form.startBy().getYear() > 2099)) {
            v.reject("startBy", "error.dateOutside", form.startBy() + " is not between 2000-01-01 and 2099-12-31",
                    String.valueOf(form.startBy()), "2000-01-01", "2099-12-31");
        }
        List<String> provinces = form.preferredProvincesOrEmpty();
        for (int i = 0; i < provinces.size(); i++) {
            String code = provinces.get(i);
            if (regions.find(code).map(r -> r.level() != RegionLevel.PROVINCE).orElse(true)) {
                v.reject("preferredProvinces[" + i + "]", "error.notProvince", "'" + code + "' is not a province code", code);
            }
        }
        return v;
    }

    private void region(Validation v, String field, String code, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                v.reject(field, "error.required", "is required");
            }
        } else if (regions.find(code).isEmpty()) {
            v.reject(field, "error.unknownRegion", "unknown region code '" + code + "'", code);
        }
    }

    private void node(Validation v, String field, Long nodeId) {
        if (nodeId == null) {
            v.reject(field, "error.required", "is required");
        } else if (chains.node(nodeId).isEmpty()) {
            v.reject(field, "error.unknownSegment", "unknown segment id " + nodeId, nodeId);
        }
    }

    ChainNodeView nodeOf(long id) {
        return chains.requireNode(id);
    }
}
