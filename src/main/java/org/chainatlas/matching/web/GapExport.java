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
    private final org.chainatlas.chain.Chains chains;
    private final org.springframework.context.MessageSource messages;

    GapExport(Regions regions, org.chainatlas.chain.Chains chains, org.springframework.context.MessageSource messages) {
        this.regions = regions;
        this.chains = chains;
        this.messages = messages;
    }

    /** The words of a heading in the reader's language. */
    private static String say(String zh, String en) {
        return org.chainatlas.platform.web.Localized.pick(zh, en);
    }

    private String node(SegmentGap s) {
        return chains.node(s.nodeId()).map(n -> n.name()).orElse(s.nodeNameZh());
    }

    private String region(String code) {
        return regions.find(code).map(r -> r.name()).orElse(code);
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
        // the reader's language throughout, as the page (the reasons are written in it: a Chinese workbook had English 依据)
        String list = say("、", ", ");
        String open = say("（", " (");
        String close = say("）", ")");
        for (SegmentGap s : analysis.segments()) {
            String node = node(s);
            String gap = label(s);
            segments.add(List.of(node, gap, s.enterprises(), s.zones(), s.evidence(), s.peerMedian()));
            for (TargetEnterprise t : analysis.targets().getOrDefault(s.nodeId(), List.of())) {
                targets.add(java.util.Arrays.asList(node, gap, t.nameZh(), t.stockCode() == null ? "" : t.stockCode(),
                        t.revenueCny() == null ? "" : Math.round(t.revenueCny() / 1e6) / 100.0, t.revenueYear() == null ? "" : t.revenueYear(),
                        t.siteRegionCodes().stream().map(this::region).collect(Collectors.joining(list)),
                        t.distanceKm(), t.score(),
                        t.factors().stream().map(f -> f.detail() + open + f.contribution() + close).collect(Collectors.joining(say("；", "; ")))));
            }
        }
        List<List<Object>> peers = new ArrayList<>();
        analysis.peerRegions().forEach(c -> peers.add(List.of(region(c), c)));
        return Workbooks.xlsx(List.of(
                new Workbooks.SheetData(say("环节", "Segments"), List.of(say("环节", "Segment"), say("缺口", "Gap"),
                        say("本地生产企业", "Local producers"), say("本地相关开发区", "Local zones naming it"), say("证据值", "Evidence"),
                        say("对标地区中位数", "Peer median")), segments),
                new Workbooks.SheetData(say("目标企业", "Target enterprises"), List.of(say("环节", "Segment"), say("缺口", "Gap"),
                        say("企业", "Enterprise"), say("股票代码", "Stock code"), say("营业收入(亿元)", "Revenue (100M CNY)"),
                        say("营收年度", "Revenue year"), say("生产地", "Produces in"), say("最近生产地距离(km)", "Nearest site (km)"),
                        say("得分", "Score"), say("依据", "Reasons")), targets),
                new Workbooks.SheetData(say("对标地区", "Peer regions"), List.of(say("地区", "Region"), say("代码", "Code")), peers)));
    }

    /** The gap as the page says it, in the reader's language. */
    private String label(SegmentGap s) {
        return org.chainatlas.platform.export.Words.say(messages, s.gapKey());
    }

    static String factors(List<FactorScore> factors) {
        return factors.stream().map(FactorScore::detail).collect(Collectors.joining("；"));
    }
}
