package org.chainatlas.enterprise.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.chainatlas.chain.Chains;
import org.chainatlas.chain.CompanyText;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.chain.SegmentMatch;
import org.chainatlas.enterprise.EnterpriseChanged;
import org.chainatlas.enterprise.EnterpriseSize;
import org.chainatlas.platform.data.BulkInsert;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.platform.data.DataLoads;
import org.chainatlas.platform.data.DataQuality;
import org.chainatlas.platform.data.EvidenceNotes;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real enterprises, loaded like reference data at every start: the listed companies (seat, main business,
 * introduction, industry class, latest revenue, employees) with the chain segments the classifier reads from their
 * texts and the production bases their introductions name; and the enterprises and plants named in the seed
 * articles (a listed company named there gets the article's plants added; any other is added with the article as
 * its source). Nothing is invented: no USCC where none is published. Rows are rewritten only when what was
 * computed changed; an enterprise edited on the platform keeps its own segments and plants.
 */
@Component
@Order(37)
class RealEnterprises implements ApplicationRunner {

    static final String SOURCE = "companies";
    private static final Logger log = LoggerFactory.getLogger(RealEnterprises.class);
    private static final List<String> SEGMENT_COLUMNS = List.of("id", "enterprise_id", "node_id", "region_code", "role",
            "facility_id", "confidence", "evidence");
    private static final List<String> FACILITY_COLUMNS = List.of("id", "enterprise_id", "name_zh", "region_code", "source",
            "evidence");

    private final Places places;
    private final Regions regions;
    private final Chains chains;
    private final SegmentClassifier classifier;
    private final DataQuality quality;
    private final DataLoads loads;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final EnterpriseSearchIndex index;
    private final ApplicationEventPublisher events;

    RealEnterprises(Places places, Regions regions, Chains chains, SegmentClassifier classifier, DataQuality quality,
            DataLoads loads, JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate tx, EnterpriseSearchIndex index,
            ApplicationEventPublisher events) {
        this.places = places;
        this.regions = regions;
        this.chains = chains;
        this.classifier = classifier;
        this.quality = quality;
        this.loads = loads;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.index = index;
        this.events = events;
    }

    /** A plant to store: its region, how it was found, the words that say so, and the segments made there. */
    record Plant(String regionCode, String nameZh, String source, String evidence, List<Made> made) {
    }

    /** A segment made at a place, how sure, and why. */
    record Made(long nodeId, double confidence, String evidence) {
    }

    /** An enterprise as it will be stored. */
    record Computed(String stockCode, String nameZh, String shortName, String seatCode, String exchange, String industryClass,
            String listingStatus, String mainBusiness, String introduction, Integer employees, Double revenueCny,
            Integer revenueYear, int tags, String sourceZh, List<Made> atSeat, List<Plant> plants) {

        String line() {
            return stockCode + "|" + nameZh + "|" + shortName + "|" + seatCode + "|" + exchange + "|" + industryClass + "|" + listingStatus + "|"
                    + mainBusiness + "|" + (introduction == null ? 0 : introduction.hashCode()) + "|" + employees + "|"
                    + revenueCny + "|" + revenueYear + "|" + tags + "|" + sourceZh + "|" + atSeat + "|" + plants;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        CompanyFiles.Parsed parsed = CompanyFiles.load();
        List<DataQuality.Flag> flags = new ArrayList<>(parsed.flags());
        List<SeedEnterprises.Seed> seeds = SeedEnterprises.load(chains, regions);
        List<Computed> computed = compute(parsed, flags, seeds);
        // rows used: the listed companies loaded; the unlisted enterprises of the seed articles are added to them apart
        // (counting them here said "read 6,193 rows, used 6,206")
        int listed = (int) computed.stream().filter(c -> c.stockCode() != null).count();
        quality.report(SOURCE, CompanyFiles.PROFILES, "上市公司（概况、营收、行业分类）", "Listed companies (profiles, revenue, industry class)",
                parsed.companies().size(), listed, flags);
        quality.report(SOURCE + "-seed", SeedEnterprises.FILE, "报道中的企业与工厂（产业转移活动的新闻报道；与上市公司同名者并入其记录）",
                "Enterprises and plants named in news reports of the transfer events (merged into a listed company of the same name)", seeds.size(),
                seeds.size(), List.of());
        String fingerprint = DataLoads.fingerprint(computed.stream().map(Computed::line).toList());
        if (loads.unchanged(SOURCE, fingerprint)) {
            log.info("Real enterprises: {} unchanged ({} flags) in {} ms", computed.size(), flags.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        tx.executeWithoutResult(status -> {
            store(computed);
            loads.stored(SOURCE, fingerprint, computed.size());
        });
        events.publishEvent(EnterpriseChanged.bulkLoaded());
        index.rebuild();
        log.info("Real enterprises: {} stored ({} with segments, {} plants) in {} ms", computed.size(),
                computed.stream().filter(c -> !c.atSeat().isEmpty()).count(),
                computed.stream().mapToInt(c -> c.plants().size()).sum(), (System.nanoTime() - started) / 1_000_000);
    }

    List<Computed> compute(CompanyFiles.Parsed parsed, List<DataQuality.Flag> flags) {
        return compute(parsed, flags, SeedEnterprises.load(chains, regions));
    }

    /**
     * What a plant makes: the company's segments its clause names ({@code named}: 在包头建有单晶硅棒生产基地 → the wafers, not the cells the
     * group also makes), or all of them where the clause names none of them (在宜宾、成都建有生产基地). Every segment was
     * copied to every plant city: 国轩高科's switchgear, from a stale main business, stood in all ten of its battery bases.
     */
    private static List<Made> madeAt(Set<Long> named, List<Made> made, Set<Long> notMadeInPlants) {
        List<Made> there = made.stream().filter(m -> named.contains(m.nodeId())).toList();
        if (!there.isEmpty()) {
            return there;
        }
        // presumed, and said so: 京东方's nine bases all showed its TFT-LCD panels, 绵阳's and 鄂尔多斯's fabs are AMOLED; not
        // what is built, run or served elsewhere rather than made in a plant (东方日升's power stations stood at its 义乌 factory)
        return made.stream().filter(m -> !notMadeInPlants.contains(m.nodeId()))
                .map(m -> new Made(m.nodeId(), m.confidence(), withNote(m.evidence(), EvidenceNotes.PRESUMED_AT_BASE))).toList();
    }

    /** The segments of {@code made} that are made in plants: all but those run where they stand or never made in one. */
    private static List<Long> madeInPlants(List<Made> made, Set<Long> notMadeInPlants) {
        return made.stream().map(Made::nodeId).filter(id -> !notMadeInPlants.contains(id)).toList();
    }

    /** A segment as its seat keeps it when it is made elsewhere: at half its confidence, with the note saying why. */
    private static Made halfAtSeat(Made m, String note) {
        return new Made(m.nodeId(), Math.round(m.confidence() * SEAT_MADE_ELSEWHERE * 1000) / 1000.0, withNote(m.evidence(), note));
    }

    /** What a project site runs: the company's segments that are run where they stand ({@link #OPERATED}), said so. */
    private static List<Made> runAt(List<Made> made, Set<Long> operated) {
        return made.stream().filter(m -> operated.contains(m.nodeId()))
                .map(m -> new Made(m.nodeId(), m.confidence(), withNote(m.evidence(), EvidenceNotes.RUN_AT_PROJECT))).toList();
    }

    /**
     * Segments that are built, run or served where the customer is — power stations (rooftop and building PV too) and their
     * construction and upkeep, utilities' operations, hospitals, pharmacies, drug distribution, research services, launches
     * and flights — and so are never presumed at a production base whose clause does not name them. (The distributed-PV segment
     * also holds BIPV products made in plants — 光伏瓦, 光伏幕墙: a base of their makers must name them to make them; on
     * 2026-12-08 no company's stored segments changed by it but 嘉泽's 鸡西 works.)
     */
    static final Set<String> OPERATED = Set.of("crystalline-pv/pv-power-plant", "crystalline-pv/distributed-pv", "crystalline-pv/epc",
            "crystalline-pv/om", "clean-energy-equipment/power-generation", "clean-energy-equipment/power-epc",
            "clean-energy-equipment/om-services", "clean-energy-equipment/grid", "energy-saving-env/water-ops",
            "energy-saving-env/waste-ops", "energy-saving-env/wte-plant", "energy-saving-env/energy-service",
            "energy-saving-env/env-epc", "energy-saving-env/monitoring-services", "biomedicine/hospitals", "biomedicine/pharmacy",
            "biomedicine/distribution", "biomedicine/health-services", "biomedicine/cro", "aerospace-low-altitude/launch-service",
            "aerospace-low-altitude/constellation-ops", "aerospace-low-altitude/low-alt-ops", "aerospace-low-altitude/flight-training",
            "vanadium-titanium/flow-storage", "chemical-new-materials/construction");

    /**
     * Whether a segment is software or an IT service: never made in a plant, so never presumed at one (利欧集团's digital
     * marketing stood at its 湘潭 and 大连 pump factories, fact check 26); the chain's hardware, devices and embedded software
     * may be.
     */
    static boolean software(String chainCode, String nodeCode) {
        return "software-info".equals(chainCode) && !MADE_IN_PLANTS.contains(nodeCode);
    }

    /** The segments of resources mined, quarried, pumped or grown where the ground holds them. */
    static final Set<String> RESOURCES = Set.of("chemical-new-materials/natural-gas", "chemical-new-materials/phosphate",
            "chemical-new-materials/salt-brine", "chemical-new-materials/fluorite", "chemical-new-materials/lithium-ore",
            "chemical-new-materials/limestone", "vanadium-titanium/vtm-mining", "vanadium-titanium/titanium-concentrate",
            "biomedicine/tcm-herbs");

    /**
     * Segments that are a resource where the company says it mines (稀土采选与冶炼分离: 广晟有色, 主营业务:稀土,钨的采选,冶炼 — its
     * mines and separation plants are where the ore is, not at its 海口 seat; fact check 131), and made in plants otherwise (有研新材,
     * 北方稀土: separation and metals).
     */
    static final Set<String> RESOURCES_WHERE_MINED = Set.of("chemical-new-materials/rare-earth");

    private static final Pattern MINES = Pattern.compile("采选|采矿|开采|矿山");

    /** Whether the company's texts say it mines. */
    private static boolean mines(CompanyFiles.Company c) {
        return c.mainBusiness() != null && MINES.matcher(c.mainBusiness()).find()
                || c.introduction() != null && MINES.matcher(c.introduction()).find();
    }

    /** The segments of chip design: work done where the engineers are, not in plants. */
    private static final Set<String> CHIP_DESIGN = Set.of("integrated-circuits/digital-ic", "integrated-circuits/analog-ic",
            "new-display/driver-ic", "nev-battery/auto-chip");

    /** The segments of the software chain that are made in plants. */
    private static final Set<String> MADE_IN_PLANTS = Set.of("it-hardware", "device-makers", "embedded");

    /**
     * A clause saying a company's production is concentrated in one place (和谐双马: 公司建材生产基地集中在宜宾市 — not at its
     * 绵阳 seat): what it makes is made there, and the seat keeps it as a head office does.
     */
    private static final Pattern CONCENTRATED = Pattern.compile(
            "(生产基地|工厂|基地)[^，,。；;]{0,4}(集中在|均位于|全部位于|均在)");

    /** Where an introduction says the head office is: the words after this, to the end of the clause. */
    private static final Pattern HEAD_OFFICE = Pattern.compile(
            "(总部|办公地点|办公地址)(位于|设在|设于|坐落于)([^，,。；;]{2,25})");

    /** A head office the introduction names: the city (or municipality), and the words that say so (公司总部位于福建省厦门市). */
    private record HeadOffice(RegionView region, String words) {
    }

    /** The head office the introduction puts in a city (or municipality), where it is another than the registered seat. */
    private Optional<HeadOffice> headOfficeElsewhere(BaseExtractor extractor, String introduction, RegionView seat) {
        Matcher m = introduction == null ? null : HEAD_OFFICE.matcher(introduction);
        while (m != null && m.find()) {
            for (var mention : places.mentions(m.group(3), null)) {
                RegionView r = mention.region();
                if (r.level() == org.chainatlas.region.RegionLevel.PROVINCE && !regions.standsAsCity(r)) {
                    continue;
                }
                return r.code().equals(seat.code()) ? Optional.empty() : Optional.of(new HeadOffice(r, m.group()));
            }
        }
        return Optional.empty();
    }

    /**
     * Places at the head office the introduction names (not the registered seat) the company's office work and the services
     * it runs (not power stations, nor what its bases make), and half of
     * what its bases make ({@code plants}, to which the head office is added, or whose base in its city takes the rest);
     * returns the segments the registered seat no longer keeps.
     */
    private static Set<Long> workAtHeadOffice(HeadOffice office, List<Made> made, Filed filed, List<Plant> plants) {
        List<Made> atHeadOffice = new ArrayList<>();
        Set<Long> moved = new HashSet<>();
        Set<Long> madeAtBases = plants.isEmpty() ? Set.of() : new HashSet<>(madeInPlants(made, filed.notMadeInPlants()));
        for (Made m : made) {
            // (a service the company runs is run from there as well, not from a registered seat the text does not name: 贝瑞基因,
            // registered in 成都: 公司总部设在北京，并在北京、上海、青岛、福州、香港多地设立医学检验实验室 — fact check 128 found 成都's
            // health services present on it)
            boolean runFromOffice = filed.operated().contains(m.nodeId()) && !filed.generates().contains(m.nodeId())
                    && !madeAtBases.contains(m.nodeId());
            if (filed.officeWork().contains(m.nodeId()) || runFromOffice) {
                atHeadOffice.add(new Made(m.nodeId(), m.confidence(), withNote(m.evidence(), EvidenceNotes.AT_HEAD_OFFICE)));
                moved.add(m.nodeId());
            } else if (madeAtBases.contains(m.nodeId())) {
                atHeadOffice.add(halfAtSeat(m, EvidenceNotes.HALF_AT_HEAD_OFFICE));
                moved.add(m.nodeId());
            }
        }
        String city = office.region().code();
        Plant there = plants.stream().filter(p -> p.regionCode().equals(city)).findFirst().orElse(null);
        if (there == null && !atHeadOffice.isEmpty()) {
            plants.add(new Plant(city, office.region().nameZh() + "总部", "EXTRACTED", truncate("公司简介：“" + office.words() + "”", 500),
                    atHeadOffice));
        } else if (there != null) {
            // a base in the head office's city keeps what it makes, and takes the rest as the head office
            List<Made> both = new ArrayList<>(there.made());
            atHeadOffice.stream().filter(m -> both.stream().noneMatch(b -> b.nodeId() == m.nodeId())).forEach(both::add);
            plants.set(plants.indexOf(there), new Plant(there.regionCode(), there.nameZh(), there.source(), there.evidence(), both));
        }
        return moved;
    }

    /**
     * The plants a main business names by subsidiary: an item (between semicolons) that begins with a place and the
     * company's short name, then the products made there (人福医药: 宜昌人福枸橼酸芬太尼注射液,…). Only items whose products name
     * some of the company's segments, and places other than the seat's city.
     */
    private List<Plant> namedBySubsidiary(CompanyFiles.Company c, RegionView seat, List<Made> made, Filed filed) {
        String shortName = c.shortName() == null ? "" : c.shortName().replaceFirst("^\\*?ST", "");
        if (c.mainBusiness() == null || shortName.length() < 2) {
            return List.of();
        }
        String brand = shortName.substring(0, 2);
        List<Plant> found = new ArrayList<>();
        for (String item : c.mainBusiness().split("[;；。]")) {
            String trimmed = item.strip();
            int at = trimmed.indexOf(brand);
            if (at < 2 || at > 4) {
                continue;
            }
            Optional<RegionView> place = places.resolve(trimmed.substring(0, at), null);
            String products = trimmed.substring(at + brand.length());
            if (place.isEmpty() || place.get().code().equals(seat.code()) || products.startsWith("股份") || products.startsWith("集团")) {
                continue;
            }
            subsidiaryPlant(place.get().code(), trimmed.substring(0, at + brand.length()), products, trimmed, made, filed)
                    .ifPresent(found::add);
        }
        // …or names the subsidiary that makes a product in brackets after it (赛隆药业, seated in 珠海: 单唾液酸四己糖神经节苷脂钠
        // 原料药(岳阳赛隆生产) — its 岳阳 API plant had not been placed)
        Matcher bracketed = MADE_BY_IN_BRACKETS.matcher(c.mainBusiness());
        while (bracketed.find()) {
            if (!bracketed.group(3).equals(brand)) {
                continue;
            }
            Optional<RegionView> place = places.resolve(bracketed.group(2), null);
            if (place.isEmpty() || place.get().code().equals(seat.code())
                    || found.stream().anyMatch(p -> p.regionCode().equals(place.get().code()))) {
                continue;
            }
            subsidiaryPlant(place.get().code(), bracketed.group(2) + brand, bracketed.group(1), bracketed.group(), made, filed)
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * The mines a company's introduction names with their place (中国稀土: 拥有全国…最大的湖南江华离子型稀土矿 — 永州's rare earths had
     * gone at half to the 赣州 seat, fact check 140; 紫金矿业: 湖南道县湘源硬岩锂多金属矿; 和邦: 自身所有马边烟峰磷矿): a term of a resource
     * segment written in a mine's name (ending in 矿, or followed by 矿, 气田 or 资源 within its name) is mined in the city the
     * last place written before it in its clause names — a county or a city; a province alone, or a place abroad, places nothing. One
     * plant per city and segment.
     */
    private List<Plant> namedMines(CompanyFiles.Company c, RegionView seat, Filed filed) {
        List<Plant> found = new ArrayList<>();
        String text = c.introduction();
        if (text == null || filed.resources().isEmpty()) {
            return found;
        }
        for (Made m : filed.made()) {
            if (!filed.resources().contains(m.nodeId())) {
                continue;
            }
            for (String term : filed.termsOf().getOrDefault(m.nodeId(), List.of())) {
                for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
                    int end = at + term.length();
                    Matcher mine = MINE_AFTER.matcher(text).region(end, text.length());
                    if (!term.endsWith("矿") && !mine.lookingAt()) {
                        continue;
                    }
                    int start = at;
                    while (start > 0 && at - start < MINE_NAME_REACH && MINE_NAME_ENDS.indexOf(text.charAt(start - 1)) < 0) {
                        start--;
                    }
                    Optional<Places.PlaceMention> named = minePlace(text.substring(start, at), seat);
                    if (named.isEmpty()) {
                        continue;
                    }
                    Places.PlaceMention place = named.get();
                    String name = text.substring(start + place.start(), term.endsWith("矿") ? end : mine.end());
                    if (found.stream().noneMatch(p -> p.regionCode().equals(place.region().code()) && p.made().contains(m))) {
                        found.add(new Plant(place.region().code(), name, "EXTRACTED", truncate("公司简介：“" + name + "”", 500), List.of(m)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The place a mine's name gives: the last written before the resource's term that is a county or a city, read with the
     * seat's province as the hint until the name gives another (和邦, seated in 乐山: 马边烟峰磷矿 — 马边彝族自治县; 中国稀土, in 赣州:
     * 湖南江华…), and inside the province it gives (众和: 四川省阿坝州马尔康县 — 阿坝, not the 康县 of 陇南 in 马尔康县).
     */
    private Optional<Places.PlaceMention> minePlace(String name, RegionView seat) {
        String province = null;
        Places.PlaceMention last = null;
        for (Places.PlaceMention mention : places.mentions(name, seat.provinceCode())) {
            RegionView region = mention.region();
            if (region.level() == RegionLevel.PROVINCE) {
                province = region.code().substring(0, 2);
                if (region.municipality()) {
                    last = mention;
                }
            } else if (province == null || region.code().startsWith(province)) {
                last = mention;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The rest of a mine's name after a resource's term (…锂多金属矿, …磷矿区), its mining licence, a gas field, or the resource
     * of a place (蓝焰: 依托主要气源地晋城地区煤层气资源 — 晋城 showed no gas; fact check 146).
     */
    private static final Pattern MINE_AFTER = Pattern.compile("[^，,。；;、()（）]{0,6}?(矿|采矿权|气田|资源)");
    /** Where the name of a mine, with its place, begins at the latest. */
    private static final String MINE_NAME_ENDS = "，,。；;、：:()（）“”";
    private static final int MINE_NAME_REACH = 20;

    /**
     * The plant of a subsidiary a main business names ({@code words}): what its {@code products} name of the company's
     * segments made in plants, or none where they name none.
     */
    private Optional<Plant> subsidiaryPlant(String regionCode, String nameZh, String products, String words, List<Made> made,
            Filed filed) {
        Set<Long> named = ownNamed(products, made);
        List<Made> there = made.stream().filter(m -> named.contains(m.nodeId()) && !filed.notMadeInPlants().contains(m.nodeId()))
                .toList();
        return there.isEmpty() ? Optional.empty()
                : Optional.of(new Plant(regionCode, nameZh, "EXTRACTED", truncate("主营业务：“" + words + "”", 500), there));
    }

    /** A product, then in brackets the place and the first two characters of the subsidiary that makes it (原料药(岳阳赛隆生产)). */
    private static final Pattern MADE_BY_IN_BRACKETS = Pattern.compile(
            "([^,，;；、()（）]{2,40})[(（]([^()（）,，]{2,4}?)([^()（）,，]{2})[^()（）,，]{0,4}?生产[)）]");

    /**
     * The segments a company runs (power stations, plants it operates) that its introduction says are spread over other
     * provinces than the seat's (江南化工, seated in 宣城: 公司新能源业务主要从事风电场、光伏电站开发、建设、运营，主要分布在新疆、内蒙古、
     * 宁夏、甘肃、贵州、山西等地 — 宣城's generation and PV power plants had rested on it), or over which its business 遍布 (国中水务,
     * seated in 哈尔滨: 快速扩张水务投资业务，业务遍布河北、山西、内蒙古、青海、陕西、安徽、山东等全国各地): not at the seat.
     */
    private Set<Long> runInOtherProvinces(String introduction, RegionView seat, Filed filed) {
        Set<Long> elsewhere = new HashSet<>();
        if (introduction == null || filed.operated().isEmpty()) {
            return elsewhere;
        }
        Matcher spread = SPREAD_OVER.matcher(introduction);
        while (spread.find()) {
            List<RegionView> where = new ArrayList<>();
            places.mentions(spread.group(1), null).forEach(mention -> where.add(mention.region()));
            if (where.isEmpty() || where.stream().anyMatch(r -> r.code().startsWith(seat.code().substring(0, 2)))) {
                continue;
            }
            int sentence = Math.max(0, Math.max(introduction.lastIndexOf('。', spread.start()),
                    introduction.lastIndexOf('；', spread.start())));
            String subject = introduction.substring(sentence, spread.start());
            filed.operated().forEach(node -> {
                if (filed.termsOf().getOrDefault(node, List.of()).stream().anyMatch(subject::contains)) {
                    elsewhere.add(node);
                }
            });
        }
        return elsewhere;
    }

    /**
     * Where the introduction says the company itself is: 公司位于… to the end of the clause (公司位于青海省格尔木市), or 公司是
     * a city's first or one company (公司是攀枝花市的一家…公司; 公司是杭州市第一家上市公司), or is so as it (作为凉山州第一家上市公司); not what of the company lies there
     * (中恒华发: 公司位于深圳地区的所有工业用地均被纳入…城市更新 — its land, not the company: fact check 130).
     */
    private static final Pattern LOCATED = Pattern.compile(
            // (after what the company is as, when it was founded, or what it is: 欧晶科技: 公司作为…高新技术企业，成立于2011年4月，位于
            // 内蒙古呼和浩特市赛罕区; 闽东电力: 公司成立于1998年12月30日，是宁德市目前唯一的国有控股上市企业; 建新化工: 公司是高科技精细化工
            // 企业，位于沧州临港经济技术开发区 — fact checks 132, 133, 137)
            "(?<![子分])(?:本公司|公司)(?:作为[^，,。；;]{2,30}[，,])?(?:成立于[^，,。；;]{2,16}[，,])?"
            + "(?:(?:是[^，,。；;]{2,20}?(?:企业|公司)[，,])?(?:位于|地处|坐落于|坐落在)([^，,。；;的]{2,30}?)(?=[，,。；;]|$)"
            + "|是([^，,。；;的]{2,12}?(?:省|市|自治区|州|盟|地区|县))(?:目前|现|当前)?(?:的一家|的首家|第一家|首家|唯一))"
            // (or is as a city's first or one company: 西昌电力: 作为凉山州第一家上市公司，公司依托凉山州丰富的资源优势 — its hydro stations
            // had counted at half in 凉山, as if the text placed them nowhere; fact check 160), or became one (川宁: 成为新疆伊犁地区首家A股
            // 上市企业 — its 伊宁 plant read "not stated" there; fact check 182)
            + "|(?<![子分])[作成]为([^，,。；;的]{2,12}?(?:省|市|自治区|州|盟|地区|县))(?:的)?(?:第一家|首家|唯一)");

    private static final Pattern SPREAD_OVER = Pattern.compile("(?:主要)?(?:分布(?:在|于)|遍布|遍及)([^，,。；;]{2,60})");

    /** A head office written in an industrial park or development zone, group 1 the place. */
    private static final Pattern HEAD_OFFICE_IN_PARK = Pattern.compile(
            "总部(?:位于|设在|坐落于)([^，,。；;的]{2,30}?(?:工业园|产业园|工业区|开发区|工业集中区))");

    /** The regions named in the {@code groups} of each match of {@code pattern} in the text, in the order written. */
    private List<RegionView> regionsWritten(Pattern pattern, String text, int... groups) {
        List<RegionView> regions = new ArrayList<>();
        if (text != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                for (int group : groups) {
                    if (m.group(group) != null) {
                        places.mentions(m.group(group), null).forEach(mention -> regions.add(mention.region()));
                    }
                }
            }
        }
        return regions;
    }

    /** A clause that lists the places of a company's research centres (…上海、东莞、西安、南昌、无锡5大研发中心). */
    private static final Pattern RESEARCH_SITES = sitesListed("研发中心|研发基地|研究院|研发总部");
    /** A clause that lists the places of a company's production sites. */
    private static final Pattern PRODUCTION_SITES = sitesListed("制造中心|生产基地|制造基地|生产中心");

    /** Places listed in a clause before the number of sites of the kinds given (…上海、东莞、西安、南昌、无锡5大研发中心). */
    private static Pattern sitesListed(String kinds) {
        return Pattern.compile("([^，,。；;]{2,40}?)([0-9]+|[一二三四五六七八九十两]+)?(大|个|家)?(" + kinds + ")");
    }

    /**
     * A company that says it produces nothing itself, its subsidiaries producing (金煤化工: 公司目前主要是投资平台，不从事生产经营活动，主要由
     * 三家控股子公司从事生产经营活动 — its glycol is made in 通辽, not in 呼和浩特 where it is seated): with its plants elsewhere, the seat
     * keeps what it keeps of products made there, as a head office.
     */
    private static final Pattern PRODUCES_NOTHING_ITSELF = Pattern.compile("(公司|本部|母公司)[^，,。；;]{0,12}[，,]?(不从事|不直接从事)[^，,。；;]{0,4}生产");

    /**
     * Whether the introduction names the seat's city among its research centres, in a clause of its own (华勤, an ODM seated in
     * 上海: 1个上海总部，上海、东莞、西安、南昌、无锡5大研发中心，南昌、东莞两大国内制造中心 — it makes nothing in 上海 its text shows;
     * 龙旗 the same): with its bases elsewhere, the seat keeps what it keeps of products made there.
     */
    private boolean researchAtSeat(String introduction, RegionView seat) {
        if (regionsWritten(RESEARCH_SITES, introduction, 1).stream().noneMatch(r -> r.code().equals(seat.code()))) {
            return false;
        }
        // not where the production sites are written by province, the seat's among them (锦富: 在苏州、深圳、美国等地设立了研发中心，
        // 在江苏、上海、广东…等地建立了制造中心 — 苏州 may be one)
        String province = seat.code().substring(0, 2) + "0000";
        return regionsWritten(PRODUCTION_SITES, introduction, 1).stream().noneMatch(r -> r.code().equals(province));
    }

    /** How much of a segment's evidence a seat keeps when the introduction names bases elsewhere that make it, not the seat. */
    static final double SEAT_MADE_ELSEWHERE = 0.5;

    /**
     * Whether a clause naming a base names, straight before its site words, only products of another kind than any the
     * company is filed for: nouns whose last character, the head of a Chinese compound, is the last character of none of
     * the terms its segments were found by (天山铝业: 在广西靖西市已建成氧化铝生产线 — alumina, not the 动力电池铝箔 it makes
     * in 江阴; 已建成电解铝生产线、高纯铝生产线 in 石河子). Such a base makes none of its segments, instead of all of them by
     * presumption. A site word with no product before it (建有生产基地, 六大生产基地), a place or a general word (西宁生产基地,
     * 智能工厂, 化工生产基地) keeps the presumption for the whole clause.
     */
    static boolean makesOtherKind(List<String> products, Set<Character> heads) {
        return !heads.isEmpty() && !products.isEmpty()
                && products.stream().noneMatch(p -> p.isEmpty() || heads.contains(p.charAt(p.length() - 1)));
    }

    /**
     * Whether every site word of the clause follows a noun naming segments, none of them the company's (有研新材, filed for
     * targets and rare earths: 现有山东德州和北京顺义两处…半导体硅材料生产基地 — silicon wafers); a site word after a general
     * word or none (研发生产基地 in 航天彩虹's 拥有北京、天津、浙江等研发生产基地及试验试飞基地) may make anything the company makes.
     */
    private boolean sitesNameOthers(List<String> nouns, List<Made> made) {
        return !nouns.isEmpty() && nouns.stream().allMatch(noun -> {
            Set<Long> named = noun.isEmpty() ? Set.of() : named(noun);
            return !named.isEmpty() && made.stream().noneMatch(m -> named.contains(m.nodeId()));
        });
    }

    /** The segments a clause naming production bases names, with at least the classifier's acceptance confidence. */
    private Set<Long> named(String clause) {
        return named(clause, List.of());
    }

    /**
     * The same, and any of the company's own segments ({@code made}) the clause names at all: a word too broad to file a
     * company is enough to say which of its segments a plant makes (川恒化工, filed for phosphoric acid, iron phosphate and
     * lithium salts: 广西扶绥工厂仅前端湿法磷酸装置投产 — 崇左 had shown all its segments, presumed).
     */
    private Set<Long> named(String clause, List<Made> made) {
        Set<Long> own = new HashSet<>();
        made.forEach(m -> own.add(m.nodeId()));
        Set<Long> named = new HashSet<>();
        for (org.chainatlas.chain.SegmentMatch m : classifier.phrase(clause)) {
            boolean ownSegment = own.contains(m.nodeId()) && m.confidence() > 0;
            if (m.nodeId() != null && (m.confidence() >= SegmentClassifier.ACCEPT || ownSegment)) {
                named.add(m.nodeId());
            }
        }
        return named;
    }

    /** The company's own segments ({@code made}) that the words name at all (a business a sentence is about). */
    private Set<Long> ownNamed(String words, List<Made> made) {
        Set<Long> own = new HashSet<>();
        made.forEach(m -> own.add(m.nodeId()));
        Set<Long> named = new HashSet<>(named(words, made));
        named.retainAll(own);
        return named;
    }

    /** A company with the seat it is loaded at and the words saying where that seat comes from. */
    private record Seated(CompanyFiles.Company company, RegionView seat, String sourceZh) {
    }

    /** The enterprises to store: the listed companies, with the seed articles' enterprises and plants merged in or added. */
    List<Computed> compute(CompanyFiles.Parsed parsed, List<DataQuality.Flag> flags, List<SeedEnterprises.Seed> seeds) {
        return compute(parsed, flags, seeds, true);
    }

    /** As above, on every core or ({@code allCores} false, the baseline of {@code bin/bench start}) on the calling thread. */
    List<Computed> compute(CompanyFiles.Parsed parsed, List<DataQuality.Flag> flags, List<SeedEnterprises.Seed> seeds,
            boolean allCores) {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        List<Computed> computed = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        List<Seated> seated = new ArrayList<>();
        for (CompanyFiles.Company c : parsed.companies()) {
            CompanyFiles.DomesticSeat domestic = parsed.domesticSeats().get(c.stockCode());
            Optional<RegionView> seat = domestic == null ? place(c.provinceZh(), c.cityZh()) : Optional.of(domesticSeat(domestic));
            String sourceZh = CompanyFiles.SOURCE_ZH;
            Optional<RegionView> listedIn = domestic == null && seat.isPresent() ? listedElsewhere(c, seat.get()) : Optional.empty();
            if (listedIn.isPresent()) {
                // the two files disagree on the province (华能国际: 河北 保定市 in the profiles, 北京 in the stock list): a municipality
                // (or a city: the stock list's 深圳) the stock list names is a city, and taken; a province says no city, and the
                // profiles' seat stays
                RegionView area = listedIn.get();
                boolean taken = area.level() != org.chainatlas.region.RegionLevel.PROVINCE || regions.standsAsCity(area);
                boolean municipality = area.municipality();
                String profileZh = c.provinceZh() + " " + c.cityZh();
                flags.add(new DataQuality.Flag(CompanyFiles.PROFILES, c.row(), c.stockCode() + " " + c.nameZh(), "COMPANY_SEAT_DISAGREES",
                        "公司资料的所在地（" + profileZh + "）与股票列表的地域（" + c.stockArea() + "）不在同一省份："
                                + (taken ? (municipality ? "地域为直辖市" : "地域为城市") + "，按" + area.nameZh() + "载入"
                                        : "地域未指明城市，仍按" + seat.get().nameZh() + "载入"),
                        "the profiles' seat (" + profileZh + ") and the stock list's area (" + c.stockArea() + ") lie in different provinces: "
                                + (taken ? "the area is a " + (municipality ? "municipality" : "city") + ", loaded in " + area.nameEn()
                                : "the area names no city, still loaded in " + seat.get().nameEn())));
                if (taken) {
                    sourceZh = "所在地按股票列表地域（" + c.stockArea() + "），公司资料作" + profileZh + "；" + sourceZh;
                    seat = listedIn;
                }
            }
            if (seat.isEmpty()) {
                boolean abroad = c.provinceZh() == null;
                flags.add(new DataQuality.Flag(CompanyFiles.PROFILES, c.row(), c.stockCode() + " " + c.nameZh(),
                        abroad ? "COMPANY_SEAT_ABROAD" : "COMPANY_SEAT_UNMATCHED",
                        (abroad ? "注册地在境外（" : "注册地读不出（") + c.provinceZh() + " " + c.cityZh() + "）：未载入",
                        (abroad ? "seat abroad (" : "seat not understood (") + c.provinceZh() + " " + c.cityZh() + "): not loaded"));
                continue;
            }
            if (domestic != null) {
                RegionView office = seat.get();
                sourceZh = "注册地：" + domestic.registeredZh() + "；境内总部：" + office.nameZh() + "（依据：" + domestic.basisZh() + "）；"
                        + sourceZh;
                flags.add(new DataQuality.Flag(CompanyFiles.PROFILES, c.row(), c.stockCode() + " " + c.nameZh(), "COMPANY_SEAT_ABROAD",
                        "注册地在境外（" + domestic.registeredZh() + "）：按境内总部" + office.nameZh() + "载入（" + CompanyFiles.DOMESTIC_SEATS
                                + " 第 " + domestic.row() + " 行）",
                        "registered outside the mainland (" + domestic.registeredZh() + "): loaded at its head office in "
                                + office.nameEn() + " (" + CompanyFiles.DOMESTIC_SEATS + " row " + domestic.row() + ")"));
            }
            seated.add(new Seated(c, seat.get(), sourceZh));
        }
        // what each company makes and where: read on every core (each company on its own, the order kept)
        List<Placed> placedAll = (allCores ? seated.parallelStream() : seated.stream())
                .map(s -> placed(s.company(), s.seat(), extractor)).toList();
        for (int i = 0; i < seated.size(); i++) {
            Seated s = seated.get(i);
            CompanyFiles.Company c = s.company();
            Placed placed = placedAll.get(i);
            byName.put(c.nameZh(), computed.size());
            computed.add(new Computed(c.stockCode(), c.nameZh(), c.shortName(), s.seat().code(), c.exchange(), c.industryClass(),
                    c.listingStatus(), c.mainBusiness(), c.introduction(), c.employees(), c.revenueCny(), c.revenueYear(), 0,
                    s.sourceZh(), placed.atSeat(), placed.plants()));
        }
        for (SeedEnterprises.Seed seed : seeds) {
            // each plant says what its own articles say of it (宜宾's words are no evidence for 重庆)
            Map<String, List<SeedEnterprises.Plant>> byRegion = new LinkedHashMap<>();
            seed.plants().forEach(p -> byRegion.computeIfAbsent(p.regionCode(), k -> new ArrayList<>()).add(p));
            List<Plant> seedPlants = new ArrayList<>();
            byRegion.forEach((region, at) -> seedPlants.add(new Plant(region, regions.require(region).nameZh() + "工厂", "SEED",
                    truncate(String.join("；", at.stream().map(SeedEnterprises.Plant::factZh).distinct().toList()) + "（"
                            + String.join("；", at.stream().map(SeedEnterprises.Plant::source).distinct().toList()) + "）", 500),
                    // the report and what it says, so that a reader sees how much it supports
                    at.stream().map(p -> new Made(p.node().id(), 1.0, truncate("报道：" + p.source() + "：" + p.factZh(), 500))).toList())));
            Integer at = byName.get(seed.nameZh());
            if (at != null) {
                Computed c = computed.get(at);
                List<Plant> plants = new ArrayList<>(c.plants());
                plants.removeIf(p -> seedPlants.stream().anyMatch(s -> s.regionCode().equals(p.regionCode())));
                plants.addAll(seedPlants);
                computed.set(at, new Computed(c.stockCode(), c.nameZh(), c.shortName(), c.seatCode(), c.exchange(), c.industryClass(),
                        c.listingStatus(), c.mainBusiness(), c.introduction(), c.employees(), c.revenueCny(), c.revenueYear(),
                        seed.tags(), c.sourceZh() + (seedPlants.isEmpty() ? "；报道：" : "；工厂与标签：") + seed.source(), c.atSeat(), plants));
            } else {
                computed.add(new Computed(null, seed.nameZh(), null, seed.hqRegionCode(), null, null, null, null, seed.factZh(),
                        null, null, null, seed.tags(), seed.source(), List.of(), seedPlants));
            }
        }
        return computed;
    }

    /** What the classifier filed a company for, with what the placing rules read of it. */
    private record Filed(List<Made> made, Set<Character> heads, Set<Long> operated, Set<Long> notMadeInPlants,
            Map<Long, List<String>> termsOf, Set<Long> generates, Set<Long> officeWork, Set<Long> resources) {

        /**
         * Segments a base whose words name no product is not presumed to make: what is not made in plants, and resources,
         * which are where the ground holds them (钛能化学's phosphate rock and yellow phosphorus are mined in 贵州, not at its
         * 马鞍山 TiO2 plant).
         */
        Set<Long> notPresumedAtBases() {
            Set<Long> notPresumed = new HashSet<>(notMadeInPlants);
            notPresumed.addAll(resources);
            return notPresumed;
        }
    }

    /**
     * Site words of a factory: a power producer's factory makes something other than power (云南能投's 普洱 salt works), and
     * so does its works (嘉泽: 中车·嘉泽新能源装备制造基地 in 鸡西 makes equipment), while its other 基地 are where it generates.
     */
    private static final Pattern FACTORY = Pattern.compile("工厂|生产线|产线|厂区|生产单位|制造基地|制造园区");

    /**
     * Segments of contracting: projects are built where the clients are and run from the head office, which a text that names
     * one elsewhere than the registered seat says is where the company works (京蓝科技, registered in 哈尔滨: 管理总部位于北京 — its
     * soil remediation is done by a 北京 subsidiary; 哈尔滨 had shown environmental EPC present on it).
     */
    private static final Set<String> CONTRACTING = Set.of("energy-saving-env/env-epc", "clean-energy-equipment/power-epc",
            "crystalline-pv/epc");

    /** Segments of generating power: a company that only generates has its power stations where its text puts its bases. */
    private static final Set<String> GENERATION = Set.of("crystalline-pv/pv-power-plant", "clean-energy-equipment/power-generation");

    /**
     * The segments a company's texts file it for ({@code made}, each with its evidence); the last characters of the terms
     * that found them ({@code heads}, see {@link #makesOtherKind}); those run where they stand ({@link #OPERATED}) and
     * those never made in a plant (the operated ones and software); each segment's terms; those of generating power.
     */
    private Filed filed(CompanyFiles.Company c) {
        List<Made> made = new ArrayList<>();
        Set<Character> heads = new HashSet<>();
        Set<Long> operated = new HashSet<>();
        Set<Long> notMadeInPlants = new HashSet<>();
        Map<Long, List<String>> termsOf = new HashMap<>();
        Set<Long> generates = new HashSet<>();
        Set<Long> officeWork = new HashSet<>();
        Set<Long> resources = new HashSet<>();
        for (SegmentMatch m : classifier.company(new CompanyText(c.nameZh(), c.mainBusiness(), c.introduction(), c.industryClass()))) {
            made.add(new Made(m.nodeId(), m.confidence(), truncate("分类依据：" + m.evidence(), 500)));
            String segment = m.chainCode() + "/" + m.nodeCode();
            if (OPERATED.contains(segment)) {
                operated.add(m.nodeId());
            }
            if (RESOURCES.contains(segment) || RESOURCES_WHERE_MINED.contains(segment) && mines(c)) {
                resources.add(m.nodeId());
            }
            if (software(m.chainCode(), m.nodeCode()) || CHIP_DESIGN.contains(segment) || CONTRACTING.contains(segment)) {
                officeWork.add(m.nodeId());
            }
            if (operated.contains(m.nodeId()) || software(m.chainCode(), m.nodeCode())) {
                notMadeInPlants.add(m.nodeId());
            }
            if (GENERATION.contains(segment)) {
                generates.add(m.nodeId());
            }
            m.terms().forEach(t -> heads.add(t.charAt(t.length() - 1)));
            termsOf.put(m.nodeId(), m.terms());
        }
        return new Filed(made, heads, operated, notMadeInPlants, termsOf, generates, officeWork, resources);
    }

    /** Where a company's segments are: at its seat, with what it keeps there, and at the plants its introduction names. */
    private record Placed(List<Made> atSeat, List<Plant> plants) {
    }

    /** The words that join a second group of bases to a first (…的大型生产基地以及云南盈和磷酸铁锂正极材料生产基地). */
    private static final String NEXT_GROUP = "以及";

    /** The group of a list of bases that holds the place as written: the clause itself where no 以及 divides it. */
    static String group(String clause, String written) {
        int at = clause.indexOf(written);
        if (at < 0 || !clause.contains(NEXT_GROUP)) {
            return clause;
        }
        int start = clause.lastIndexOf(NEXT_GROUP, at);
        int end = clause.indexOf(NEXT_GROUP, at + written.length());
        return clause.substring(start < 0 ? 0 : start + NEXT_GROUP.length(), end < 0 ? clause.length() : end);
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<Long> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** The word for a company's own home works in a list of its bases. */
    private static final String HOME_WORKS = "本部";

    /** The company's segments placed at its seat and at the bases and project sites its introduction names. */
    private Placed placed(CompanyFiles.Company c, RegionView seat, BaseExtractor extractor) {
        Filed filed = filed(c);
        List<Made> made = filed.made();
        List<Plant> plants = new ArrayList<>();
        Set<Long> namedAtSeat = new HashSet<>();
        Set<Long> namedElsewhere = new HashSet<>();
        boolean seatMakesAll = false;
        // a power producer that makes nothing in plants (中节能风电: 以河北张北、甘肃酒泉、新疆托里为基地) generates at its bases
        boolean runsOnly = madeInPlants(made, filed.notMadeInPlants()).isEmpty()
                && made.stream().anyMatch(m -> filed.generates().contains(m.nodeId()));
        List<BaseExtractor.Base> bases = extractor.bases(c.introduction(), c.mainBusiness());
        Map<String, Long> sharing = bases.stream().collect(java.util.stream.Collectors.groupingBy(BaseExtractor.Base::clause,
                java.util.stream.Collectors.counting()));
        for (BaseExtractor.Base base : bases) {
            // a clause of this base alone may name its segments by broad words; a list of bases by words that file a company
            // (厦钨新能源's 海沧、璟鹭、三明…七大新能源材料生产基地 make its cathodes, not only the chemical chain's 新能源材料)
            // a list of bases whose second group follows 以及 says what each group makes apart (西陇科学: 拥有佛山、汕头、成都的大型生产
            // 基地以及云南盈和磷酸铁锂正极材料生产基地 — 成都 showed the 云南 base's LFP cathode, fact check 151): a base reads its own
            // group, and what another group names is not presumed at it
            String group = group(base.clause(), base.written());
            Set<Long> otherGroups = group.equals(base.clause()) ? Set.of() : ownNamed(base.clause().replace(group, "，"), made);
            Set<Long> inClause = sharing.get(base.clause()) == 1 ? named(group, made) : named(group);
            // a clause naming none of the company's segments, in a sentence about one of its businesses, makes that
            // business's segments (红日药业: 中药配方颗粒板块…，建有北京、天津…8个智能制造生产基地 — granules, not its injections)
            boolean clauseNamesOwn = made.stream().anyMatch(m -> inClause.contains(m.nodeId()));
            Set<Long> aboutTopic = base.topic() == null || clauseNamesOwn ? Set.of() : ownNamed(base.topic(), made);
            // …and a clause that begins its sentence makes what the rest of the sentence names of the company's segments (川恒:
            // 四川什邡工厂产能较小，主要作为…饲料级磷酸二氢钙产能的补充，同时…生产掺混肥和水溶肥 — not its cathode precursors)
            Set<Long> aboutBase = !aboutTopic.isEmpty() || base.rest() == null || clauseNamesOwn ? Set.of() : ownNamed(base.rest(), made);
            boolean readFromRest = aboutTopic.isEmpty() && !aboutBase.isEmpty();
            // …and a subsidiary whose name names some of them makes as well what the words after its name say it does (西藏矿业:
            // 控股子公司西藏日喀则扎布耶锂业高科技有限公司负责对公司拥有西藏扎布耶盐湖的盐湖提锂 — the brine too; fact check 160)
            Set<Long> alsoDone = base.subsidiary() && clauseNamesOwn && base.rest() != null ? ownNamed(base.rest(), made) : Set.of();
            Set<Long> named = !aboutTopic.isEmpty() ? aboutTopic : readFromRest ? aboutBase : union(inClause, alsoDone);
            // a clause naming none of the company's segments (nothing, or only what other chains' words call it) whose
            // site words follow products of another kind, or only nouns naming other segments; the nouns before the site
            // words are read once for both questions
            boolean otherKind = false;
            if (made.stream().noneMatch(m -> named.contains(m.nodeId()))) {
                List<String> nouns = extractor.nounsBeforeSites(base.clause());
                otherKind = makesOtherKind(BaseExtractor.products(nouns), filed.heads()) || sitesNameOthers(nouns, made)
                        // a subsidiary said to make what none of the company's segments is (宝明科技's 赣州 subsidiary: 主要从事新能源
                        // 锂电池材料的研发、生产和销售 — a backlight maker's battery-materials unit)
                        || base.subsidiary() && base.rest() != null && !named(base.rest()).isEmpty();
            }
            // a list of bases that names the company's own works (本部) without a place names the seat among them (马钢:
            // 钢铁产业拥有马钢股份公司本部、长江钢铁、合肥公司三大钢铁生产基地 — its steel is made at 马鞍山 too, not only at 合肥)
            if (base.clause().contains(HOME_WORKS)) {
                namedAtSeat.addAll(named);
            }
            if (base.region().code().equals(seat.code())) {
                namedAtSeat.addAll(named);
                // a base at the seat whose clause names nothing it makes makes, by presumption, all the company makes
                // (not a subsidiary named after the seat's city: its name says nothing of what is made there)
                seatMakesAll |= named.isEmpty() && !otherKind && !base.subsidiary();
                continue;
            }
            if (base.projectSite() || runsOnly && !FACTORY.matcher(base.clause()).find()) {
                // a power producer's stations or an operator's airfields: what it runs there, not what it makes; a company
                // that runs nothing has no site there
                List<Made> run = runAt(made, filed.operated());
                if (!run.isEmpty()) {
                    plants.add(new Plant(base.region().code(), base.written() + "项目", "EXTRACTED",
                            truncate("公司简介：“" + base.clause() + "”", 500), run));
                }
                continue;
            }
            // (what the rest of a sentence names narrows what a base makes, and says nothing of the seat: 泸天化's 产业基地 in
            // 四川、宁夏、广西、重庆, then 尿素和复合肥 — its 泸州 seat keeps its fertilisers)
            // (a subsidiary said to make it makes it there, and the seat keeps it as a head office: 南大光电's 全椒 special gases)
            if (!readFromRest || base.subsidiary()) {
                namedElsewhere.addAll(named);
            }
            if (named.isEmpty() && !otherKind && CONCENTRATED.matcher(base.clause()).find()) {
                namedElsewhere.addAll(madeInPlants(made, filed.notMadeInPlants()));
            }
            plants.add(new Plant(base.region().code(), base.written() + "生产基地", "EXTRACTED",
                    truncate("公司简介：“" + (aboutTopic.isEmpty() ? "" : base.topic() + "……") + base.clause()
                            + (readFromRest ? "，" + base.rest() : "") + "”", 500),
                    otherKind ? List.of() : madeAt(named, made, union(filed.notPresumedAtBases(), otherGroups))));
        }
        // a main business that lists products by subsidiary, each named by its place and the company's short name (人福医药:
        // 宜昌人福枸橼酸芬太尼注射液,…;葛店人福(复方)米非司酮片… — 宜昌人福, the country's anaesthetics maker, had not been placed)
        for (Plant named : namedBySubsidiary(c, seat, made, filed)) {
            if (plants.stream().noneMatch(p -> p.regionCode().equals(named.regionCode()))) {
                plants.add(named);
                named.made().forEach(m -> namedElsewhere.add(m.nodeId()));
            }
        }
        // a mine the introduction names with its place is where the resource is mined, and the seat keeps half of it
        for (Plant mine : namedMines(c, seat, filed)) {
            if (mine.regionCode().equals(seat.code())) {
                mine.made().forEach(m -> namedAtSeat.add(m.nodeId()));
                continue;
            }
            Optional<Plant> there = plants.stream().filter(p -> p.regionCode().equals(mine.regionCode())).findFirst();
            if (there.isEmpty()) {
                plants.add(mine);
            } else if (there.get().made().stream().noneMatch(m -> m.nodeId() == mine.made().getFirst().nodeId())) {
                List<Made> both = new ArrayList<>(there.get().made());
                both.addAll(mine.made());
                plants.set(plants.indexOf(there.get()), new Plant(there.get().regionCode(), there.get().nameZh(), there.get().source(),
                        there.get().evidence(), both));
            }
            mine.made().forEach(m -> namedElsewhere.add(m.nodeId()));
        }
        Set<Long> madeInOtherProvince = seatMakesAll ? Set.of() : madeInOtherProvince(c, seat, extractor, filed.termsOf());
        // a company whose text puts its head office in another city than the registered seat, and names no base at the
        // seat, works at its head office: software and chip design are done there (盈方微, registered in 荆州: 管理总部设在
        // 上海市长宁区 — its chips are designed in 上海 and 绍兴), and where it lists its bases, none in the seat's city, the
        // registered seat keeps nothing of what the bases make while the head office keeps half, as a seat would (三安光电,
        // registered in 荆州: 公司总部位于福建省厦门市，在厦门、天津、芜湖…等多地均设有产业化基地 — 荆州 had shown its LED chips and
        // SiC as at its head office)
        boolean seatUnnamed = namedAtSeat.isEmpty() && !seatMakesAll;
        Optional<HeadOffice> headOffice = seatUnnamed ? headOfficeElsewhere(extractor, c.introduction(), seat) : Optional.empty();
        Set<Long> notAtSeat = new HashSet<>(runInOtherProvinces(c.introduction(), seat, filed));
        headOffice.ifPresent(office -> notAtSeat.addAll(workAtHeadOffice(office, made, filed, plants)));
        if (headOffice.isEmpty() && seatUnnamed && !plants.isEmpty()
                && plants.stream().noneMatch(p -> p.regionCode().equals(seat.code()))
                && (researchAtSeat(c.introduction(), seat) || c.introduction() != null && PRODUCES_NOTHING_ITSELF.matcher(c.introduction()).find())) {
            // …and one whose research centre is at the seat, or that says it produces nothing itself, keeps half there, as a
            // head office does
            namedElsewhere.addAll(madeInPlants(made, filed.notMadeInPlants()));
        }
        // a segment the introduction says is made at bases elsewhere, and not at the seat, is the seat's as a head
        // office's (通威's polysilicon is made in 乐山 and 包头, not in 成都 where it is seated): it counts there at half
        // and one nothing places is the seat's by presumption, said so (光正眼科's eye hospitals in 乌鲁木齐), unless
        // a base in the seat's city names it, or names nothing in particular; a resource nothing places counts there at half,
        // as it lies where the ground holds it (fact checks 120 and 121: 雪天盐业's rock salt is mined by its subsidiaries, and
        // 长沙 showed rock salt and brine present on it; 中国石油's and 中海油's gas made 北京 a gas field), and as at any base a
        // seat base naming nothing in particular is not presumed to hold it (check 123: 云南白药's herbs, by 在昆明、大理、文山…
        // 部署生产基地); power stations nothing places count at half as resources do, as they stand where the water, wind, sun
        // or coal is (华能澜沧江's dams are on the 澜沧江, not in 昆明; the national generators are seated in 北京) — a county
        // utility whose stations are round its seat keeps half too, unless its introduction says it is there
        // (a company whose introduction says it is in the seat's city is there with what nothing places elsewhere, its
        // resource too: 安宁股份: 公司是攀枝花市的一家…公司…主要从事钒钛磁铁矿的开采; 盐湖股份: 公司位于青海省格尔木市 — fact checks
        // 125 and 127 found their mines and brine at half, and the note saying the text did not place them)
        boolean seatMakesEverything = seatMakesAll;
        boolean locatedAtSeat = regionsWritten(LOCATED, c.introduction(), 1, 2, 3).stream().anyMatch(r -> r.code().equals(seat.code()));
        // a head office in an industrial park of the seat's city is a works: what subsidiaries in other provinces make too is
        // made there (三峡油漆: 公司总部位于重庆市江津区德感工业园…拥有新疆渝三峡涂料化工有限公司… — 重庆 had its paints at half, fact
        // check 152)
        boolean worksAtSeat = !madeInOtherProvince.isEmpty()
                && regionsWritten(HEAD_OFFICE_IN_PARK, c.introduction(), 1).stream().anyMatch(r -> r.code().equals(seat.code()));
        List<Made> atSeat = made.stream().filter(m -> !notAtSeat.contains(m.nodeId()))
                .map(m -> !seatMakesEverything && namedElsewhere.contains(m.nodeId()) && !namedAtSeat.contains(m.nodeId())
                ? halfAtSeat(m, EvidenceNotes.HALF_AT_SEAT)
                : madeInOtherProvince.contains(m.nodeId()) && !namedAtSeat.contains(m.nodeId()) && !worksAtSeat
                ? halfAtSeat(m, EvidenceNotes.HALF_SUBSIDIARY_ELSEWHERE)
                : namedAtSeat.contains(m.nodeId()) || seatMakesEverything && !filed.resources().contains(m.nodeId()) ? m
                : filed.resources().contains(m.nodeId()) && !locatedAtSeat ? halfAtSeat(m, EvidenceNotes.RESOURCE_HALF_AT_SEAT)
                : filed.generates().contains(m.nodeId()) && !locatedAtSeat ? halfAtSeat(m, EvidenceNotes.STATIONS_HALF_AT_SEAT)
                : new Made(m.nodeId(), m.confidence(), withNote(m.evidence(),
                        locatedAtSeat ? EvidenceNotes.LOCATED_AT_SEAT : EvidenceNotes.PLACED_AT_SEAT)))
                .toList();
        return new Placed(atSeat, plants);
    }

    /**
     * The segments a company was filed for by words in the name of a subsidiary in another province: made there, not at
     * the seat (永杉锂业's lithium, by 锂业 in 湖南永杉锂业有限公司, not at its 锦州 seat, where it makes molybdenum). Not asked
     * where the text names a base at the seat that makes everything (珠海冠宇's cells, made in 珠海 and by its 浙江 subsidiary).
     */
    private static Set<Long> madeInOtherProvince(CompanyFiles.Company c, RegionView seat, BaseExtractor extractor,
            Map<Long, List<String>> termsOf) {
        Set<Long> made = new HashSet<>();
        for (BaseExtractor.Base other : extractor.provinceSubsidiaries(c.introduction(), c.mainBusiness())) {
            if (!seat.code().startsWith(other.region().code().substring(0, 2))) {
                termsOf.forEach((node, terms) -> {
                    if (terms.stream().anyMatch(other.clause()::contains)) {
                        made.add(node);
                    }
                });
            }
        }
        return made;
    }

    /** The head office a company registered outside the mainland has in it; a city that does not resolve stops the start. */
    private RegionView domesticSeat(CompanyFiles.DomesticSeat seat) {
        if (places.province(seat.provinceZh()).isEmpty()) {
            throw DataFileInvalid.at(CompanyFiles.DOMESTIC_SEATS, seat.row(), "境内总部省份", "'" + seat.provinceZh() + "' is not a province");
        }
        return place(seat.provinceZh(), seat.cityZh()).orElseThrow(() -> DataFileInvalid.at(CompanyFiles.DOMESTIC_SEATS, seat.row(),
                "境内总部城市", "'" + seat.cityZh() + "' is not a city of " + seat.provinceZh()));
    }

    /**
     * The province, or municipality, of the stock list's area where it is not the one the profiles' mainland seat lies in
     * (the area 深圳 is a city, and in 广东); a seat in Hong Kong or Macao is the registration, which the stock list's
     * mainland area does not contradict (中国移动: 香港, area 北京).
     */
    private Optional<RegionView> listedElsewhere(CompanyFiles.Company c, RegionView seat) {
        if (c.stockArea() == null || seat.code().startsWith("81") || seat.code().startsWith("82") || seat.code().startsWith("71")) {
            return Optional.empty();
        }
        Optional<RegionView> area = places.province(c.stockArea()).or(() -> places.resolve(c.stockArea(), null));
        return area.filter(a -> !a.code().substring(0, 2).equals(seat.code().substring(0, 2)));
    }

    /** The region a province and city name give: the city within the province, or a municipality's province row. */
    private Optional<RegionView> place(String provinceZh, String cityZh) {
        if (provinceZh == null || cityZh == null) {
            return Optional.empty();
        }
        Optional<RegionView> province = places.province(provinceZh);
        String hint = province.map(RegionView::code).orElse(null);
        return places.resolve(cityZh, hint).or(() -> province.filter(p -> regions.children(p.code()).isEmpty()));
    }

    private record Existing(long id, boolean edited) {
    }

    private void store(List<Computed> computed) {
        Map<String, Existing> byCode = new HashMap<>();
        Map<String, Existing> byName = new HashMap<>();
        jdbc.query("select id, stock_code, name_zh, updated_at, demo from enterprise", rs -> {
            Existing e = new Existing(rs.getLong(1), rs.getTimestamp(4) != null);
            if (rs.getString(2) != null) {
                byCode.put(rs.getString(2), e);
            } else if (!rs.getBoolean(5)) {
                byName.putIfAbsent(rs.getString(3), e);
            }
        });
        Timestamp now = Timestamp.from(Instant.now());
        Map<Long, Computed> rewrite = new LinkedHashMap<>();
        List<Object[]> updates = new ArrayList<>();
        for (Computed c : computed) {
            Existing existing = c.stockCode() != null ? byCode.get(c.stockCode()) : byName.get(c.nameZh());
            if (existing == null && c.stockCode() != null) {
                existing = byName.remove(c.nameZh());
            }
            if (existing == null) {
                jdbc.update("insert into enterprise (name_zh, hq_region_code, demo, created_at, tags, version, stock_code) "
                        + "values (?, ?, false, ?, ?, 0, ?)", c.nameZh(), c.seatCode(), now, c.tags(), c.stockCode());
                Long id = c.stockCode() != null
                        ? jdbc.queryForObject("select id from enterprise where stock_code = ?", Long.class, c.stockCode())
                        : jdbc.queryForObject("select max(id) from enterprise where name_zh = ? and stock_code is null", Long.class,
                                c.nameZh());
                existing = new Existing(id, false);
            }
            Set<String> names = new LinkedHashSet<>();
            Set<String> chainCodes = new LinkedHashSet<>();
            List<Made> all = new ArrayList<>(c.atSeat());
            c.plants().forEach(p -> all.addAll(p.made()));
            for (Made m : all) {
                chains.node(m.nodeId()).ifPresent(node -> {
                    names.add(node.nameZh());
                    chainCodes.add(node.chainCode());
                });
            }
            updates.add(new Object[] {c.nameZh(), c.shortName(), c.seatCode(), c.stockCode(), c.exchange(), c.industryClass(), c.listingStatus(),
                    truncate(c.mainBusiness(), 2000), truncate(c.introduction(), 2000), c.employees(), c.revenueCny(),
                    c.revenueYear(), c.revenueCny() == null ? null : EnterpriseSize.band(c.revenueCny()).name(),
                    truncate(c.sourceZh(), 500), truncate(String.join(" ", names), 2000), truncate(String.join(";", chainCodes), 500),
                    c.tags(), c.tags(), existing.id()});
            if (!existing.edited()) {
                rewrite.put(existing.id(), c);
            }
        }
        jdbc.batchUpdate("""
                update enterprise set name_zh = ?, short_name_zh = ?, hq_region_code = ?, stock_code = ?, exchange = ?, industry_class_zh = ?,
                  listing_status = ?, main_business_zh = ?, description_zh = ?, employees = ?, revenue_cny = ?, revenue_year = ?,
                  revenue_band = ?, source_zh = ?, segment_text = ?, chain_codes = ?, tags = case when ? = 0 then tags else ? end,
                  demo = false
                where id = ?""", updates);
        List<Object[]> ids = rewrite.keySet().stream().map(id -> new Object[] {id}).toList();
        jdbc.batchUpdate("delete from enterprise_segment where enterprise_id = ?", ids);
        jdbc.batchUpdate("delete from enterprise_facility where enterprise_id = ? and source in ('EXTRACTED', 'SEED')", ids);
        long nextFacility = next("enterprise_facility");
        long nextSegment = next("enterprise_segment");
        try (BulkInsert facilities = new BulkInsert(dataSource, "enterprise_facility", FACILITY_COLUMNS, 5000);
                BulkInsert segments = new BulkInsert(dataSource, "enterprise_segment", SEGMENT_COLUMNS, 5000).after(facilities)) {
            for (Map.Entry<Long, Computed> e : rewrite.entrySet()) {
                long id = e.getKey();
                Computed c = e.getValue();
                Set<String> keys = new LinkedHashSet<>();
                for (Made m : c.atSeat()) {
                    if (keys.add(m.nodeId() + "|" + c.seatCode())) {
                        segments.add(nextSegment++, id, m.nodeId(), c.seatCode(), "PRODUCES", null, m.confidence(), m.evidence());
                    }
                }
                for (Plant p : c.plants()) {
                    long facility = nextFacility++;
                    facilities.add(facility, id, p.nameZh(), p.regionCode(), p.source(), p.evidence());
                    for (Made m : p.made()) {
                        if (keys.add(m.nodeId() + "|" + p.regionCode())) {
                            segments.add(nextSegment++, id, m.nodeId(), p.regionCode(), "PRODUCES", facility, m.confidence(),
                                    m.evidence());
                        }
                    }
                }
            }
        }
        BulkInsert.restartIdentity(jdbc, "enterprise_facility");
        BulkInsert.restartIdentity(jdbc, "enterprise_segment");
        // where each produces, for search by place (the plants a locality entered stay and count too)
        jdbc.batchUpdate("update enterprise set plant_regions = (select string_agg(f.region_code, ';' order by f.id) "
                + "from enterprise_facility f where f.enterprise_id = enterprise.id) where id = ?", ids);
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /** Evidence with a note after it, the evidence shortened first so that the note is never cut (its reader translates it). */
    private static String withNote(String evidence, String note) {
        return truncate(evidence, 500 - note.length()) + note;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
