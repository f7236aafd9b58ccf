package org.chainatlas.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Finds a region as clerks write it: its six-digit code (511500), its name (宜宾市), its name without the
 * suffix (宜宾), or province and city together (四川省宜宾市). A name that several places share asks for the code.
 */
@Component
class RegionLookup {

    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "地区", "省", "市", "盟", "县", "区");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\d{6}");

    private final Regions regions;

    RegionLookup(Regions regions) {
        this.regions = regions;
    }

    /** The region's code, or null with an error on the cell when there is none or several. */
    String code(Cells cells, String header) {
        String v = cells.text(header);
        if (v == null) {
            return null;
        }
        String value = SPACES.matcher(v).replaceAll("");
        if (SIX_DIGITS.matcher(value).matches()) {
            if (regions.find(value).isEmpty()) {
                cells.error(header, "import.noRegionCode", "no region has the code " + value, value);
                return null;
            }
            return value;
        }
        List<RegionView> found = find(value);
        if (found.size() == 1) {
            return found.getFirst().code();
        }
        if (found.isEmpty()) {
            cells.error(header, "import.unknownRegion", "unknown region '" + v + "' (use its code, e.g. 511500, or its name, e.g. 宜宾市)", v);
        } else {
            String places = String.join("、", found.stream().map(r -> r.nameZh() + " " + r.code()).toList());
            cells.error(header, "import.ambiguousRegion", "'" + v + "' names " + found.size() + " places (" + places + "): use the code",
                    v, found.size(), places);
        }
        return null;
    }

    List<RegionView> find(String value) {
        List<RegionView> exact = new ArrayList<>();
        List<RegionView> loose = new ArrayList<>();
        String bare = bare(value);
        for (RegionView r : regions.all()) {
            String province = r.level() == org.chainatlas.region.RegionLevel.PROVINCE ? ""
                    : regions.find(r.provinceCode()).map(RegionView::nameZh).orElse("");
            if (r.nameZh().equals(value) || (province + r.nameZh()).equals(value)) {
                exact.add(r);
            } else if (!bare.isEmpty() && (bare(r.nameZh()).equals(bare) || (bare(province) + bare(r.nameZh())).equals(bare))) {
                loose.add(r);
            }
        }
        return exact.isEmpty() ? loose : exact;
    }

    static String bare(String name) {
        String result = name;
        for (String suffix : SUFFIXES) {
            if (result.endsWith(suffix) && result.length() > suffix.length() + 1) {
                return result.substring(0, result.length() - suffix.length());
            }
        }
        return result;
    }
}
