package org.chainatlas.project.web;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.Chains;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.event.Views;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.export.Booklets;
import org.chainatlas.platform.export.Workbooks;
import org.chainatlas.platform.web.Formats;
import org.chainatlas.project.ProjectFilter;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.ProjectView;
import org.chainatlas.project.TicketView;
import org.chainatlas.project.internal.ProjectPipeline;
import org.chainatlas.project.internal.ServiceDesk;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Project and ticket lists as Excel; an event's signing list as a printable PDF booklet. */
@Controller
class ProjectExports {

    static final int MAX_ROWS = 50_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProjectPipeline pipeline;
    private final ServiceDesk desk;
    private final Regions regions;
    private final Chains chains;
    private final EventCatalog events;
    private final Booklets booklets;
    private final org.springframework.context.MessageSource messages;

    ProjectExports(ProjectPipeline pipeline, ServiceDesk desk, Regions regions, Chains chains, EventCatalog events,
            Booklets booklets, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.pipeline = pipeline;
        this.desk = desk;
        this.regions = regions;
        this.chains = chains;
        this.events = events;
        this.booklets = booklets;
    }

    private String word(String prefix, Enum<?> value) {
        return org.chainatlas.platform.export.Words.zh(messages, prefix, value);
    }

    private String region(String code) {
        return regions.find(code).map(RegionView::nameZh).orElse(code);
    }

    private String chain(String code) {
        return code == null ? "" : chains.find(code).map(c -> c.nameZh()).orElse(code);
    }

    static final List<String> PROJECT_HEADERS = List.of("编号", "项目名称", "企业", "统一社会信用代码", "落地地区", "园区", "产业链", "产品",
            "阶段", "签约日期", "开工日期", "投产日期", "合同金额（万元）", "到位资金（万元）", "年产值（万元）", "年税收（万元）", "就业人数", "首席服务官",
            "重复核查");

    @GetMapping("/projects.xlsx")
    ResponseEntity<byte[]> projects(@RequestParam(required = false) ProjectStage stage, @RequestParam(required = false) String step,
            @RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long event, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String q) {
        ProjectFilter filter = ProjectPages.filter(stage, step, region, chain, event, from, to, overdue, flagged, q);
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectView p : pipeline.all(filter, MAX_ROWS)) {
            rows.add(java.util.Arrays.asList(p.id(), p.nameZh(), p.enterpriseName(), p.enterpriseUscc(), region(p.hostRegionCode()),
                    p.parkName(), chain(p.chainCode()), p.productZh(), word("project.stage.", p.stage()), p.signedOn(), p.constructionStartedOn(),
                    p.producingOn(), p.contractedAmountCny() > 0 ? (Object) (p.contractedAmountCny() / 10_000.0) : null,
                    p.fundsInPlaceCny() / 10_000.0,
                    p.annualOutputCny() == null ? null : p.annualOutputCny() / 10_000.0,
                    p.annualTaxCny() == null ? null : p.annualTaxCny() / 10_000.0, p.jobs(), p.serviceOfficerName(),
                    word("project.duplicateStatus.", p.duplicateStatus())));
        }
        return download(Workbooks.xlsx(List.of(new Workbooks.SheetData("签约项目", PROJECT_HEADERS, rows))), "项目清单.xlsx", XLSX);
    }

    @GetMapping("/tickets.xlsx")
    ResponseEntity<byte[]> tickets(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean open) {
        List<Long> ids = pipeline.all(ProjectFilter.all(), MAX_ROWS).stream().map(ProjectView::id).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (TicketView t : desk.ofProjects(ids, overdue, open)) {
            rows.add(java.util.Arrays.asList(t.id(), t.projectName(), word("ticket.category.", t.category()), t.titleZh(),
                    word("ticket.status.", t.status()), t.level(),
                    t.dueAt(), t.overdue() ? "逾期" : "", t.raisedBy(), t.raisedAt(), t.resolvedAt(), t.closedAt()));
        }
        return download(Workbooks.xlsx(List.of(new Workbooks.SheetData("企业诉求", List.of("编号", "项目", "类别", "问题", "状态", "级别",
                "办理时限", "逾期", "提出人", "提出时间", "办结时间", "关闭时间"), rows))), "企业诉求.xlsx", XLSX);
    }

    /** 签约项目清单 of an event, for printing. */
    @GetMapping("/projects/signings.pdf")
    ResponseEntity<byte[]> signings(@RequestParam long event) {
        Views.EventView e = events.event(event).orElseThrow(() -> new NotFound("event", event));
        List<ProjectView> list = pipeline.signingsOf(event);
        Formats fmt = new Formats();
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        int n = 0;
        long undisclosed = 0;
        for (ProjectView p : list) {
            if (p.counted()) {
                total += p.contractedAmountCny();
                undisclosed += p.contractedAmountCny() > 0 ? 0 : 1;
            }
            String host = region(p.hostRegionCode()) + (p.parkName() == null ? "" : " · " + p.parkName());
            rows.add(List.of(String.valueOf(++n), p.nameZh(), host, p.enterpriseName(), chain(p.chainCode()),
                    p.contractedAmountCny() > 0 ? fmt.number(p.contractedAmountCny() / 10_000.0, 0) : "未披露", String.valueOf(p.signedOn()), word("project.stage.", p.stage()),
                    p.counted() ? "" : "疑似重复，待核实，不计入合计"));
        }
        rows.add(List.of("", "合计（" + list.stream().filter(ProjectView::counted).count() + " 个项目）", "", "", "",
                fmt.number(total / 10_000.0, 0), "", "", ""));
        byte[] file = booklets.pdf(e.nameZh() + " 签约项目清单", list.size() + " 个项目 · 合同金额合计 " + fmt.number(total / 1e8, 2)
                + " 亿元（不含疑似重复" + (undisclosed > 0 ? "；" + undisclosed + " 个项目未披露金额" : "") + "）· " + e.startsOn(), List.of(new Booklets.Section("签约项目", List.of("序号", "项目名称",
                "承接方（甲方）", "投资方（乙方）", "产业链", "合同金额（万元）", "签约日期", "阶段", "备注"), new float[] {0.8f, 5, 3.5f, 4, 2.5f, 2, 1.8f, 1.6f, 2.4f}, rows)));
        return download(file, "签约项目清单.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    static ResponseEntity<byte[]> download(byte[] file, String name, String type) {
        return org.chainatlas.platform.export.Downloads.attachment(file, name, type);
    }
}
