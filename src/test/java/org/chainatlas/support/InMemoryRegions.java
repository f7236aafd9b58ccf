package org.chainatlas.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;

/** A small region catalogue for unit tests. */
public class InMemoryRegions implements Regions {

    private final Map<String, RegionView> byCode = new LinkedHashMap<>();

    public static InMemoryRegions sichuanAndChongqing() {
        return new InMemoryRegions()
                .province("510000", "四川省", "Sichuan", 104.07, 30.67)
                .prefecture("510100", "成都市", "Chengdu", 104.07, 30.67)
                .prefecture("510700", "绵阳市", "Mianyang", 104.74, 31.46)
                .prefecture("511500", "宜宾市", "Yibin", 104.63, 28.76)
                .prefecture("512000", "资阳市", "Ziyang", 104.64, 30.12)
                .province("500000", "重庆市", "Chongqing", 106.50, 29.53);
    }

    public InMemoryRegions province(String code, String zh, String en, double lng, double lat) {
        byCode.put(code, new RegionView(code, zh, en, RegionLevel.PROVINCE, null, lng, lat, zh));
        return this;
    }

    public InMemoryRegions prefecture(String code, String zh, String en, double lng, double lat) {
        byCode.put(code, new RegionView(code, zh, en, RegionLevel.PREFECTURE, code.substring(0, 2) + "0000", lng, lat, zh));
        return this;
    }

    @Override
    public Optional<RegionView> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    @Override
    public List<RegionView> provinces() {
        return byCode.values().stream().filter(r -> r.level() == RegionLevel.PROVINCE)
                .sorted(Comparator.comparing(RegionView::code)).toList();
    }

    @Override
    public List<RegionView> children(String provinceCode) {
        return byCode.values().stream().filter(r -> provinceCode.equals(r.parentCode())).toList();
    }

    @Override
    public Collection<RegionView> all() {
        return byCode.values();
    }
}
