package org.chainatlas.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chainatlas.matching.FactorScore;
import org.chainatlas.matching.GapAnalysis;
import org.chainatlas.matching.GapKind;
import org.chainatlas.matching.SegmentGap;
import org.chainatlas.matching.TargetEnterprise;
import org.chainatlas.platform.export.Workbooks;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Component;

/** A gap analysis as a workbook: the segments sheet, then the target enterprises of every gap. */
@Component
class GapExport {

    private final Regions regions;

    GapExport(Regions regions) {
        this.regions = regions;
    }

    byte[] workbook(GapAnalysis analysis) {
        List<List<Object>> segments = new ArrayList<>();
        List<List<Object>> targets = new ArrayList<>();
        for (SegmentGap s : analysis.segments()) {
            segments.add(List.of(s.nodeNameZh(), label(s.gap()), s.local(), s.comparableMedian()));
            for (TargetEnterprise t : analysis.targets().getOrDefault(s.nodeId(), List.of())) {
                targets.add(List.of(s.nodeNameZh(), label(s.gap()), t.nameZh(),
                        regions.find(t.regionCode()).map(r -> r.nameZh()).orElse(t.regionCode()), t.distanceKm(), t.score(),
                        t.factors().stream().map(f -> f.detail() + "（" + f.contribution() + "）").collect(Collectors.joining("；"))));
            }
        }
        return Workbooks.xlsx(List.of(
                new Workbooks.SheetData("环节", List.of("环节", "缺口", "本地企业", "可比地区中位数"), segments),
                new Workbooks.SheetData("目标企业", List.of("环节", "缺口", "企业", "所在地", "距离(km)", "得分", "依据"), targets)));
    }

    static String label(GapKind gap) {
        return switch (gap) {
            case MISSING -> "补链（缺失）";
            case WEAK -> "强链（薄弱）";
            case EXTEND -> "延链";
            case NONE -> "已具备";
        };
    }

    static String factors(List<FactorScore> factors) {
        return factors.stream().map(FactorScore::detail).collect(Collectors.joining("；"));
    }
}
