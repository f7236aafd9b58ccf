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
                        .hint("须为平台已登记的企业：填统一社会信用代码；上市公司（公开数据无信用代码）可填股票代码（如 300750.SZ）"
                                + "或企业全称、简称。未登记的企业先导入企业模板（示例企业即企业模板的示例行）"),
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
        String given = cells.text(USCC);
        if (given != null) {
            EnterpriseView enterprise = enterprise(cells, given);
            enterpriseId = enterprise == null ? null : enterprise.id();
        }
        ChainView chain = lookup.chain(cells, CHAIN);
        return new ProjectForm(cells.text(NAME), enterpriseId, regions.code(cells, REGION), parkLookup.id(cells, PARK), chain == null ? null : chain.code(),
                null, cells.text(PRODUCT), cells.wan(AMOUNT), cells.choice(STAGE, ProjectStage.class, "project.stage.",
                        java.util.EnumSet.of(ProjectStage.LEAD, ProjectStage.NEGOTIATING, ProjectStage.SIGNED)),
                cells.date(SIGNED), null);
    }

    /**
     * The enterprise a cell names: by its USCC, or — listed companies have none in the public files — by its stock code
     * (300750.SZ, or 300750 alone) or its registered full or short name; an error of the cell when none or several match.
     */
    private EnterpriseView enterprise(Cells cells, String given) {
        java.util.Optional<List<String>> stock = org.chainatlas.enterprise.StockCodes.candidates(given);
        if (stock.isPresent()) {
            for (String code : stock.get()) {
                var found = enterprises.findByStockCode(code);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            cells.error(USCC, "import.noListedEnterprise", "no listed company with stock code " + given + " is registered", given);
            return null;
        }
        if (given.length() == 18 && given.chars().allMatch(Character::isLetterOrDigit) && given.chars().allMatch(c -> c < 128)) {
            var found = enterprises.findByUscc(given);
            if (found.isEmpty()) {
                cells.error(USCC, "import.noEnterprise", "no enterprise with USCC " + given + " is registered (import the enterprise first)",
                        given);
            }
            return found.orElse(null);
        }
        List<EnterpriseView> named = enterprises.findByName(given);
        if (named.size() == 1) {
            return named.getFirst();
        }
        if (named.isEmpty()) {
            cells.error(USCC, "import.noEnterpriseNamed", "no enterprise named " + given + " is registered: give its USCC, its stock "
                    + "code, or its name as registered (import the enterprise first)", given);
        } else {
            cells.error(USCC, "import.enterpriseAmbiguous", named.size() + " enterprises are named " + given + ": give its USCC or stock code",
                    given, named.size());
        }
        return null;
    }

    @Override
    public List<InvalidInput.FieldError> problems(ProjectForm form) {
        return pipeline.problems(form);
    }

    /**
     * A project is the same row twice in one file when its enterprise, host region, name, amount and signing date are
     * (the module refuses such a repeat of a stored project; within a file neither copy is stored yet).
     */
    @Override
    public String key(ProjectForm form) {
        if (form.nameZh() == null || form.nameZh().isBlank() || form.enterpriseId() == null || form.hostRegionCode() == null
                || form.contractedAmountCny() == null) {
            return null;
        }
        String enterprise = enterprises.find(form.enterpriseId()).map(EnterpriseView::nameZh).orElse("#" + form.enterpriseId());
        return form.nameZh().strip() + "（" + enterprise + "，" + form.hostRegionCode() + "，"
                + java.math.BigDecimal.valueOf(form.contractedAmountCny(), 4).stripTrailingZeros().toPlainString() + " 万元"
                + (form.signedOn() == null || (form.stage() != null && form.stage() != ProjectStage.SIGNED) ? "" : "，" + form.signedOn())
                + "）";
    }

    @Override
    public String keyColumn() {
        return NAME;
    }

    @Override
    public void store(ProjectForm form) {
        pipeline.create(form);
    }
}
