package org.chainatlas.region.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Service;

/** The region catalogue kept in memory; refreshed from the database after each load. */
@Service
class RegionCatalogue implements Regions {

    private final StoredRegions stored;
    private volatile Map<String, RegionView> byCode = Map.of();

    RegionCatalogue(StoredRegions stored) {
        this.stored = stored;
    }

    void refresh() {
        byCode = stored.findAll().stream().map(Region::view)
                .collect(Collectors.toUnmodifiableMap(RegionView::code, Function.identity()));
    }

    private Map<String, RegionView> snapshot() {
        Map<String, RegionView> current = byCode;
        if (current.isEmpty()) {
            refresh();
            current = byCode;
        }
        return current;
    }

    @Override
    public Optional<RegionView> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().get(code));
    }

    @Override
    public List<RegionView> provinces() {
        return snapshot().values().stream().filter(r -> r.level() == RegionLevel.PROVINCE)
                .sorted(Comparator.comparing(RegionView::code)).toList();
    }

    @Override
    public List<RegionView> children(String provinceCode) {
        return snapshot().values().stream().filter(r -> provinceCode.equals(r.parentCode()))
                .sorted(Comparator.comparing(RegionView::code)).toList();
    }

    @Override
    public Collection<RegionView> all() {
        return snapshot().values();
    }
}
