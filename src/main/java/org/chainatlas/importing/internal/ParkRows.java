package org.chainatlas.importing.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.ChainView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.park.ParkForm;
import org.chainatlas.park.ParkKind;
import org.chainatlas.park.ParkIntake;
import org.chainatlas.platform.InvalidInput;
import org.springframework.stereotype.Component;

/** Park rows, with factor costs in their customary units and the leading chains. */
@Component
class ParkRows implements RowImporter<ParkForm> {

    static final String NAME = "园区名称";
    static final String KIND = "园区类型";
    static final String REGION = "地区代码";
    static final String LNG = "经度";
    static final String LAT = "纬度";
    static final String PLANNED = "规划面积（亩）";
    static final String AVAILABLE = "可用土地（亩）";
    static final String LAND_PRICE = "工业用地价格（元/亩）";
    static final String POWER = "电价（元/千瓦时）";
    static final String WATER = "水价（元/吨）";
    static final String GAS = "气价（元/立方米）";
    static final String WAGE = "平均工资（元/月）";
    static final String CHAINS = "主导产业链";
    static final String POLICIES = "优惠政策";
    static final String CONTACT = "联系人";
    static final String PHONE = "联系电话";
    static final String EMAIL = "联系邮箱";

    private final ParkIntake registry;
    private final ChainLookup lookup;

    private final RegionLookup regions;

    ParkRows(ParkIntake registry, ChainLookup lookup, RegionLookup regions) {
        this.regions = regions;
        this.registry = registry;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PARKS;
    }

    @Override
    public List<Column> columns() {
        return List.of(new Column(NAME, true, List.of("nameZh"), "宜宾示例产业园"), new Column(KIND, true, List.of("kind"), "省级开发区")
                        .choosing(ParkKind.class, "park.kind."),
                new Column(REGION, true, List.of("regionCode"), "511500").hint("行政区划代码（如 511500）或地区名称（如 宜宾市、四川省宜宾市）"), new Column(LNG, false, List.of("longitude"), "104.64").hint("十进制度数；经纬度不填时按所在地区定位"),
                new Column(LAT, false, List.of("latitude"), "28.75"), new Column(PLANNED, false, List.of("plannedLandMu"), "12000"),
                new Column(AVAILABLE, false, List.of("availableLandMu"), "3000"),
                new Column(LAND_PRICE, false, List.of("landPriceCnyPerMu"), "180000"),
                new Column(POWER, false, List.of("electricityCnyPerKwh"), "0.45"), new Column(WATER, false, List.of("waterCnyPerT"), "3.2"),
                new Column(GAS, false, List.of("gasCnyPerM3"), "2.8"), new Column(WAGE, false, List.of("wageCnyPerMonth"), "5200"),
                new Column(CHAINS, false, List.of("chainCodes", "nodeIds"), "nev-battery")
                        .hint("产业链代码或中文名称，多个用“、”分隔"),
                new Column(POLICIES, false, List.of("policiesZh"), "前三年租金减免"), new Column(CONTACT, false, List.of("contactName"), "李四"),
                new Column(PHONE, false, List.of("contactPhone"), "0831-7654321"),
                new Column(EMAIL, false, List.of("contactEmail"), "park@example.cn"));
    }

    @Override
    public ParkForm parse(Cells cells) {
        List<String> chainCodes = new ArrayList<>();
        for (String c : cells.list(CHAINS)) {
            ChainView chain = lookup.find(c);
            if (chain == null) {
                cells.error(CHAINS, "import.unknownChain", "unknown chain '" + c + "'", c);
            } else {
                chainCodes.add(chain.code());
            }
        }
        Integer landPrice = cells.wholeInt(LAND_PRICE);
        Integer wage = cells.wholeInt(WAGE);
        return new ParkForm(cells.text(NAME), null, cells.choice(KIND, ParkKind.class, "park.kind."), regions.code(cells, REGION),
                cells.decimal(LNG), cells.decimal(LAT), cells.decimal(PLANNED), cells.decimal(AVAILABLE),
                landPrice, cells.decimal(POWER), cells.decimal(WATER),
                cells.decimal(GAS), wage, cells.text(POLICIES), null, null,
                cells.text(CONTACT), cells.text(PHONE), cells.text(EMAIL), chainCodes, List.of());
    }

    @Override
    public List<InvalidInput.FieldError> problems(ParkForm form) {
        return registry.problems(form);
    }

    @Override
    public String key(ParkForm form) {
        return form.nameZh() == null || form.nameZh().isBlank() ? null : form.nameZh().strip();
    }

    @Override
    public String keyColumn() {
        return NAME;
    }

    @Override
    public void store(ParkForm form) {
        registry.createPark(form);
    }
}
