package org.chainatlas.importing.internal;

import java.util.List;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.park.CooperationMode;
import org.chainatlas.park.OpportunityForm;
import org.chainatlas.park.ParkIntake;
import org.chainatlas.platform.InvalidInput;
import org.springframework.stereotype.Component;

/** Opportunity rows (机遇清单): a key project of a park seeking investment in a chain segment. */
@Component
class OpportunityRows implements RowImporter<OpportunityForm> {

    static final String PARK = "园区编号";
    static final String TITLE = "项目名称";
    static final String CHAIN = "产业链";
    static final String NODE = "产业链环节";
    static final String INVESTMENT = "拟引资（万元）";
    static final String LAND = "用地（亩）";
    static final String MODE = "合作方式";
    static final String DESCRIPTION = "项目说明";

    private final ParkIntake registry;
    private final ChainLookup lookup;

    private final ParkLookup parkLookup;

    OpportunityRows(ParkIntake registry, ChainLookup lookup, ParkLookup parkLookup) {
        this.parkLookup = parkLookup;
        this.registry = registry;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OPPORTUNITIES;
    }

    @Override
    public List<Column> columns() {
        return List.of(new Column(PARK, true, List.of("parkId"), "宜宾临港经济技术开发区")
                        .hint("园区全称或平台上的园区编号（园区页面地址中的数字）"), new Column(TITLE, true, List.of("titleZh"), "正极材料配套项目"),
                new Column(CHAIN, true, List.of(), "nev-battery").hint("产业链代码（如 nev-battery）或中文名称（如 新能源汽车及动力电池）"), new Column(NODE, true, List.of("nodeId"), "正极材料").hint("所填产业链下的环节名称"),
                new Column(INVESTMENT, false, List.of("investmentSoughtCny"), "150000"), new Column(LAND, false, List.of("landMu"), "300"),
                new Column(MODE, false, List.of("cooperationMode"), "独资")
                        .choosing(CooperationMode.class, "opportunity.mode."),
                new Column(DESCRIPTION, false, List.of("descriptionZh"), "承接东部正极材料产能转移"));
    }

    @Override
    public OpportunityForm parse(Cells cells) {
        ChainView chain = lookup.chain(cells, CHAIN);
        ChainNodeView node = lookup.node(cells, chain, NODE);
        return new OpportunityForm(parkLookup.id(cells, PARK), cells.text(TITLE), null, node == null ? null : node.id(), cells.wan(INVESTMENT),
                cells.decimal(LAND), cells.choice(MODE, CooperationMode.class, "opportunity.mode."), cells.text(DESCRIPTION), null);
    }

    @Override
    public List<InvalidInput.FieldError> problems(OpportunityForm form) {
        return registry.problems(form);
    }

    @Override
    public void store(OpportunityForm form) {
        registry.createOpportunity(form);
    }
}
