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
import org.chainatlas.platform.web.Localized;
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

    private String say(String key, Object... args) {
        return org.chainatlas.platform.export.Words.say(messages, key, args);
    }

    private String word(String prefix, Enum<?> value) {
        return org.chainatlas.platform.export.Words.say(messages, prefix, value);
    }

    private String region(String code) {
        return regions.find(code).map(RegionView::name).orElse(code);
    }

    /** A segment's name in the reader's language. */
    private String node(OpportunityView o) {
        return chains.node(o.nodeId()).map(org.chainatlas.chain.ChainNodeView::name).orElse(o.nodeNameZh());
    }

    /** An amount in the file's unit: 万元 for Chinese readers, million CNY for English ones. */
    private static Object amount(Long cny) {
        return cny == null ? "" : Localized.english() ? cny / 1e6 : cny / 10_000.0;
    }

    private List<List<Object>> rows(List<OpportunityView> list) {
        List<List<Object>> rows = new ArrayList<>();
        Formats fmt = new Formats();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (OpportunityView o : list) {
            rows.add(List.of(o.title(), node(o), parkName(names, o.parkId(), o.parkNameZh()), region(o.regionCode()),
                    amount(o.investmentSoughtCny()), o.landMu() == null ? "" : o.landMu(), word("opportunity.mode.", o.cooperationMode()),
                    word("opportunity.status.", o.status()),
                    // an invented figure of the demo was never checked by anyone: no date says it was
                    o.demo() ? say("demo.notVerified") : o.lastVerifiedAt() == null ? "" : fmt.date(o.lastVerifiedAt()),
                    o.stale() ? say("export.opportunities.stale") : ""));
        }
        return rows;
    }

    /** A park's name in the reader's language (its English name where there is one), each park read once per file. */
    private String parkName(java.util.Map<Long, String> names, long id, String nameZh) {
        if (!Localized.english()) {
            return nameZh;
        }
        return names.computeIfAbsent(id, k -> registry.find(k).map(p -> p.name()).orElse(nameZh));
    }

    /** The columns of the list, in the reader's language. */
    List<String> headers() {
        return java.util.stream.Stream.of("title", "segment", "park", "region", "investment", "land", "mode", "status", "verified",
                "note").map(k -> say("export.opportunities." + k)).toList();
    }

    @GetMapping("/chains/{code}/opportunities.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) String region) {
        ChainView chain = chains.require(code);
        String title = say("export.opportunities.file", chain.name());
        byte[] file = Workbooks.xlsx(List.of(new Workbooks.SheetData(title, headers(), rows(list(code, region)))));
        return download(file, chain.code() + "-opportunities.xlsx", title + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/chains/{code}/opportunities.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) String region) {
        ChainView chain = chains.require(code);
        List<OpportunityView> list = list(code, region);
        List<List<String>> rows = rows(list).stream().map(r -> r.stream().map(v -> v instanceof Double d
                ? new Formats().number(d, Localized.english() ? 1 : 0) : String.valueOf(v)).toList()).toList();
        String scope = region == null || region.isBlank() ? say("export.opportunities.national") : regions.require(region).name();
        byte[] file = booklets.pdf(say("export.opportunities.pdfTitle", chain.name()), say("export.opportunities.pdfLine", scope,
                list.size(), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()), List.of(new Booklets.Section(chain.name(), headers(),
                new float[] {5, 3, 4, 2, 2, 1.5f, 2, 1.5f, 2, 1.2f}, rows)), parkPages(list));
        return download(file, chain.code() + "-opportunities.pdf", say("export.opportunities.file", chain.name()) + ".pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    /**
     * One page per park of the list: where it is, its level and leading industries (catalogue 2018), land and costs
     * where its locality reported them, its investment contact (for signed-in readers), and its projects in the list —
     * in the reader's language (the catalogue's leading industries are quoted in Chinese, as the catalogue has them).
     */
    private List<Booklets.Card> parkPages(List<OpportunityView> list) {
        java.util.Map<Long, List<OpportunityView>> byPark = new java.util.TreeMap<>();
        list.forEach(o -> byPark.computeIfAbsent(o.parkId(), k -> new ArrayList<>()).add(o));
        List<Booklets.Card> pages = new ArrayList<>();
        Formats fmt = new Formats();
        byPark.forEach((parkId, items) -> registry.find(parkId).ifPresent(p -> {
            List<String> facts = new ArrayList<>();
            facts.add(region(p.regionCode()));
            if (p.catalogue() != null) {
                String level = say(p.catalogue().national() ? "park.catalogue.national" : "park.catalogue.provincial");
                facts.add(p.catalogue().typeZh() == null ? level : level + (Localized.english() ? " " : "") + fmt.zoneType(p.catalogue().typeZh()));
                if (p.catalogue().leadingIndustriesZh() != null) {
                    facts.add(say("export.opportunities.leading", p.catalogue().leadingIndustriesZh()));
                }
            }
            if (p.availableLandMu() != null) {
                facts.add(say("export.opportunities.availableLand", fmt.number(p.availableLandMu(), 0)));
            }
            if (p.landPriceCnyPerMu() != null) {
                facts.add(say("export.opportunities.landPrice", Localized.english() ? fmt.number(p.landPriceCnyPerMu(), 0)
                        : fmt.number(p.landPriceCnyPerMu() / 10_000.0, 1)));
            }
            if (p.demo()) {
                facts.add(say("export.opportunities.demo"));
            }
            facts.add(p.contact() == null ? say("export.opportunities.contactSignIn")
                    : say("export.opportunities.contact", String.join(" ", java.util.stream.Stream.of(p.contact().name(),
                            p.contact().phone(), p.contact().email()).filter(v -> v != null && !v.isBlank()).toList())));
            facts.add(p.lastVerifiedAt() == null ? say("export.opportunities.notVerified")
                    : say("export.opportunities.verifiedOn", fmt.date(p.lastVerifiedAt())));
            List<List<String>> rows = items.stream().map(o -> List.of(o.title(), node(o),
                    o.investmentSoughtCny() == null ? "" : fmt.number((Double) amount(o.investmentSoughtCny()), Localized.english() ? 1 : 0),
                    o.landMu() == null ? "" : fmt.number(o.landMu(), 0), word("opportunity.mode.", o.cooperationMode()),
                    o.descriptionZh() == null ? "" : o.descriptionZh())).toList();
            pages.add(new Booklets.Card(p.name(), String.join(" · ", facts), new Booklets.Section("", java.util.stream.Stream.of("title",
                    "segment", "investment", "land", "mode", "description").map(k -> say("export.opportunities." + k)).toList(),
                    new float[] {4, 3, 2, 1.5f, 2, 6}, rows)));
        }));
        return pages;
    }

    static ResponseEntity<byte[]> download(byte[] file, String asciiName, String name, String type) {
        return org.chainatlas.platform.export.Downloads.attachment(file, name, type);
    }
}
