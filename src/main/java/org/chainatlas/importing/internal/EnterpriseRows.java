package org.chainatlas.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.RevenueBand;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.enterprise.EnterpriseIntake;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.platform.InvalidInput;
import org.springframework.stereotype.Component;

/** Enterprise rows: one enterprise per row with at most one chain segment (more can be added on its page). */
@Component
class EnterpriseRows implements RowImporter<EnterpriseForm> {

    static final String NAME = "企业名称";
    static final String USCC = "统一社会信用代码";
    static final String REGION = "总部地区代码";
    static final String NAME_EN = "英文名称";
    static final String REVENUE = "营收规模";
    static final String EMPLOYEES = "员工人数";
    static final String TAGS = "企业标签";
    static final String CHAIN = "产业链";
    static final String NODE = "产业链环节";
    static final String ROLE = "环节角色";
    static final String DESCRIPTION = "企业简介";
    static final String CONTACT = "联系人";
    static final String PHONE = "联系电话";
    static final String EMAIL = "联系邮箱";

    private final EnterpriseIntake registry;
    private final ChainLookup lookup;

    private final RegionLookup regions;

    EnterpriseRows(EnterpriseIntake registry, ChainLookup lookup, RegionLookup regions) {
        this.regions = regions;
        this.registry = registry;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ENTERPRISES;
    }

    @Override
    public List<Column> columns() {
        return List.of(new Column(NAME, true, List.of("nameZh"), "宜宾示例新能源科技有限公司"),
                new Column(USCC, true, List.of("uscc"), "91511500MA62F4XQ5T").hint("18 位，末位校验码须正确；同一文件中不可重复"),
                new Column(REGION, true, List.of("hqRegionCode"), "宜宾市").hint("行政区划代码（如 511500）或地区名称（如 宜宾市、四川省宜宾市）"),
                new Column(NAME_EN, false, List.of("nameEn"), "Yibin Example New Energy"),
                new Column(REVENUE, false, List.of("revenueBand"), "1亿–10亿元")
                        .choosing(RevenueBand.class, "enterprise.band."),
                new Column(EMPLOYEES, false, List.of("employees"), "850").hint("整数"),
                // no example: the tags are official (an organiser verifies them), and a locality importing the template's
                // own example row was refused on them
                new Column(TAGS, false, List.of("tags"), "")
                        .hint("官方标签，仅组织方可填（如 规上企业、专精特新“小巨人”）；多个用“、”分隔").choosing(EnterpriseTag.class, "enterprise.tag."),
                new Column(CHAIN, false, List.of(), "nev-battery").hint("产业链代码（如 nev-battery）或中文名称（如 新能源汽车及动力电池）"),
                new Column(NODE, false, List.of("segments"), "动力电池电芯").hint("所填产业链下的环节名称；填了产业链就须填环节"),
                new Column(ROLE, false, List.of(), "生产").hint("空白即生产")
                        .choosing(SegmentRole.class, "enterprise.role."),
                new Column(DESCRIPTION, false, List.of("descriptionZh"), "动力电池电芯与模组制造"),
                new Column(CONTACT, false, List.of("contactName"), "张三"),
                new Column(PHONE, false, List.of("contactPhone"), "0831-1234567"),
                new Column(EMAIL, false, List.of("contactEmail"), "invest@example.cn"));
    }

    @Override
    public EnterpriseForm parse(Cells cells) {
        List<EnterpriseTag> tags = new ArrayList<>();
        for (String t : cells.list(TAGS)) {
            EnterpriseTag tag = cells.choice(TAGS, t, EnterpriseTag.class, "enterprise.tag.");
            if (tag != null) {
                tags.add(tag);
            }
        }
        ChainView chain = lookup.chain(cells, CHAIN);
        ChainNodeView node = lookup.node(cells, chain, NODE);
        if (chain != null && cells.text(NODE) == null) {
            cells.error(NODE, "import.segmentMissing", "give the segment of chain " + chain.nameZh(), chain.nameZh());
        }
        SegmentRole role = cells.text(ROLE) == null ? SegmentRole.PRODUCES : cells.choice(ROLE, SegmentRole.class, "enterprise.role.");
        Integer employees = cells.wholeInt(EMPLOYEES);
        String region = regions.code(cells, REGION);
        List<EnterpriseForm.SegmentForm> segments = node == null ? List.of()
                : List.of(new EnterpriseForm.SegmentForm(node.id(), null, role == null ? SegmentRole.PRODUCES : role));
        return new EnterpriseForm(cells.text(NAME), cells.text(NAME_EN), cells.text(USCC), region, tags,
                cells.choice(REVENUE, RevenueBand.class, "enterprise.band."), employees, cells.text(DESCRIPTION), cells.text(CONTACT), cells.text(PHONE), cells.text(EMAIL), List.of(),
                segments);
    }

    @Override
    public List<InvalidInput.FieldError> problems(EnterpriseForm form) {
        return registry.problems(form);
    }

    @Override
    public List<List<InvalidInput.FieldError>> problems(List<EnterpriseForm> forms) {
        return registry.problems(forms);
    }

    @Override
    public String key(EnterpriseForm form) {
        return form.uscc() == null ? null : form.uscc().strip().toUpperCase();
    }

    @Override
    public String keyColumn() {
        return USCC;
    }

    @Override
    public void store(EnterpriseForm form) {
        registry.register(form);
    }

    /** The whole chunk in one go: batched rows, audit entries and search documents, one change event. */
    @Override
    public void storeAll(List<EnterpriseForm> forms, Runnable between) {
        registry.registerAll(forms);
    }

    /** The search documents of the last batches are written before the import says it is done. */
    @Override
    public void finish() {
        registry.awaitIndexed();
    }
}
