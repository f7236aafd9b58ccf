package org.chainatlas.region.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chainatlas.region.Places.PlaceMention;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;

/**
 * Resolves Chinese place names to regions. Every province, prefecture and county is known by its full name and
 * its stem (the name without 省, 市, 县, 区, 旗, 地区, 盟, 自治州 and the names of the peoples before it), e.g.
 * 宜宾市/宜宾, 昌吉回族自治州/昌吉/昌吉州, 溧阳市/溧阳. Stems shorter than two characters are not used.
 */
final class PlaceNames {

    private static final List<String> PEOPLES = List.of("朝鲜族", "土家族", "苗族", "黎族", "藏族", "羌族", "彝族", "布依族",
            "侗族", "哈尼族", "壮族", "傣族", "白族", "景颇族", "傈僳族", "回族", "蒙古族", "蒙古", "柯尔克孜", "哈萨克", "维吾尔",
            "满族", "畲族", "瑶族", "仡佬族", "水族", "毛南族", "仫佬族", "土族", "撒拉族", "东乡族", "保安族", "裕固族", "纳西族",
            "拉祜族", "佤族", "普米族", "怒族", "独龙族", "基诺族", "锡伯", "达斡尔族", "鄂温克族", "鄂伦春", "塔吉克", "各族", "哈萨克族");
    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "县", "区", "旗", "盟");

    private final Map<String, List<RegionView>> provinces = new HashMap<>();
    private final Map<String, List<RegionView>> prefectures = new HashMap<>();
    /** County name or stem → the prefecture-level regions holding counties of that name. */
    private final Map<String, List<RegionView>> counties = new HashMap<>();
    private final Map<String, List<RegionView>> countyStems = new HashMap<>();
    /** Aliases recognised only as a whole name (和丰), never inside a longer text. */
    private final Map<String, List<RegionView>> wholeNameAliases = new HashMap<>();
    /** English names of provinces and prefectures, lower case (from the region file). */
    private final Map<String, List<RegionView>> english = new HashMap<>();
    private int longest;

    PlaceNames(Collection<RegionView> regions, List<CountyFile.County> countyRows, List<AliasFile.Alias> aliases) {
        Map<String, RegionView> byCode = new HashMap<>();
        for (RegionView r : regions) {
            byCode.put(r.code(), r);
            Map<String, List<RegionView>> target = r.level() == RegionLevel.PROVINCE ? provinces : prefectures;
            for (String key : keys(r.nameZh())) {
                add(target, key, r);
            }
            if (r.nameEn() != null && !r.nameEn().isBlank()) {
                english.computeIfAbsent(r.nameEn().strip().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(r);
            }
        }
        // Short names of provinces that the stem rule does not give (内蒙古 from 内蒙古自治区 is given).
        for (RegionView r : regions) {
            if (r.code().equals("150000")) {
                add(provinces, "内蒙", r);
            }
        }
        for (CountyFile.County c : countyRows) {
            RegionView parent = byCode.get(c.parentCode());
            if (parent == null) {
                continue;
            }
            add(counties, c.nameZh(), parent);
            String stem = stem(c.nameZh());
            if (stem.length() >= 2 && !stem.equals(c.nameZh())) {
                add(countyStems, stem, parent);
            }
        }
        // an alias names its region like a prefecture's name (第七师 for 胡杨河市) or only as a whole name
        for (AliasFile.Alias a : aliases) {
            RegionView region = byCode.get(a.regionCode());
            if (region != null) {
                add(a.scope() == AliasFile.Scope.TEXT ? prefectures : wholeNameAliases, a.aliasZh(), region);
            }
        }
    }

    private void add(Map<String, List<RegionView>> map, String key, RegionView region) {
        List<RegionView> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(region)) {
            list.add(region);
        }
        longest = Math.max(longest, key.length());
    }

    /** The full name, its stem (two characters or more) and, for 自治州, the stem with 州. */
    static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(name);
        String stem = stem(name);
        if (stem.length() >= 2) {
            keys.add(stem);
            if (name.endsWith("自治州")) {
                keys.add(stem + "州");
            }
        }
        return keys;
    }

    static String stem(String name) {
        String s = name;
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String people : PEOPLES) {
                if (s.endsWith(people) && s.length() - people.length() >= 2) {
                    s = s.substring(0, s.length() - people.length());
                    stripped = true;
                }
            }
        }
        return s;
    }

    Optional<RegionView> province(String name) {
        List<RegionView> found = provinces.get(clean(name));
        return found == null || found.size() != 1 ? Optional.empty() : Optional.of(found.getFirst());
    }

    Optional<RegionView> named(String rawName) {
        Optional<RegionView> whole = whole(clean(rawName), null);
        return whole.isPresent() || rawName == null ? whole
                : unique(english.get(clean(rawName).toLowerCase(java.util.Locale.ROOT)), null);
    }

    /** A province or a prefecture of the hint named by the whole (cleaned) name. */
    private Optional<RegionView> whole(String name, String provinceHint) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<RegionView> province = province(name);
        // a prefecture's full name next: 吉林市 starts with the province name 吉林 but is the city
        return province.isPresent() ? province : unique(prefectures.get(name), provinceHint);
    }

    Optional<RegionView> resolve(String rawName, String provinceHint) {
        String name = clean(rawName);
        Optional<RegionView> whole = whole(name, provinceHint);
        if (whole.isPresent() || name.isEmpty()) {
            return whole;
        }
        String hint = provinceHint;
        for (int len = Math.min(name.length() - 2, 8); len >= 2; len--) {
            Optional<RegionView> prefix = province(name.substring(0, len));
            if (prefix.isPresent()) {
                hint = prefix.get().code();
                name = name.substring(len);
                break;
            }
        }
        Optional<RegionView> found = unique(prefectures.get(name), hint);
        if (found.isPresent()) {
            return found;
        }
        found = unique(counties.get(name), hint);
        if (found.isPresent()) {
            return found;
        }
        found = unique(countyStems.get(name), hint);
        return found.isPresent() ? found : unique(wholeNameAliases.get(name), hint);
    }

    /**
     * Place names in a text, longest first at each position: provinces, prefectures (full or stem), counties by
     * full name; county stems only inside the hinted province (where they are unambiguous enough to trust).
     */
    List<PlaceMention> mentions(String text, String provinceHint) {
        List<PlaceMention> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String hint = provinceHint;
        int i = 0;
        while (i < text.length()) {
            PlaceMention match = null;
            for (int len = Math.min(longest, text.length() - i); len >= 2 && match == null; len--) {
                String key = text.substring(i, i + len);
                Optional<RegionView> region = province(key);
                if (region.isEmpty()) {
                    region = unique(prefectures.get(key), hint);
                }
                if (region.isEmpty()) {
                    region = unique(counties.get(key), hint);
                }
                if (region.isEmpty() && hint != null) {
                    List<RegionView> stems = countyStems.get(key);
                    String prefix = hint.substring(0, 2);
                    if (stems != null) {
                        region = unique(stems.stream().filter(r -> r.code().startsWith(prefix)).toList(), hint);
                    }
                }
                if (region.isPresent()) {
                    match = new PlaceMention(i, key, region.get());
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(match);
                if (match.region().level() == RegionLevel.PROVINCE) {
                    hint = match.region().code();
                }
                i += match.written().length();
            }
        }
        return found;
    }

    /**
     * A prefecture of the hinted province whose two-character stem differs from the text's first two characters in
     * exactly one of them, when only one does (a typo such as 湽博 for 淄博); for flagged repairs only.
     */
    Optional<RegionView> similar(String text, String provinceHint) {
        if (text == null || text.length() < 2 || provinceHint == null) {
            return Optional.empty();
        }
        String head = text.substring(0, 2);
        Set<RegionView> found = new LinkedHashSet<>();
        prefectures.forEach((key, list) -> {
            if (key.length() == 2 && (key.charAt(0) == head.charAt(0)) != (key.charAt(1) == head.charAt(1))) {
                list.stream().filter(r -> r.code().startsWith(provinceHint.substring(0, 2))).forEach(found::add);
            }
        });
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static Optional<RegionView> unique(List<RegionView> candidates, String provinceHint) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        List<RegionView> within = provinceHint == null ? candidates
                : candidates.stream().filter(r -> r.code().startsWith(provinceHint.substring(0, 2))).toList();
        return within.size() == 1 ? Optional.of(within.getFirst()) : Optional.empty();
    }

    private static String clean(String name) {
        return name == null ? "" : name.replaceAll("[（(].*?[)）]", "").replaceAll("\\s", "").strip();
    }
}
