package org.chainatlas.importing.internal;

import java.util.List;

import org.chainatlas.chain.ChainView;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.project.ProjectForm;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.ProjectIntake;
import org.springframework.stereotype.Component;

/** Project rows (签约项目): the enterprise by its USCC, the host region, the amount in 万元, the stage and date. */
@Component
class ProjectRows implements RowImporter<ProjectForm> {

    static final String NAME = "项目名称";
    static final String USCC = "企业统一社会信用代码";
    static final String REGION = "落地地区代码";
    static final String PARK = "园区编号";
    static final String CHAIN = "产业链";
    static final String PRODUCT = "产品";
    static final String AMOUNT = "合同金额（万元）";
    static final String STAGE = "阶段";
    static final String SIGNED = "签约日期";

    private final ProjectIntake pipeline;
    private final EnterpriseCatalog enterprises;
    private final ChainLookup lookup;

    private final RegionLookup regions;

    private final ParkLookup parkLookup;

    ProjectRows(ProjectIntake pipeline, EnterpriseCatalog enterprises, ChainLookup lookup, RegionLookup regions, ParkLookup parkLookup) {
        this.parkLookup = parkLookup;
        this.regions = regions;
        this.pipeline = pipeline;
        this.enterprises = enterprises;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PROJECTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(new Column(NAME, true, List.of("nameZh"), "正极材料基地项目"),
                new Column(USCC, true, List.of("enterpriseId"), "91511500MA62F4XQ5T")
                        .hint("须为平台已登记的企业：先导入企业模板（示例企业即企业模板的示例行），或在企业名录中查到其代码"),
                new Column(REGION, true, List.of("hostRegionCode"), "四川省宜宾市").hint("行政区划代码（如 511500）或地区名称（如 宜宾市、四川省宜宾市）"), new Column(PARK, false, List.of("parkId"), "")
                        .hint("园区全称或平台上的园区编号（园区页面地址中的数字）"),
                new Column(CHAIN, false, List.of("chainCode", "nodeId"), "nev-battery").hint("产业链代码（如 nev-battery）或中文名称（如 新能源汽车及动力电池）"),
                new Column(PRODUCT, false, List.of("productZh"), "磷酸铁锂正极材料"),
                new Column(AMOUNT, true, List.of("contractedAmountCny"), "500000"),
                new Column(STAGE, false, List.of("stage"), "已签约")
                        .hint("可填：线索、在谈、已签约（空白即已签约）；开工、投产等后续阶段在项目页面凭材料推进"),
                new Column(SIGNED, false, List.of("signedOn"), "2025-05-20").hint("日期，如 2025-05-20"));
    }

    @Override
    public ProjectForm parse(Cells cells) {
        Long enterpriseId = null;
        String uscc = cells.text(USCC);
        if (uscc != null) {
            EnterpriseView enterprise = enterprises.findByUscc(uscc).orElse(null);
            if (enterprise == null) {
                cells.error(USCC, "import.noEnterprise", "no enterprise with USCC " + uscc + " is registered (import the enterprise first)", uscc);
            } else {
                enterpriseId = enterprise.id();
            }
        }
        ChainView chain = lookup.chain(cells, CHAIN);
        return new ProjectForm(cells.text(NAME), enterpriseId, regions.code(cells, REGION), parkLookup.id(cells, PARK), chain == null ? null : chain.code(),
                null, cells.text(PRODUCT), cells.wan(AMOUNT), cells.choice(STAGE, ProjectStage.class, "project.stage.",
                        java.util.EnumSet.of(ProjectStage.LEAD, ProjectStage.NEGOTIATING, ProjectStage.SIGNED)),
                cells.date(SIGNED), null);
    }

    @Override
    public List<InvalidInput.FieldError> problems(ProjectForm form) {
        return pipeline.problems(form);
    }

    @Override
    public void store(ProjectForm form) {
        pipeline.create(form);
    }
}
