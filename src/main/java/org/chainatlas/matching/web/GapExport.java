package org.chainatlas.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chainatlas.matching.FactorScore;
import org.chainatlas.matching.GapAnalysis;
import org.chainatlas.matching.SegmentGap;
import org.chainatlas.matching.TargetEnterprise;
import org.chainatlas.platform.export.Workbooks;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Component;

/** A gap analysis as a workbook: the segments sheet, then the target enterprises of every gap. */
@Component
class GapExport {

    private final Regions regions;
    private final org.springframework.context.MessageSource messages;

    GapExport(Regions regions, org.springframework.context.MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    /** The workbook as a download named after the analysis's region and chain. */
    org.springframework.http.ResponseEntity<byte[]> download(GapAnalysis analysis) {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename("gaps-" + analysis.regionCode() + "-" + analysis.chainCode() + ".xlsx",
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook(analysis));
    }

    byte[] workbook(GapAnalysis analysis) {
        List<List<Object>> segments = new ArrayList<>();
        List<List<Object>> targets = new ArrayList<>();
        for (SegmentGap s : analysis.segments()) {
            segments.add(List.of(s.nodeNameZh(), label(s), s.enterprises(), s.zones(), s.evidence(), s.peerMedian()));
            for (TargetEnterprise t : analysis.targets().getOrDefault(s.nodeId(), List.of())) {
                targets.add(java.util.Arrays.asList(s.nodeNameZh(), label(s), t.nameZh(), t.stockCode() == null ? "" : t.stockCode(),
                        t.revenueCny() == null ? "" : Math.round(t.revenueCny() / 1e6) / 100.0, t.revenueYear() == null ? "" : t.revenueYear(),
                        t.siteRegionCodes().stream().map(c -> regions.find(c).map(r -> r.nameZh()).orElse(c)).collect(Collectors.joining("、")),
                        t.distanceKm(), t.score(),
                        t.factors().stream().map(f -> f.detail() + "（" + f.contribution() + "）").collect(Collectors.joining("；"))));
            }
        }
        List<List<Object>> peers = new ArrayList<>();
        analysis.peerRegions().forEach(c -> peers.add(List.of(regions.find(c).map(r -> r.nameZh()).orElse(c), c)));
        return Workbooks.xlsx(List.of(
                new Workbooks.SheetData("环节", List.of("环节", "缺口", "本地生产企业", "本地相关开发区", "证据值", "对标地区中位数"), segments),
                new Workbooks.SheetData("目标企业", List.of("环节", "缺口", "企业", "股票代码", "营业收入(亿元)", "营收年度", "生产地",
                        "最近生产地距离(km)", "得分", "依据"), targets),
                new Workbooks.SheetData("对标地区", List.of("地区", "代码"), peers)));
    }

    /** The gap as the page says it, in Chinese like the rest of the workbook. */
    private String label(SegmentGap s) {
        return org.chainatlas.platform.export.Words.zh(messages, s.gapKey());
    }

    static String factors(List<FactorScore> factors) {
        return factors.stream().map(FactorScore::detail).collect(Collectors.joining("；"));
    }
}
