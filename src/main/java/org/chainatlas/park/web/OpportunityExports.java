package org.chainatlas.park.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.park.OpportunityFilter;
import org.chainatlas.park.OpportunityView;
import org.chainatlas.park.internal.ParkRegistry;
import org.chainatlas.platform.export.Booklets;
import org.chainatlas.platform.export.Workbooks;
import org.chainatlas.platform.web.Formats;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 一链一清单 as files: a chain's opportunity list (optionally of one region) as Excel and as a printable PDF booklet. */
@Controller
class OpportunityExports {

    static final int MAX_ROWS = 10_000;

    private final ParkRegistry registry;
    private final Chains chains;
    private final Regions regions;
    private final Booklets booklets;
    private final org.springframework.context.MessageSource messages;

    OpportunityExports(ParkRegistry registry, Chains chains, Regions regions, Booklets booklets,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.registry = registry;
        this.chains = chains;
        this.regions = regions;
        this.booklets = booklets;
    }

    private List<OpportunityView> list(String chain, String region) {
        RegionView selected = region == null || region.isBlank() ? null : regions.require(region);
        return registry.opportunities(new OpportunityFilter(selected == null ? null : selected.code(), chain, null, null, null, null,
                null, null, OpportunityFilter.Sort.VERIFIED, 0, MAX_ROWS)).content();
    }

    private String word(String prefix, Enum<?> value) {
        return org.chainatlas.platform.export.Words.zh(messages, prefix, value);
    }

    private List<List<Object>> rows(List<OpportunityView> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (OpportunityView o : list) {
            rows.add(List.of(o.titleZh(), o.nodeNameZh(), o.parkNameZh(), regions.find(o.regionCode()).map(RegionView::nameZh)
                    .orElse(o.regionCode()), o.investmentSoughtCny() == null ? "" : o.investmentSoughtCny() / 10_000.0,
                    o.landMu() == null ? "" : o.landMu(), word("opportunity.mode.", o.cooperationMode()),
                    word("opportunity.status.", o.status()), o.lastVerifiedAt() == null ? "" : new Formats().date(o.lastVerifiedAt()), o.stale() ? "待更新" : ""));
        }
        return rows;
    }

    static final List<String> HEADERS = List.of("项目名称", "产业链环节", "园区", "地区", "拟引资（万元）", "用地（亩）", "合作方式", "状态",
            "核实日期", "备注");

    @GetMapping("/chains/{code}/opportunities.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) String region) {
        ChainView chain = chains.require(code);
        byte[] file = Workbooks.xlsx(List.of(new Workbooks.SheetData(chain.nameZh() + "机遇清单", HEADERS,
                rows(list(code, region)))));
        return download(file, chain.code() + "-opportunities.xlsx", chain.nameZh() + "机遇清单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/chains/{code}/opportunities.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) String region) {
        ChainView chain = chains.require(code);
        List<OpportunityView> list = list(code, region);
        List<List<String>> rows = rows(list).stream().map(r -> r.stream().map(v -> v instanceof Double d
                ? new Formats().number(d, 0) : String.valueOf(v)).toList()).toList();
        String scope = region == null || region.isBlank() ? "全国" : regions.require(region).nameZh();
        byte[] file = booklets.pdf(chain.nameZh() + "产业链机遇清单（一链一清单）", scope + " · " + list.size() + " 个项目 · "
                + LocalDate.now() + " · ChainAtlas 产业转移对接平台", List.of(new Booklets.Section(chain.nameZh(), HEADERS,
                new float[] {5, 3, 4, 2, 2, 1.5f, 2, 1.5f, 2, 1.2f}, rows)), parkPages(list));
        return download(file, chain.code() + "-opportunities.pdf", chain.nameZh() + "机遇清单.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    /**
     * One page per park of the list: where it is, its level and leading industries (catalogue 2018), land and costs
     * where its locality reported them, its investment contact (for signed-in readers), and its projects in the list.
     */
    private List<Booklets.Card> parkPages(List<OpportunityView> list) {
        java.util.Map<Long, List<OpportunityView>> byPark = new java.util.TreeMap<>();
        list.forEach(o -> byPark.computeIfAbsent(o.parkId(), k -> new ArrayList<>()).add(o));
        List<Booklets.Card> pages = new ArrayList<>();
        Formats fmt = new Formats();
        byPark.forEach((parkId, items) -> registry.find(parkId).ifPresent(p -> {
            List<String> facts = new ArrayList<>();
            facts.add(regions.find(p.regionCode()).map(RegionView::nameZh).orElse(p.regionCode()));
            if (p.catalogue() != null) {
                facts.add((p.catalogue().national() ? "国家级" : "省级") + (p.catalogue().typeZh() == null ? "" : p.catalogue().typeZh()));
                if (p.catalogue().leadingIndustriesZh() != null) {
                    facts.add("主导产业：" + p.catalogue().leadingIndustriesZh() + "（中国开发区审核公告目录 2018）");
                }
            }
            if (p.availableLandMu() != null) {
                facts.add("可用土地 " + fmt.number(p.availableLandMu(), 0) + " 亩");
            }
            if (p.landPriceCnyPerMu() != null) {
                facts.add("地价 " + fmt.number(p.landPriceCnyPerMu() / 10_000.0, 1) + " 万元/亩");
            }
            if (p.demo()) {
                facts.add("（土地与成本为演示数据）");
            }
            facts.add(p.contact() == null ? "招商联系方式：登录平台后可见"
                    : "招商联系人：" + String.join(" ", java.util.stream.Stream.of(p.contact().name(), p.contact().phone(),
                            p.contact().email()).filter(v -> v != null && !v.isBlank()).toList()));
            facts.add(p.lastVerifiedAt() == null ? "园区信息未经属地核实" : "园区信息核实于 " + fmt.date(p.lastVerifiedAt()));
            List<List<String>> rows = items.stream().map(o -> List.of(o.titleZh(), o.nodeNameZh(),
                    o.investmentSoughtCny() == null ? "" : fmt.number(o.investmentSoughtCny() / 10_000.0, 0),
                    o.landMu() == null ? "" : fmt.number(o.landMu(), 0), word("opportunity.mode.", o.cooperationMode()),
                    o.descriptionZh() == null ? "" : o.descriptionZh())).toList();
            pages.add(new Booklets.Card(p.nameZh(), String.join(" · ", facts), new Booklets.Section("", List.of("项目名称", "产业链环节",
                    "拟引资（万元）", "用地（亩）", "合作方式", "项目说明"), new float[] {4, 3, 2, 1.5f, 2, 6}, rows)));
        }));
        return pages;
    }

    static ResponseEntity<byte[]> download(byte[] file, String asciiName, String name, String type) {
        return org.chainatlas.platform.export.Downloads.attachment(file, name, type);
    }
}
