package org.chainatlas.chain.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chainatlas.chain.CompanyText;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.chain.SegmentMatch;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The dictionary classifier. Finds every dictionary term in a text (Aho–Corasick), keeps the longest where terms
 * nest (太阳能电池 hides 电池; an {@code exclude} term hides what it contains and counts for nothing), requires
 * terms of one or two characters to fall on word boundaries of HanLP's segmentation (电池 in 蓄电池 or 电池组 does
 * not count), and discounts terms in a clause about applications, customers or raw materials (产品应用于新能源汽车;
 * 以高岭土、石英砂为原料), and terms written straight before a part word (商用车车轮, 硅橡胶电缆). Each segment
 * collects evidence E = Σ field weight × term strength over its distinct terms (main business 1, name 0.8,
 * introduction 0.5; strong 1, weak 0.35 — 0.6 when it is the whole of a short phrase; application clause × 0.25); its confidence is (1 − e^(−1.2·E)) × the
 * prior of the company's industry class for the chain (core 1, possible 0.8, none 0.3, unknown class 0.75).
 */
final class TermClassifier {

    static final double MAIN_BUSINESS = 1.0;
    static final double NAME = 0.8;
    static final double INTRODUCTION = 0.5;
    static final double STRONG = 1.0;
    static final double WEAK = 0.35;
    static final double WHOLE_PHRASE = 0.6;
    static final double APPLICATION = 0.25;
    static final double RATE = 1.2;
    static final int MAX_SEGMENTS = 6;
    static final double POSSIBLE = 0.8;
    /** The evidence a main business listed in the introduction needs to count against its class's silence on the chain. */
    static final double LISTED_OVER_CLASS = 1.5;
    private static final List<String> APPLICATION_CUES = List.of("应用于", "应用在", "应用到", "应用至", "广泛应用", "用于", "用以", "适用于", "服务于",
            "客户", "下游", "面向", "配套", "应用领域", "应用市场", "涵盖了", "覆盖了", "原材料为", "原料为", "原材料包括", "原料包括", "主要原材料", "添加至", "添加到",
            // where an industry's raw materials come from (威领: 基础锂盐产品的上游原材料主要来源于锂盐湖、锂辉石和锂云母矿山)
            "原材料主要来源于", "原材料来源于",
            // what it is made from (洪汇新材: 公司主要原辅材料VCM、VAc、丙烯酸羟丙酯及马来酸…)
            "原辅材料",
            // what it helps its customers with (金凯生科, a CDMO: 协助其解决创新药研发过程中化合物合成的工艺开发 — no drugs of its own)
            "协助其",
            // products that passed a test name the test, not a testing business (东芯: 已有多款产品通过AEC-Q100的车规认证)
            "产品通过", "已通过",
            // a programme undertaken or an honour received names a field, not a product (宁德时代: 承担了…国家新能源汽车产业
            // 技术创新工程项目 — it makes no vehicles; 陕鼓: 荣膺2023年中国新型储能压缩空气储能企业TOP10 — no battery storage)
            "承担", "荣获", "荣膺",
            // what a product is for (锦浪: 主要用途为将太阳能电池组件产生的电能…变为…交流电 — it makes inverters)
            "用途为", "用途是",
            // who buys it (大连瑞克, catalysts: 主要消费群体包括国内著名的化工及化工原料企业)
            "消费群体",
            // projects its parts went into (国机重装, forgings: 有力支撑了…百万千瓦超超临界火电机组)
            "支撑了",
            // what a material is made into (川恒: 磷酸铁主要用来制作磷酸铁锂正极材料)
            "用来",
            // what it explores (三人行, an ad agency: 深入探索人工智能和数据要素 — not 进一步探索X在…的应用, its own product's uses:
            // 扬电's cores), and what an associate does (北大医药: 公司参股的肿瘤医院管理公司控股的迦南门诊从事的肿瘤筛查…)
            "深入探索", "积极探索", "参股的",
            // what it studies for later (大连热电, a heat and power utility: 考察论证空气源热泵、电锅炉等供热新技术 — it makes no heat
            // pumps), and what its products may be filled with (中研高分子, PEEK: 根据是否添加玻璃纤维、碳纤维进行物理改性 — no fibres)
            "考察论证", "是否添加",
            // what it is moving into (凌云, car parts: 积极布局新能源电池管理系统及封装系统、汽车热管理系统 — 保定's only thermal-management
            // maker on the map had none yet)
            "积极布局",
            // …or gets involved in and watches (福能, a power utility: 积极介入抽水蓄能、压缩空气储能等大型储能，探索关注氢能等新型储能发展
            // — 南平's only storage-system 'maker')
            "积极介入", "探索关注",
            // (恒铭达, functional parts: 产品主要运用于智能手机、平板电脑…; 赛分, chromatography media: 广泛覆盖抗体、疫苗…领域)
            "运用于", "运用在", "广泛覆盖",
            // the devices its products end up in (沃格, display glass: 公司产品应用终端包括智能手机、笔电/pad…)
            "应用终端",
            // what a service provider's services cover (药明康德: 通过独特的“CRDMO”业务模式…服务范围涵盖化学药研发和生产 — it makes no
            // drugs of its own)
            "服务范围涵盖", "服务范围覆盖", "服务范围包括");
    /**
     * A market's trend is the setting, not the product (富创精密, parts for chip equipment: 随着晶圆制造向7纳米…制程工艺发展; 恒铭达,
     * functional parts: 伴随5G、OLED和折叠屏产品渗透率提升);
     * a trend of the company's own plant is not (兆驰: 随着兆驰南昌LED芯片产业园的顺利达产 — it makes the chips).
     */
    private static final Pattern TREND = Pattern.compile("随着|伴随");
    /**
     * …and so is what stands before 的发展趋势 (安达科技, a cathode maker: 立足于锂电池材料和锂电池的现状及发展趋势 — 贵阳 showed cells on
     * it, fact check 187; 紧跟智能配电网的发展趋势).
     */
    private static final Pattern TREND_OF = Pattern.compile("[^，,。；;.]{0,12}?的(现状[及和与])?发展趋势");
    /**
     * …and a roadmap the company follows (泽润, junction boxes: 紧跟全球太阳能光伏组件的技术发展路线 — 常州 showed modules on it, fact check
     * 189), not its own (坚持N型TOPCon电池的技术路线).
     */
    private static final Pattern ROADMAP_OF = Pattern.compile("[^，,。；;.]{0,12}?的(技术发展路线|发展路线|技术路线)");
    private static final Pattern FOLLOWS = Pattern.compile("紧跟|顺应|跟踪|跟随|追随");
    /**
     * The fields a product is made for (隆达: 主营业务是航空航天和燃气轮机等领域用高品质高温合金业务 — superalloys, no gas turbines; 无锡
     * showed gas turbines on it, fact check 189).
     */
    private static final Pattern FIELDS_USED_IN = Pattern.compile("[^，,。；;.]{0,6}?等领域用");
    /**
     * What the product acts on, after 对 (泽润 again: 还能够对光伏组件实现发电效率智能优化、智能关断), not the 对 of 针对, 应对, 面对 or
     * 相对, which are other words.
     */
    private static final Pattern ACTED_ON = Pattern.compile("[^，,。；;.]{0,4}?(实现|进行)");
    private static final String NOT_ACTING_BEFORE = "针应面相绝反";
    /**
     * …and a tool that acts on the company's product is its customers' (路维光电, photomasks: 光刻机/曝光机通过对掩膜版曝光，将掩膜版上的
     * 图形转移… — 深圳 showed lithography tools on it, fact check 190): a machine or equipment only.
     */
    private static final Pattern ACTING_ON = Pattern.compile("([/／][^，,。；;./／]{1,6})?通过对");
    private static final List<String> OWN_PLANT = List.of("公司", "达产", "投产", "建成", "产能", "项目", "产业园", "基地");
    /**
     * What a product meets is its customers' demand (华民: 可满足包括TOPCon、HJT…等N型高端太阳能电池的需要 — it makes wafers): the
     * terms between 满足 and the demand named, not the product written after it (天奥电子: 满足航空航天…需求的系列化铷原子钟).
     */
    private static final String MEETS = "满足";
    private static final List<String> DEMANDS = List.of("需求", "需要", "要求");
    /** 根据X的需求: what is made follows other people's demand (北辰互邦: 根据光伏、风力发电场的需求研制…箱式变电站 — no wind farms). */
    private static final String ACCORDING_TO = "根据";
    /**
     * An industry's chance or outlook is a market the company watches (尚太, anodes: 公司注意到锂离子电池行业的发展机会 — no
     * cells), not what it makes.
     */
    private static final Pattern MARKET_CHANCE = Pattern.compile("^[^，,。；;]{0,12}?(行业|产业|市场)的?(快速|蓬勃|良好|广阔)?的?(发展)?(机会|机遇|前景|空间)");
    /**
     * Equipment for an industry named by its products (东旭光电: 为高端客户提供TFT-LCD、OLED平板显示行业高端智能装备 — it makes the
     * machines, not panels).
     */
    private static final Pattern INDUSTRY_EQUIPMENT = Pattern.compile("^[^，,。；;为]{0,20}?(行业|领域)(用|的)?[^，,。；;]{0,8}?(设备|装备)");
    /**
     * 为X制造商提供Y: the makers a company provides for are its customers (光庭信息, a software house: 为汽车零部件供应商和汽车整车
     * 制造商提供…软件定制化开发 — it makes no vehicles; 宇顺: 为智能手机整机制造商提供…触控显示一体化解决方案 — no phones).
     */
    private static final String FOR = "为";
    private static final String PROVIDES = "提供";
    private static final List<String> PROVIDED_TO = List.of("制造商", "厂商", "厂家", "供应商", "生产商", "生产企业", "制造企业",
            // …or the operators and equipment makers it serves (中通国脉, network services: 为基础电信运营商和通信设备商提供…通信网络
            // 工程和维护综合技术服务 — it makes no telecom equipment)
            "设备商", "运营商",
            // …or fields (精研科技: 为智能手机、可穿戴设备…等消费电子领域提供…零部件)
            "领域");
    /** Written after the terms of a clause that began with 以: what the product is made from (以高岭土、石英砂等为原料). */
    private static final List<String> RAW_MATERIAL_ENDS = List.of("为原料", "为主要原料", "为原材料", "为主要原材料",
            // …or what it is for (紫建电子, small lithium cells: 产品以各类小型消费类电子产品为主要应用领域)
            "为应用领域", "为主要应用领域",
            // …or the market it sells to (松井, coatings: 以3C行业中的高端消费类电子…为目标市场)
            "为目标市场", "为主要目标市场");
    private static final String CLAUSE_ENDS = "，,。；;！!？?：:\n";

    /** The node ids of a chain's segments, for the matches' ids. */
    private final Map<String, Map<String, Long>> nodeIds;
    private final Dictionary dictionary;
    private final AhoCorasickDoubleArrayTrie<List<Dictionary.Term>> trie = new AhoCorasickDoubleArrayTrie<>();
    /** One segmenter per thread (HanLP's analysers keep no state between calls; a shared one under a lock serialised them). */
    private final ThreadLocal<Segment> segmenter = ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true));

    TermClassifier(Dictionary dictionary, Map<String, Map<String, Long>> nodeIds) {
        this.dictionary = dictionary;
        this.nodeIds = nodeIds;
        TreeMap<String, List<Dictionary.Term>> byText = new TreeMap<>();
        for (Dictionary.Term term : dictionary.terms()) {
            if (!term.text().isEmpty()) {
                byText.computeIfAbsent(term.text(), k -> new ArrayList<>()).add(term);
            }
        }
        trie.build(byText);
    }

    /** One kept occurrence of a dictionary text in a field. */
    record Hit(int begin, int end, String text, List<Dictionary.Term> terms, boolean application, boolean qualifier) {

        Hit(int begin, int end, String text, List<Dictionary.Term> terms, boolean application) {
            this(begin, end, text, terms, application, false);
        }

        /**
         * Whether it says the company makes it: not in a clause about customers or uses, not before a part word. A term
         * that only qualifies the next of its chain (背光显示模组) is discounted but still may be made; one before a part
         * word that is itself a term of the chain (新能源汽车动力电池: the battery that drives it) or before a term of a
         * segment that supplies it (锂电池三元材料, 新能源汽车动力电池系统) is not.
         */
        boolean made() {
            return !application || qualifier;
        }

        /** The same occurrence read as a use: what the product is for, not made. */
        Hit asUse() {
            return new Hit(begin, end, text, terms, true, false);
        }
    }

    /**
     * A registered business scope pasted after the main business (天宏锂电: 锂离子电池模组的研发,设计,组装及销售一般项目:电池制造;…;变压器,
     * 整流器和电感器制造…) lists what the licence allows, not what is made: the main business is read up to it. A main business
     * that is the scope alone (宏中药业: 许可项目:药品生产;…) is read as it is.
     */
    static String withoutRegisteredScope(String mainBusiness) {
        if (mainBusiness == null) {
            return null;
        }
        Matcher scope = REGISTERED_SCOPE.matcher(mainBusiness);
        // (a scope may also begin with its licensed items, closed by 依法须经批准的项目…: 蓝璟 — that is no statement of its own)
        return scope.find() && scope.start() >= MIN_OWN_STATEMENT && !mainBusiness.substring(0, scope.start()).contains("批准")
                ? mainBusiness.substring(0, scope.start()) : mainBusiness;
    }

    private static final Pattern REGISTERED_SCOPE = Pattern.compile("(一般项目|许可项目)[:：]");
    /** How long a statement of its own must be, before a pasted scope, to be read instead of it. */
    private static final int MIN_OWN_STATEMENT = 6;

    List<SegmentMatch> company(CompanyText company) {
        // a company that says it is a distributor, and whose main business says nothing of making, makes none of what it sells
        // (同益实业: 公司是中高端化工及电子材料应用服务型分销商 — 深圳's plastics, polarizers and phones were its customers'), or whose
        // main business itself names it one (众业达: 主营业务:工业电气产品的专业分销商…以及进行系统集成产品和成套制造产品的生产 — 汕头's
        // wind farms and industrial control had rested on the ABB and Siemens goods it resells; fact check 131); distributing is
        // the one segment such a company works in
        // (中瑞医药: 公司是一家专注于血液制品、重症急救药品的流通型医药商业企业 — it makes no blood products)
        boolean distributor = distributorOnly(company);
        boolean servesOilfields = servesOilfields(company.mainBusiness());
        boolean veterinary = veterinary(company.mainBusiness());
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        collect(evidence, withoutRegisteredScope(company.mainBusiness()), MAIN_BUSINESS);
        // an institute's name says what it tests or studies, not what it makes (西安高压电器研究院, a testing laboratory)
        if (company.name() == null || !INSTITUTE_NAME.matcher(company.name()).find()) {
            collect(evidence, company.name(), NAME);
        }
        collect(evidence, company.introduction(), INTRODUCTION);
        List<SegmentMatch> matches = new ArrayList<>();
        boolean packager = packagesOnly(company.mainBusiness());
        for (Evidence e : evidence.values()) {
            String segment = e.chain + "/" + e.node;
            if (e.node == null || (packager && CHIP_DESIGN.contains(segment)) || (distributor && !DISTRIBUTING.contains(segment))
                    || (servesOilfields && PUMPED.contains(segment)) || (veterinary && VACCINES.equals(segment))) {
                continue;
            }
            // a segment its class does not make still counts as its chain would where the introduction lists it as the main
            // business (多氟多, classed 化工原料: 主营业务为氟基新材料、新能源材料、电子信息材料和新能源电池), and a chain its class
            // does not work in counts as possible where the main business is said so in more than one place (罗平锌电, classed
            // 铅锌: 主营业务:铅锌矿石采选,锌冶炼,水力发电… and 公司主营业务为水力发电、铅锌矿的开采… — not 继峰, a seat maker
            // whose 主要产品 list names its armrests' 操作系统 once)
            double prior = prior(company.industryClass(), e.chain, e.node);
            if (e.mainBusinessListed) {
                prior = Math.max(prior, prior(company.industryClass(), e.chain));
                if (e.total() >= LISTED_OVER_CLASS) {
                    prior = Math.max(prior, POSSIBLE);
                }
            }
            double confidence = confidence(e.total()) * prior;
            // customers named many times make no maker (国轩高科: 产品广泛应用于纯电动乘用车、商用车、专用车…等新能源汽车领域)
            if (confidence >= SegmentClassifier.ACCEPT && e.made) {
                matches.add(e.match(confidence, nodeIds));
            }
        }
        brineLithium(matches).ifPresent(matches::add);
        dosageFormsOnly(matches);
        matches.sort(Comparator.comparingDouble(SegmentMatch::confidence).reversed()
                .thenComparing(SegmentMatch::chainCode).thenComparing(SegmentMatch::nodeCode));
        return matches.size() > MAX_SEGMENTS ? List.copyOf(matches.subList(0, MAX_SEGMENTS)) : matches;
    }

    /** Segments of what is pumped from the ground: an oilfield-services contractor drills for it and owns none. */
    private static final Set<String> PUMPED = Set.of("chemical-new-materials/natural-gas");

    /**
     * Whether the main business is services to oil and gas fields and says nothing of producing gas (贝肯能源: 从事油气勘探和开发过程中
     * 的钻井工程技术服务 — 克拉玛依's natural gas had rested on a drilling contractor, fact check 150; 石化油服: 油气勘探开发工程施工与技术
     * 服务; 镇海石化工程: 为石油,化工行业提供规划咨询,工程设计…等服务).
     */
    static boolean servesOilfields(String mainBusiness) {
        return mainBusiness != null && OILFIELD_SERVICES.matcher(mainBusiness).find() && !GAS_PRODUCED.matcher(mainBusiness).find();
    }

    private static final Pattern OILFIELD_SERVICES = Pattern.compile(
            "(油气|石油|天然气|油田|页岩气|煤层气)[^。；;]{0,24}?(工程技术服务|技术服务|工程施工|钻井服务|油田服务|提供[^。；;]{0,30}服务)");
    private static final Pattern GAS_PRODUCED = Pattern.compile("(天然气|油气|页岩气|煤层气)[^。；;，,]{0,6}(开采|生产|勘探开发和销售)|产量");

    private static final String VACCINES = "biomedicine/vaccines";

    /**
     * Whether the main business is animal health and says nothing of people: its vaccines are for animals, not the vaccines
     * segment's (天康制药: 兽用生物制品研发,生产,销售 — 口蹄疫疫苗、禽流感疫苗…, and 乌鲁木齐 showed human vaccines on it; 大华农; fact
     * check 161).
     */
    static boolean veterinary(String mainBusiness) {
        return mainBusiness != null && VETERINARY.matcher(mainBusiness).find() && !mainBusiness.contains("人用");
    }

    private static final Pattern VETERINARY = Pattern.compile("兽用|兽药|动物保健|动物疫苗");

    private static final String CHEMICAL_DRUGS = "biomedicine/chem-drugs";
    private static final String PATENT_MEDICINES = "biomedicine/chinese-patent";
    /** Words for the form a medicine takes, chemical or traditional, and for how it is sold. */
    private static final Set<String> DOSAGE_FORMS = Set.of("片剂", "胶囊剂", "颗粒剂", "外用制剂", "制剂", "处方药",
            "非处方药", "OTC");

    /**
     * A maker of patent medicines whose texts name chemical drugs only by dosage forms makes the forms of its patent medicines
     * (新天药业: 拥有通过GMP认证的硬胶囊剂、合剂、颗粒剂…片剂…等八个剂型生产线 — 宁泌泰胶囊 and 坤泰胶囊 are patent medicines; 贵阳
     * showed chemical drugs on it, fact check 152; 太安堂, 佐力, 陇神戎发 the same): the chemical drugs go. Injections (注射液,
     * 注射用) are no such word: 人福 names its chemical drugs by them.
     */
    private static void dosageFormsOnly(List<SegmentMatch> matches) {
        boolean patent = matches.stream().anyMatch(m -> PATENT_MEDICINES.equals(m.chainCode() + "/" + m.nodeCode()));
        if (patent) {
            matches.removeIf(m -> CHEMICAL_DRUGS.equals(m.chainCode() + "/" + m.nodeCode()) && DOSAGE_FORMS.containsAll(m.terms()));
        }
    }

    private static final Pattern INSTITUTE_NAME = Pattern.compile("研究院|研究所|设计院");

    private static final String SALT_BRINE = "chemical-new-materials/salt-brine";
    private static final String LITHIUM_SALTS = "nev-battery/lithium";
    private static final String RESOURCE_CHAIN = "chemical-new-materials";
    private static final String LITHIUM_ORE = "lithium-ore";
    private static final Predicate<String> SALT_LAKE_WORD = t -> t.contains("盐湖") || t.contains("卤水");

    /**
     * Lithium from a salt lake is drawn from its brine by the brine's owner, beside the lake: a company that works a salt lake's
     * brine (its salt-brine match names 盐湖 or 卤水) and makes lithium salts works a lithium resource (盐湖股份: 公司主营业务氯化钾、
     * 碳酸锂等产品 … 察尔汗盐湖资源的综合开发利用; 藏格: 立足盐湖资源 — fact check 125 found 海西, China's salt-lake lithium base,
     * without a lithium resource), at the lesser of the two confidences and on the words of both.
     */
    private Optional<SegmentMatch> brineLithium(List<SegmentMatch> matches) {
        Optional<SegmentMatch> brine = matches.stream().filter(m -> SALT_BRINE.equals(m.chainCode() + "/" + m.nodeCode())
                && m.terms().stream().anyMatch(SALT_LAKE_WORD)).findFirst();
        Optional<SegmentMatch> salts = matches.stream().filter(m -> LITHIUM_SALTS.equals(m.chainCode() + "/" + m.nodeCode()))
                .findFirst();
        if (brine.isEmpty() || salts.isEmpty()
                || matches.stream().anyMatch(m -> RESOURCE_CHAIN.equals(m.chainCode()) && LITHIUM_ORE.equals(m.nodeCode()))) {
            return Optional.empty();
        }
        Set<String> words = new LinkedHashSet<>(brine.get().terms().stream().filter(SALT_LAKE_WORD).toList());
        words.addAll(salts.get().terms());
        Long node = nodeIds.getOrDefault(RESOURCE_CHAIN, Map.of()).get(LITHIUM_ORE);
        return Optional.of(new SegmentMatch(RESOURCE_CHAIN, LITHIUM_ORE, node,
                Math.min(brine.get().confidence(), salts.get().confidence()), List.copyOf(words)));
    }

    /**
     * Whether the company calls itself a distributor, dealer or trader, and its main business says nothing of making or itself
     * gives distributing as the main business.
     */
    static boolean distributorOnly(CompanyText company) {
        String texts = (company.introduction() == null ? "" : company.introduction()) + "。"
                + (company.mainBusiness() == null ? "" : company.mainBusiness());
        return DISTRIBUTOR.matcher(texts).find() && (company.mainBusiness() == null || !MAKES.matcher(company.mainBusiness()).find()
                || MAIN_BUSINESS_DISTRIBUTING.matcher(company.mainBusiness()).find());
    }

    private static final Pattern MAIN_BUSINESS_DISTRIBUTING = Pattern.compile("主营业务[:：为是][^，,。；;.]{0,20}(分销商|经销商|代理商|贸易商)");

    private static final Pattern DISTRIBUTOR = Pattern.compile(
            "(公司|本公司|发行人)(是|为)[^，。；;]{0,20}(分销商|经销商|代理商|贸易商|医药商业企业|医药流通企业)|处于分销环节"
                    + "|(分销|代理)业务[^，。；;]{0,16}占比");

    /** The segments whose business is distributing what others make. */
    private static final Set<String> DISTRIBUTING = Set.of("biomedicine/distribution");

    /** Segments of chip design: a packaging and test house names the chips it packages, not chips it designs. */
    private static final Set<String> CHIP_DESIGN = Set.of("integrated-circuits/digital-ic", "integrated-circuits/analog-ic",
            "new-display/driver-ic", "nev-battery/auto-chip");

    /**
     * Whether the main business is packaging and testing chips, and not designing them (颀中: 主要从事集成电路的先进封装与测试
     * 业务…聚焦于显示驱动芯片封测领域; 汇成: 显示驱动芯片全制程封装测试综合服务; 伟测: 第三方集成电路测试). A design house or an IDM
     * writes 设计 too.
     */
    static boolean packagesOnly(String mainBusiness) {
        if (mainBusiness == null) {
            return false;
        }
        String m = mainBusiness.replace("封装与测试", "封装测试");
        return (m.contains("封装测试") || m.contains("封测") || m.contains("集成电路测试")) && !m.contains("设计");
    }

    List<SegmentMatch> phrase(String phrase) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        collect(evidence, phrase, MAIN_BUSINESS, true);
        List<SegmentMatch> matches = new ArrayList<>();
        for (Evidence e : evidence.values()) {
            matches.add(e.match(confidence(e.total()), nodeIds));
        }
        matches.sort(Comparator.comparingDouble(SegmentMatch::confidence).reversed()
                .thenComparing(SegmentMatch::chainCode).thenComparing(m -> m.nodeCode() == null ? "" : m.nodeCode()));
        return matches;
    }

    static double confidence(double evidence) {
        return Math.round((1 - Math.exp(-RATE * evidence)) * 1000) / 1000.0;
    }

    double prior(String industryClass, String chainCode) {
        return prior(industryClass, chainCode, null);
    }

    /** The prior of the class for the chain, or for the segment where the class has a row of its own for it. */
    double prior(String industryClass, String chainCode, String nodeCode) {
        if (industryClass == null || !dictionary.knowsClass(industryClass)) {
            return 0.75;
        }
        Dictionary.Fit fit = dictionary.fit(industryClass, chainCode, nodeCode);
        return fit == Dictionary.Fit.CORE ? 1 : fit == Dictionary.Fit.POSSIBLE ? POSSIBLE : 0.3;
    }

    /** Evidence for one chain segment (or chain, node null): per field, the best weight of each distinct term. */
    private static final class Evidence {
        final String chain;
        final String node;
        final Map<String, Double> byTerm = new LinkedHashMap<>();
        final Set<String> written = new LinkedHashSet<>();

        Evidence(String chain, String node) {
            this.chain = chain;
            this.node = node;
        }

        /** Whether any of its terms was written as something made, not only as what the products are for. */
        boolean made;
        /** Whether the introduction gives one of its terms as the company's main business (cultivated or listed). */
        boolean mainBusinessListed;

        void add(String fieldKey, String term, double weight, boolean made) {
            byTerm.merge(fieldKey + "|" + term, weight, Math::max);
            written.add(term);
            this.made |= made;
        }

        double total() {
            return byTerm.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        SegmentMatch match(double confidence, Map<String, Map<String, Long>> ids) {
            Long id = node == null ? null : ids.getOrDefault(chain, Map.of()).get(node);
            return new SegmentMatch(chain, node, id, confidence, List.copyOf(written));
        }
    }

    private void collect(Map<String, Evidence> evidence, String field, double fieldWeight) {
        collect(evidence, field, fieldWeight, false);
    }

    /**
     * With {@code whole}, a weak term that covers (nearly) all of a short phrase counts as {@link #WHOLE_PHRASE}: a zone
     * whose leading industry is exactly 化工 is a chemical zone, while 化工 in passing in a company text says little.
     */
    private void collect(Map<String, Evidence> evidence, String field, double fieldWeight, boolean whole) {
        if (field == null || field.isBlank()) {
            return;
        }
        String key = String.valueOf(fieldWeight);
        int length = field.strip().length();
        List<Hit> hits = hits(field);
        for (Hit hit : hits) {
            // a business the company left counts for nothing, not even as a use (博源化工: 战略性退出煤炭、煤制乙二醇、天然气制甲醇及其
            // 下游产业 — 鄂尔多斯's coal chemistry had rested on it)
            if (hit.application() && leftBusiness(field, hit.begin())) {
                continue;
            }
            boolean covers = whole && (hit.end() - hit.begin()) >= 0.75 * length;
            // the company's core business, as if its main-business text said it: decided once per hit, not per term
            boolean cultivated = fieldWeight == INTRODUCTION && cultivated(field, hit);
            boolean listed = fieldWeight == INTRODUCTION && !cultivated
                    && hit.terms().stream().anyMatch(t -> t.strength() == Dictionary.Strength.STRONG)
                    && listedAsMainBusiness(field, hit, hits);
            // a product with its capacity in 万吨 is made, in quantity (淮北矿业: 焦炭核定产能440万吨/年，甲醇90万吨/年 — its methanol at
            // 临涣; fact check 138): counted as the main business says it, and a broad term as a strong one where it is the only
            // reading of the hit (not 涂料, which names two segments; not the chloride reading of 金红石型钛白粉 beside its strong
            // sulphate one) and the field names its chain by a strong term made too (淮北矿业's 炼焦 — not 北方稀土's 抛光材料产能3.6万吨,
            // rare-earth polishing powder, in a text naming no chip material)
            boolean capacity = !hit.application() && (CAPACITY_AFTER.matcher(field).region(hit.end(), field.length()).lookingAt()
                    || capacityBefore(field, hit));
            boolean alone = capacity && hit.terms().size() == 1 && strongChains(hits).contains(hit.terms().get(0).chainCode());
            for (Dictionary.Term term : hit.terms()) {
                if (term.strength() == Dictionary.Strength.EXCLUDE || (term.strength() == Dictionary.Strength.ZONE && !whole)
                        || (term.strength() == Dictionary.Strength.COMPANY && whole) || saysWhichItMeans(field, hits, hit, term)) {
                    continue;
                }
                boolean strong = term.strength() == Dictionary.Strength.STRONG || alone;
                double strength = strong ? STRONG : covers ? WHOLE_PHRASE : WEAK;
                double weight = fieldWeight * strength * (hit.application() ? APPLICATION : 1);
                boolean asMainBusiness = cultivated || (listed || capacity) && strong;
                if (asMainBusiness) {
                    weight = MAIN_BUSINESS * strength;
                }
                Evidence e = evidence.computeIfAbsent(term.chainCode() + "|" + (term.nodeCode() == null ? "*" : term.nodeCode()),
                        k -> new Evidence(term.chainCode(), term.nodeCode()));
                e.add(key, hit.text(), weight, hit.made());
                e.mainBusinessListed |= asMainBusiness;
            }
        }
    }

    /** The chains a field names by a strong term read as made. */
    private static Set<String> strongChains(List<Hit> hits) {
        Set<String> chains = new HashSet<>();
        for (Hit h : hits) {
            if (h.made()) {
                h.terms().stream().filter(t -> t.strength() == Dictionary.Strength.STRONG).forEach(t -> chains.add(t.chainCode()));
            }
        }
        return chains;
    }

    /**
     * Whether the hit is a broad term (weak, or counted in company texts only) of a segment whose excluded term, naming
     * a kind of it (ending in it), stands in the same sentence, and no counted kind of it does: the bare word means that
     * kind (骆驼: 主营业务为蓄电池研究,开发,制造…,主要产品系…铅酸蓄电池 — its 蓄电池 are lead-acid, no power-battery cells).
     */
    private static boolean saysWhichItMeans(String field, List<Hit> hits, Hit hit, Dictionary.Term term) {
        if (term.nodeCode() == null || term.strength() == Dictionary.Strength.STRONG) {
            return false;
        }
        int from = startAfter(field, hit.begin(), KIND_SENTENCE_ENDS);
        int to = endBefore(field, hit.end(), KIND_SENTENCE_ENDS);
        boolean excludedKind = false;
        for (Hit other : hits) {
            if (other == hit || other.begin() < from || other.end() > to || other.text().length() <= hit.text().length()
                    || !other.text().endsWith(hit.text())) {
                continue;
            }
            for (Dictionary.Term t : other.terms()) {
                if (t.chainCode().equals(term.chainCode()) && term.nodeCode().equals(t.nodeCode())) {
                    if (t.strength() != Dictionary.Strength.EXCLUDE) {
                        return false;
                    }
                    excludedKind = true;
                }
            }
        }
        return excludedKind;
    }

    private static final String KIND_SENTENCE_ENDS = "。；;！!？?\n";

    /**
     * Whether the introduction says the company has long worked in this (天赐, whose main-business text says only
     * 精细化工材料: 公司深耕锂电池电解液业务十余载; 中巨芯: 深耕电子湿化学品…), or that this business is now its focus (中冶美利云,
     * whose main-business text still says paper: 公司关停造纸业务…聚焦绿色低碳数据中心业务) — a focus on a business, not on a field
     * or a market (聚焦于消化、呼吸、抗肿瘤等优势领域; 聚焦新能源汽车领域 name no product).
     */
    private static boolean cultivated(String field, Hit hit) {
        return !hit.application() && (field.substring(Math.max(0, hit.begin() - 4), hit.begin()).contains("深耕")
                || FOCUS.matcher(field.substring(Math.max(0, hit.begin() - 10), hit.begin())).find()
                && (field.startsWith("业务", hit.end()) || FOCUS_BUSINESS.matcher(field).region(hit.end(), field.length()).lookingAt())
                // the business it turned to (凯盛新能源: 实现了从信息显示玻璃向光伏玻璃的业务转型)
                || field.substring(Math.max(0, hit.begin() - 1), hit.begin()).equals("向") && field.startsWith("的业务转型", hit.end())
                // a business said to be the company's main one (京山轻机: 光伏装备业务和包装装备业务为公司核心主业板块)
                || SUBJECT_MAIN_BUSINESS.matcher(field).region(hit.end(), field.length()).lookingAt());
    }

    private static final Pattern SUBJECT_MAIN_BUSINESS = Pattern.compile("业务[^，,。；;]{0,12}?为公司(的)?(核心|主要)?(主业|主营业务|核心业务)");

    private static final Pattern FOCUS = Pattern.compile("聚焦[^，,。；;、]{0,6}$");
    /** …的研发、生产和销售核心业务 after a focused term (三安光电: 公司聚焦化合物半导体材料与器件的研发、生产和销售核心业务). */
    private static final Pattern FOCUS_BUSINESS = Pattern.compile("[^，,。；;]{0,8}?的(研发|生产|制造)[^，,。；;]{0,12}?(核心|主营)?业务");

    /**
     * Whether the term is a whole item of the list an introduction gives as the company's main business or main products
     * (盐湖股份, whose main-business text says only 氯化钾: 公司主营业务氯化钾、碳酸锂等产品; 攀钢钒钛: 主要产品包括氧化钒、…、钒电解液、
     * 钛白粉、钛渣等; 藏格: 主要从事电池级碳酸锂的生产、销售). Only a whole item, of a list whose last item ends in no kind of
     * equipment or part: a term qualifying another noun is what the product is for (主要产品为显示模组类设备; 显示模组、触控模组类设备;
     * 笔记本电脑及其他电子消费品的结构件模组), and counts as before. {@code field} is the text as written (a full-width ，ends the clause, an ASCII comma
     * separates items of a list written the exchange's way: 主要产品:氧化钒,钒铁,钛白粉); {@code hits} are the field's hits.
     */
    static boolean listedAsMainBusiness(String field, Hit hit, List<Hit> hits) {
        if (hit.application()) {
            return false;
        }
        int clauseStart = hit.begin();
        while (clauseStart > 0 && hit.begin() - clauseStart < MAIN_BUSINESS_REACH
                && MAIN_BUSINESS_CLAUSE_ENDS.indexOf(field.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        String before = field.substring(clauseStart, hit.begin());
        int clauseEnd = endBefore(field, hit.end(), MAIN_BUSINESS_CLAUSE_ENDS);
        String after = field.substring(hit.end(), clauseEnd);
        int cueEnd = -1;
        for (String cue : MAIN_BUSINESS_CUES) {
            int at = before.lastIndexOf(cue);
            int end = clauseStart + at + cue.length();
            if (at >= 0 && !before.startsWith("收入", at + cue.length())
                    && (!BARE_CUES.contains(cue) || hits.stream().anyMatch(h -> h.begin() == end))) {
                cueEnd = Math.max(cueEnd, end);
            }
        }
        // 以A、B的研发、生产和销售为主业 (沧州大化: 以甲苯二异氰酸酯(TDI)、聚碳酸酯(PC)…为主业), from the last 以 before the term
        if (cueEnd < 0 && MAIN_BUSINESS_FRAME_END.matcher(after).find()) {
            java.util.regex.Matcher frame = MAIN_BUSINESS_FRAME.matcher(before);
            while (frame.find()) {
                cueEnd = clauseStart + frame.end();
            }
        }
        // a list closed by 等业务板块 or …的产品布局 names the company's businesses (隆基绿能, whose main-business text still says
        // wafers: 构建单晶硅片、电池组件、分布式光伏解决方案、地面光伏解决方案、氢能装备等业务板块; 龙旗, an ODM: 形成了涵盖智能手机、
        // 平板电脑和AIoT产品的智能产品布局), from the verb that opens it
        if (cueEnd < 0 && BUSINESS_LIST_END.matcher(after).find()) {
            java.util.regex.Matcher opening = BUSINESS_LIST_OPENING.matcher(before);
            while (opening.find()) {
                cueEnd = clauseStart + opening.end();
            }
        }
        if (cueEnd < 0 || associateBefore(field, clauseStart)) {
            return false;
        }
        for (String word : NOT_MADE_AFTER_LIST) {
            if (after.contains(word)) {
                return false;
            }
        }
        int itemStart = hit.begin();
        while (itemStart > cueEnd && !separates(field, itemStart - 1)) {
            itemStart--;
        }
        String head = field.substring(itemStart, hit.begin());
        if (!(head.isEmpty() || ITEM_PREFIXES.contains(head) || GRADE_SERIES.matcher(head).matches()
                || itemStart == cueEnd && LIST_OPENINGS.contains(head))) {
            return false;
        }
        int itemEnd = hit.end();
        while (itemEnd < clauseEnd && !separates(field, itemEnd)) {
            itemEnd++;
        }
        String ending = field.substring(hit.end(), itemEnd);
        if (!ITEM_ENDINGS.matcher(ending).matches()
                && !(PRODUCT_ENDING.matcher(ending).matches() && ACTIVITY_ENDS.indexOf(hit.text().charAt(hit.text().length() - 1)) < 0)) {
            return false;
        }
        // a kind of equipment or part written after the list's last item qualifies every item (显示模组、触控模组类设备)
        int lastItem = clauseEnd;
        while (lastItem > itemEnd && !separates(field, lastItem - 1)) {
            lastItem--;
        }
        int tail = lastItem;
        for (Hit h : hits) {
            if (h.begin() >= lastItem && h.end() <= clauseEnd) {
                tail = h.end();
            }
        }
        return !QUALIFYING_TAIL.matcher(field.substring(Math.max(tail, hit.end()), clauseEnd)).find();
    }

    /** A tail that makes the items of a list what a piece of equipment or a part is for (…类设备, …的结构件模组). */
    private static final Pattern QUALIFYING_TAIL = Pattern.compile(
            "(类|的)[^、，。；]{0,12}?(设备|装置|装备|仪器|模具|生产线|结构件|零部件|部件|配件|模组|外壳|壳体|芯片)");

    /**
     * Whether the sentence of the clause, or the one before it, speaks of an associate (长征天成: 公司通过参股…香港长城矿业开发有限公司
     * 获取投资收益。香港长城主要从事…，目前的主要产品为锆中矿和钛精矿): what follows is the associate's business, not the company's.
     */
    private static boolean associateBefore(String field, int clauseStart) {
        int sentences = 0;
        int at = clauseStart;
        while (at > 0 && sentences < 2) {
            at--;
            if (field.charAt(at) == '。' && ++sentences == 2) {
                break;
            }
        }
        return field.substring(at, clauseStart).contains("参股");
    }

    /**
     * Words of an introduction that name what follows in their clause as the company's main business or products; 业务涵盖/业务包括 too (弘元: 业务涵盖高端装备制造、工业硅与晶硅、单晶硅片、N型电池、组件等…全产业链
     * — its main-business text still says machine tools), while a list of fields (…等领域) stays none (NOT_MADE_AFTER_LIST).
     */
    private static final List<String> MAIN_BUSINESS_CUES = List.of("主营业务", "主营产品", "主要产品", "主导产品", "主要从事", "业务涵盖",
            "业务包括", "主营", "主要生产", "业务领域涵盖", "业务领域包括", "产品包括",
            // (和展: 公司主要经营业务为混塔及土地一级开发、供水、污水处理… — 铁岭 showed no water works; fact check 181)
            "经营业务");
    /**
     * Cues that open a list only when its first item follows at once (新新钒钛: 公司主营钒渣、五氧化二钒、钒铁合金…; 鲁西化工:
     * 主要生产聚碳酸酯、己内酰胺…): 主要生产设备包括… lists machines the company uses, 主营业务收入 is no list.
     */
    private static final Set<String> BARE_CUES = Set.of("主营", "主要生产");
    /**
     * 以…为主业 (or 为两大核心业务: 科达制造, 以建材机械、锂电材料为两大核心业务; or …等主导产品为支柱: 神马实业, 以尼龙66盐…、工程塑料、
     * 工业丝(帘子布)…等主导产品为支柱): the items between are the main business, whatever the clause says of them in between.
     */
    private static final Pattern MAIN_BUSINESS_FRAME = Pattern.compile("(?<![可所予加难得])以(?![及上来下后前往])|(?<=公司)将");
    private static final Pattern BUSINESS_LIST_END = Pattern.compile(
            "^[^，,。；;]*?(等(主要|核心|[两三四五六七八九]大)?业务板块|的[^，,。；;、]{0,6}?(产品|业务)布局"
            // (or counted: 深南电路: 拥有印制电路板、封装基板、电子装联三项业务 — 深圳 showed no IC substrates; fact check 190)
            + "|[、和及与][^，,。；;、]{2,8}?[两三四五六七八九]项(主营|核心|主要)?业务(?![资收]))");
    private static final Pattern BUSINESS_LIST_OPENING = Pattern.compile("(构建|形成|拥有|包括|涵盖)(了)?");
    private static final Pattern MAIN_BUSINESS_FRAME_END = Pattern.compile(
            "为([两三四五六]大)?(主业|主营业务|主要业务|核心业务)|(主导|主要|核心)产品为支柱"
            // (天马: 公司将手机显示、车载显示作为核心业务)
            + "|作为([两三四五六]大)?(主业|主营业务|核心业务)");
    /** Words that may stand before an item of such a list (阿胶及系列中成药; 海信家电: 汽车空调压缩机及综合热管理系统). */
    private static final Set<String> ITEM_PREFIXES = Set.of("系列", "各类", "各种", "综合", "高端");
    /** A grade's series before an item (大庆华科: 主要产品有：C9系列石油树脂、C5系列石油树脂…). */
    private static final Pattern GRADE_SERIES = Pattern.compile("[A-Z0-9]{1,4}系列");
    /**
     * A product written with 产品 after it (沧州明珠: 锂离子电池隔膜产品; 瑞星: 压力容器类产品), or with its capacity (龙佰: 集团主营
     * 钛白粉产能、海绵钛产能; 钛能化学: 磷酸铁年产能为10万吨), and with what is done with them (宇晶: …热场系统及光伏硅片系列产品的
     * 研发、生产和销售), allowed unless the term is an activity (禾望's 风力发电产品 are converters) or a system (亚普's 储能系统产品
     * are fuel tanks): the characters such terms end in tell.
     */
    private static final Pattern PRODUCT_ENDING = Pattern.compile(
            "(系列|类)?产品(等)?(的(研发|研制|生产|制造|加工|开发|设计).*)?|产能|年产能(为|达)?[0-9.]+万?(吨|GWh|GW|台|套|片)");
    private static final String ACTIVITY_ENDS = "电务营理造工收测程统";
    /**
     * Whether a capacity in 万吨 stands before the hit, straight or with a few words of kind between (鲁北化工: 拥有…30万吨磷铵、
     * 40万吨硫酸…100万吨原盐…生产规模), in a
     * clause that builds or plans nothing and not before 项目 (宇新: 建设6万吨/年PBAT装置; 海南矿业: 2万吨氢氧化锂项目 — plants to come).
     */
    private static boolean capacityBefore(String field, Hit hit) {
        Matcher capacity = CAPACITY_BEFORE.matcher(field).region(Math.max(0, hit.begin() - CAPACITY_REACH), hit.begin());
        // (not a line that processes it: 新疆大全's 15万吨/年高纯工业硅精加工磨粉线 grinds the silicon it buys)
        if (!capacity.find() || NOT_MADE_AFTER_CAPACITY.stream().anyMatch(w -> field.startsWith(w, hit.end()))) {
            return false;
        }
        return !BUILT_OR_PLANNED.matcher(field).region(startAfter(field, capacity.start(), CLAUSE_ENDS), capacity.start()).find();
    }

    /**
     * …with a few words of kind between (北元化工: 220万吨/年工业废渣水泥 — 榆林 showed no cement; fact check 188), not a ship's class
     * (5万吨级专业石化码头), nor a waste handled (10万吨/年废电路板处置资质: see the words after it).
     */
    private static final Pattern CAPACITY_BEFORE = Pattern.compile("[0-9.]+(余|多)?万(吨|立方米)(/年)?[\\p{IsHan}&&[^的和及与年级]]{0,4}$");
    /** Words after the product that say the capacity is a plant to come, a line processing it, a waste handled or a berth. */
    private static final List<String> NOT_MADE_AFTER_CAPACITY = List.of("项目", "精加工", "加工", "磨粉", "处置", "处理", "回收", "码头");
    private static final int CAPACITY_REACH = 14;
    private static final Pattern BUILT_OR_PLANNED = Pattern.compile("建设|投资|规划|拟|在建|新建|筹建|布局");
    /**
     * A capacity in 万吨 written straight after a product (焦炭核定产能440万吨/年; 甲醇90万吨/年; 水泥年产能达3000万吨): not a pilot line's
     * tonnes (恒达: 导电涂料10吨) or a sum worked for one machine (星球石墨: 以单台合成炉氯化氢年产能50000吨计算).
     */
    private static final Pattern CAPACITY_AFTER = Pattern.compile(
            "((核定|设计)?(年)?(产能|生产能力)(为|达到|达|约)?)?[0-9.]+(余|多)?万(吨|立方米)");
    /** How far before a term such a word is looked for, and where its clause ends (an enumeration runs over 、 and ASCII commas). */
    private static final int MAIN_BUSINESS_REACH = 80;
    private static final String MAIN_BUSINESS_CLAUSE_ENDS = "，。；;！!？?.\n";
    /** What separates the items of such a list (a 及 only as "and", see {@link #separates}). */
    private static final String LIST_SEPARATORS = "、,和及与/／";

    /**
     * Whether the character at {@code i} separates two items of a list: 以及 does, both characters; 及其 joins a noun to
     * what it qualifies (笔记本电脑及其他电子消费品的结构件模组 is one item), and 涉及 is a verb.
     */
    private static boolean separates(String text, int i) {
        char c = text.charAt(i);
        if (c == '以') {
            return text.startsWith("以及", i);
        }
        if (LIST_SEPARATORS.indexOf(c) < 0) {
            return false;
        }
        return c != '及' || !(text.startsWith("及其", i) || i > 0 && text.charAt(i - 1) == '涉');
    }

    /** What may stand between the cue and the list's first item (主营业务为…, 主要产品包括…, 主要产品:…). */
    private static final Set<String> LIST_OPENINGS = Set.of("为", "是", "有", "包括", "包含", "涵盖", "主要为", "主要是", "主要包括", ":",
            "：", "包括:", "包括：", "为:", "为：");
    /**
     * What may follow the term in its item, after its abbreviation in brackets if any (聚碳酸酯(PC)): nothing, 等 (产品), or what
     * is done with it (的生产、销售; 的研发); a bare 产品 only as {@link #PRODUCT_ENDING} allows.
     */
    private static final Pattern ITEM_ENDINGS = Pattern.compile(
            "(\\([A-Za-z0-9-]{1,10}\\)|（[A-Za-z0-9-]{1,10}）)?"
            + "((等(系列)?(产品)?)?|的(研发|研制|生产|制造|加工|冶炼|开发|设计).*|(的)?(生产|研发|制造)((和|与|及)销售)?"
            // the last item before the frame's end (天马: 公司将手机显示、车载显示作为核心业务)
            + "|(作为|为)([两三四五六]大)?(主业|主营业务|主要业务|核心业务))");
    /**
     * Words after a list that make its items fields worked in, not products made: works built (腾达建设: 主要从事城市道路、…、
     * 污水处理…等工程建设), fields served (仕佳光子: 主要产品涵盖光纤通信、…、数据中心…等领域用…芯片) and goods traded (重药控股:
     * 涵盖药品、医疗器械、中药饮片…的医药纯销、商业批发; 博杰: 业务涵盖消费电子…新能源汽车…等众多行业领域).
     */
    private static final List<String> NOT_MADE_AFTER_LIST = List.of("等工程", "工程建设", "工程施工", "等领域", "等行业", "行业领域",
            "批发", "纯销", "零售", "代理");

    /** The occurrences that count: longest where nested, short ones on word boundaries, application clauses marked. */
    List<Hit> hits(String raw) {
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Dictionary.normalise(chars[i]);
        }
        String text = new String(chars);
        List<int[]> found = new ArrayList<>();
        Map<Long, List<Dictionary.Term>> termsAt = new HashMap<>();
        trie.parseText(text, (begin, end, value) -> {
            found.add(new int[] {begin, end});
            termsAt.put(((long) begin << 32) | end, value);
        });
        found.sort(Comparator.comparingInt((int[] h) -> h[1] - h[0]).reversed().thenComparingInt(h -> h[0]));
        List<int[]> kept = new ArrayList<>();
        for (int[] h : found) {
            boolean nested = false;
            for (int[] k : kept) {
                if (k[0] <= h[0] && h[1] <= k[1]) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(h);
            }
        }
        Set<Integer> boundaries = null;
        List<Hit> hits = new ArrayList<>();
        kept.sort(Comparator.comparingInt(h -> h[0]));
        boolean[] titled = insideTitles(text);
        for (int[] h : kept) {
            if (!onLatinBoundaries(text, h[0], h[1]) || titled[h[0]]) {
                continue;
            }
            if (h[1] - h[0] <= 2) {
                if (boundaries == null) {
                    boundaries = boundaries(text);
                }
                if (!boundaries.contains(h[0]) || !boundaries.contains(h[1])) {
                    continue;
                }
            }
            hits.add(new Hit(h[0], h[1], text.substring(h[0], h[1]), termsAt.get(((long) h[0] << 32) | h[1]),
                    inApplicationClause(text, h[0]) || brandsServed(text, h[0], h[1]) || soldOnly(text, h[0], h[1])
                            || inUseBrackets(text, h[0])));
        }
        // a term written straight before another qualifies it: 新能源汽车动力电池系统 is a battery system for vehicles, and
        // 宁德时代, which writes it, makes no vehicles — the first counts like an application
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit h = hits.get(i);
            Hit next = hits.get(i + 1);
            // 类 or 用 between them says it as plainly (山河药辅: 口服固体制剂类药用辅料 — excipients, no tablets; 锂电池用铜箔)
            boolean joined = next.begin() == h.end() + 1 && "类用".indexOf(text.charAt(h.end())) >= 0;
            boolean qualifies = (next.begin() == h.end() || joined) && h.terms().stream().anyMatch(t -> t.nodeCode() != null
                    && next.terms().stream().anyMatch(u -> u.chainCode().equals(t.chainCode()) && u.nodeCode() != null
                    && !u.nodeCode().equals(t.nodeCode())));
            if (!h.application() && qualifies) {
                // before a part word (新能源汽车动力电池: the battery that drives it), or before what supplies it (天力锂能:
                // 锂电池三元材料 — cathode material for cells), it is no product of its own
                hits.set(i, new Hit(h.begin(), h.end(), h.text(), h.terms(), true, !joined && !HEAD_WORDS.contains(next.text())
                        && !suppliedBy(h, next)));
                // what is written back to back before it is part of the same name (黄山谷捷: 新能源汽车电机控制器用功率半导体模块)
                for (int j = i - 1; joined && j >= 0 && hits.get(j).end() >= hits.get(j + 1).begin(); j--) {
                    hits.set(j, hits.get(j).asUse());
                }
            }
        }
        // a term written straight before a part word is what that part is for: 商用车车轮 are wheels, 智能手机外壳 a
        // housing — the company makes no vehicles or phones; the
        // terms listed before it with 、 or 和 share the word (乘用车、客车、商用车车轮)
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit h = hits.get(i);
            if (h.application() || !beforeHeadWord(text, h.end(), hits, i)) {
                continue;
            }
            // the product named after the word (汽车用玻璃制品: 玻璃制品), where a term names it, and the word after its 用 (汽车用钢: 钢)
            Hit head = i + 1 < hits.size() && hits.get(i + 1).begin() <= h.end() + 2 ? hits.get(i + 1) : null;
            char usedFor = text.startsWith("用", h.end()) && h.end() + 1 < text.length() ? text.charAt(h.end() + 1) : 0;
            for (int j = i; j >= 0; j--) {
                Hit listed = hits.get(j);
                // a term of the same segment as that product is one more product of the kind, not a use of it (福耀玻璃:
                // 从事浮法玻璃及汽车用玻璃制品的生产 — float glass, and glass for cars)
                if (j < i && head != null && sameSegment(listed, head)) {
                    break;
                }
                // …and so is one ending in the word after 用 (华菱: 中高碳合金钢、电工钢、汽车用钢 — electrical steel, and steel for cars;
                // 娄底 showed its electrical steel missing, fact check 140)
                if (j < i && usedFor != 0 && listed.text().charAt(listed.text().length() - 1) == usedFor) {
                    break;
                }
                if (j < i) {
                    Hit after = hits.get(j + 1);
                    String between = listed.end() > after.begin() ? "" : text.substring(listed.end(), after.begin());
                    // terms written back to back form one name for what the part is for (凯盛科技: TFT玻璃减薄); a kind singled
                    // out of them shares the word too (杭可: 致力于各类可充电电池,特别是锂离子电池的后处理系统 — no cells)
                    if (!(between.isEmpty() || between.equals("、") || between.equals("和") || between.equals("及") || between.equals("/")
                            || SINGLED_OUT.contains(between))) {
                        break;
                    }
                }
                hits.set(j, listed.asUse());
            }
        }
        // X封装用Y: a Y for X's packaging, and only for X (天洋: 太阳能电池封装用EVA胶膜 — film, no cells; 聚合: 风电叶片用环氧树脂、电子
        // 封装用环氧树脂 — the blades' resin is a product of its own)
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (!h.application() && usedAfterModifiers(text, h.end())) {
                hits.set(i, h.asUse());
            }
        }
        // a pipe is made of the term before it (pipeItem); the items listed before that are products of their own (双达泵业:
        // 特种工业泵、复合材料管道 — pumps and composite pipes)
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (!h.application() && pipeItem(text, h.end())) {
                hits.set(i, h.asUse());
            }
        }
        // a term written straight before 销售, 经销, 分销 or 代理, or in a clause listing the products a company represents, is
        // traded, where the clause says nothing of making it (德众汽车, a dealer: 燃油汽车销售,新能源汽车销售…充电桩销售; 商络电子, a
        // distributor: 公司代理的产品包括…分立器件,功率器件 — not 生产销售PVC树脂, nor 仿真软件产品销售)
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            String before = clauseBefore(text, h.begin());
            if (!h.application() && (TRADED_AFTER.stream().anyMatch(w -> text.startsWith(w, h.end())) || REPRESENTED.matcher(before).find()
                    || dealtIn(text, h.begin())
                    || TRADED_WITH_PARTS.matcher(text).region(h.end(), text.length()).lookingAt()
                    || TRADED_LIST.matcher(text).region(h.end(), text.length()).lookingAt()) && !MAKES.matcher(before).find()
                    // …and one only sold or traded in a part of its own, after what the company makes (西陇科学: 化学试剂…的研发,生产和销售
                    // 以及化工原料的销售; 并从事部分化工原料贸易 — 汕头's basic chemicals had rested on the raw materials it trades; fact
                    // check 131)
                    || !h.application() && (text.startsWith("的销售", h.end()) && before.contains("以及") || text.startsWith("贸易", h.end()))
                    && !MAKES.matcher(ownPart(before)).find()) {
                hits.set(i, h.asUse());
            }
        }
        // a term heading a sentence with 方面 names its topic, one before 方面的…服务 the field of a service (福鞍重工's design
        // institute: 烟气治理方面，…提供…烟气治理工程设计服务; 提供热电联产余热利用及环保方面的工程设计服务 — it makes no flue-gas or
        // waste-heat equipment), one before an automated line in its item is what the line assembles (金辰: 动力电池系统模组pack装配
        // 自动化产线), one before …相关的 what the products relate to, and one before …的必备耗材 what a consumable is used up in
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            // (the text is normalised: a full-width comma reads ',')
            boolean heading = (h.begin() == 0 || "。;".indexOf(text.charAt(h.begin() - 1)) >= 0) && text.startsWith("方面,", h.end());
            // …what it supplies parts to (三角防务: 为各类型国产航空发动机供应主要锻件)
            boolean suppliedWith = text.startsWith("供应", h.end()) && clauseBefore(text, h.begin()).contains("为");
            // …and a chip for something that is no chip itself (国科微, a design house: 智能视频监控系列芯片产品 — no surveillance
            // systems; not SOC芯片, nor a sensor's die: 必创's MEMS压力传感器芯片 are sensors)
            boolean chipFor = (text.startsWith("芯片", h.end()) || text.startsWith("系列芯片", h.end()))
                    && h.terms().stream().noneMatch(t -> t.chainCode().equals("integrated-circuits")
                    || CHIP_DESIGN.contains(t.chainCode() + "/" + t.nodeCode()) || "smart-sensor".equals(t.nodeCode()));
            boolean after = Stream.of(SERVICE_FIELD_AFTER, LINE_AFTER, RELATED_AFTER, CONSUMABLE_FOR, NEEDED_FOR, RESEARCHED, USED_BY,
                            TREND_OF, FIELDS_USED_IN)
                    .anyMatch(p -> p.matcher(text).region(h.end(), text.length()).lookingAt())
                    // (not a part itself: 文灿's 车身结构件及其他汽车零部件 are both its own)
                    || !h.text().endsWith("件") && PARTS_OF_OTHERS.matcher(text).region(h.end(), text.length()).lookingAt();
            // …a roadmap the company follows, what the product acts on, a tool acting on it, and what a tool or consumable cuts
            boolean roadmapFollowed = ROADMAP_OF.matcher(text).region(h.end(), text.length()).lookingAt()
                    && FOLLOWS.matcher(clauseBefore(text, h.begin())).find();
            boolean actedOn = h.begin() > 0 && text.charAt(h.begin() - 1) == '对'
                    && (h.begin() < 2 || NOT_ACTING_BEFORE.indexOf(text.charAt(h.begin() - 2)) < 0)
                    && ACTED_ON.matcher(text).region(h.end(), text.length()).lookingAt();
            boolean actingOn = (h.text().endsWith("机") || h.text().endsWith("设备"))
                    && ACTING_ON.matcher(text).region(h.end(), text.length()).lookingAt();
            boolean cut = (h.text().endsWith("切割") ? CUT_TERM_WITH : CUT_WITH).matcher(text).region(h.end(), text.length()).lookingAt();
            if (!h.application() && (heading || suppliedWith || chipFor || after || roadmapFollowed || actedOn || actingOn || cut)) {
                hits.set(i, h.asUse());
            }
        }
        // A、B等X制造商 names other companies by what they make (元道通信, a network-service firm: 华为,爱立信等通信设备制造商);
        // not where a product stands before 等 (彤程: …光刻胶等电子化学品领先企业 — the company itself); a field written between
        // them with 的 still names theirs (金凯生科, a CDMO: Biogen…等特色治疗领域的创新药企业 — its customers, no drugs of its own)
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            int etc = etcBefore(text, h.begin());
            boolean productBefore = etc >= 0 && hits.subList(0, i).stream().anyMatch(before -> before.end() == etc);
            if (!h.application() && !productBefore && etc >= 0 && namesCompanies(text, h.end())) {
                hits.set(i, h.asUse());
                // …and so do the shorter terms of its segment inside it (通信 in 通信设备制造商)
                for (int j = 0; j < hits.size(); j++) {
                    Hit inside = hits.get(j);
                    if (j != i && !inside.application() && inside.begin() >= h.begin() && inside.end() <= h.end()
                            && sameSegment(inside, h)) {
                        hits.set(j, inside.asUse());
                    }
                }
            }
        }
        // two terms of one segment that overlap name it once: where the later is read as a use, so is the earlier (恒坤新材,
        // lithography materials: 系集成电路晶圆制造不可或缺的关键材料 — 晶圆制造 is what the materials are for, and 集成电路晶圆, sharing
        // its 晶圆, with it); not an earlier one read as a use, which qualifies the later (动力锂电池精密结构件: the parts are made),
        // nor terms of other segments (仿真软件产品销售: the software is the company's, 软件产品销售 its sale)
        for (int i = hits.size() - 2; i >= 0; i--) {
            Hit h = hits.get(i);
            Hit next = hits.get(i + 1);
            if (next.begin() < h.end() && h.made() && !next.made() && sameSegment(h, next)) {
                hits.set(i, h.asUse());
            }
        }
        return hits;
    }

    /** Parts of it and of other products (传艺科技: 笔记本电脑及其他消费电子产品零组件 — keyboards and touchpads, no laptops). */
    private static final Pattern PARTS_OF_OTHERS = Pattern.compile("及其他[^，,。；;]{0,12}?(零组件|零部件|部件|配件)");
    /** What the products are used by (传艺科技: 笔记本电脑等消费电子产品所用柔性印刷线路板). */
    private static final Pattern USED_BY = Pattern.compile("[^，,。；;]{0,12}?所用");
    private static final Pattern SERVICE_FIELD_AFTER = Pattern.compile("[^，,。；;：:]{0,12}?方面的[^，,。；;]*服务");
    private static final Pattern LINE_AFTER = Pattern.compile("[^，,。；;、]{0,12}?(装配)?自动化(产线|生产线|装配线)");
    /**
     * What the company's products relate to (南昌矿机: 砂石骨料和金属矿山相关的破碎、筛分设备 — crushers, no aggregates; 星云电子: 锂电池
     * 相关研发、生产设备及检测服务 — test systems, no cells); not X及相关的Y,
     * X and what goes with it (鹏博士: 数据中心业务及相关的互联网增值服务业务).
     */
    private static final Pattern RELATED_AFTER = Pattern.compile("[^，,。；;]{0,10}?(?<!及)(?<!及其)相关(的|[^，,。；;]{0,6}(设备|装备))");
    /**
     * What the products are needed for (屹唐: 集成电路制造过程中所需晶圆加工设备 — equipment, no fab; 三联虹普's lines for nylon
     * makers the same way).
     */
    private static final Pattern NEEDED_FOR = Pattern.compile("[^，,。；;、]{0,6}?(过程中|中)?所需");
    /**
     * What the company works on as research, closed by 技术攻关 (佛燃, a gas distributor: 持续开展SOFC固体氧化物燃料电池、氢能装备制造研发…
     * 等科技技术攻关 — no fuel cells made); not research on its own products (天能重工: 深化…海上风电塔筒及基础结构的技术攻关).
     */
    private static final Pattern RESEARCHED = Pattern.compile("[^，,。；;]{0,40}?等(科技|关键|核心)?技术攻关");
    /** What a consumable is used up in (美畅: 电镀金刚石线，是光伏硅片切割的必备耗材 — diamond wire, no wafers). */
    private static final Pattern CONSUMABLE_FOR = Pattern.compile("[^，,。；;]{0,6}?的(必备|关键|重要|核心|主要)?(耗材|辅材|辅料)");
    /**
     * What a tool or consumable cuts (美畅 again: 美畅金刚石线，是光伏硅片高效切割的开拓者…光伏硅片切割新生态的构建者 — 咸阳 showed wafers on
     * it, fact check 184; 吉和昌: 光伏硅片切割液; 易成: 晶硅片切割刃料), not cutting done as the business (高测: 硅片切割加工服务).
     */
    private static final String CUT_BY = "(的(开拓者|领先者|领跑者|必备耗材|耗材|工具)|新生态|用|液|刃料|耗材|线|工具)";
    private static final Pattern CUT_WITH = Pattern.compile("(高效|精密)?切割" + CUT_BY);
    private static final Pattern CUT_TERM_WITH = Pattern.compile(CUT_BY);

    /** Whether a segment of {@code next} supplies one of {@code h}'s, in the same chain: {@code h} names what it is for. */
    private boolean suppliedBy(Hit h, Hit next) {
        for (Dictionary.Term t : h.terms()) {
            for (Dictionary.Term u : next.terms()) {
                if (t.nodeCode() != null && u.nodeCode() != null && t.chainCode().equals(u.chainCode())
                        && dictionary.supplies(t.chainCode(), u.nodeCode(), t.nodeCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words naming companies, written after 等 and a product: those companies make it. */
    private static final List<String> COMPANY_WORDS = List.of("制造商", "生产商", "厂商", "厂家", "企业", "公司", "客户", "龙头");

    /** A field between 等 and a term (等特色治疗领域的创新药企业), of the same clause; not the 等 of 等级 (资质种类、等级齐全的建筑装饰企业). */
    private static final Pattern FIELD_AFTER_ETC = Pattern.compile("等(?!级)[^，,。；;、：:.等]{0,6}(领域|行业)的$");

    /**
     * Where the 等 closing a list stands before a term, straight before it or with a field written between them with 的:
     * the index of 等, or -1.
     */
    private static int etcBefore(String text, int at) {
        if (at > 0 && text.charAt(at - 1) == '等') {
            return at - 1;
        }
        Matcher field = FIELD_AFTER_ETC.matcher(text).region(Math.max(0, at - 10), at);
        return field.find() ? field.start() : -1;
    }

    /** Whether a word naming companies follows at {@code at}, within a few characters of the same clause. */
    private static boolean namesCompanies(String text, int at) {
        for (int i = at; i < Math.min(text.length(), at + 3); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '.') {
                return false;
            }
            for (String word : COMPANY_WORDS) {
                if (text.startsWith(word, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words that, written straight after a product's term, make the text about something for it: a part, a material, a
     * service, equipment or a line for making it.
     */
    private static final List<String> HEAD_WORDS = List.of("零部件", "零件", "部件", "配件", "车轮", "轮毂", "轮胎", "空调", "座椅",
            // what cools it (黄山谷捷: 功率半导体模块散热基板 — baseplates, no modules), and a firm of its industry named in an
            // honour (谷捷 again: 入选…新能源汽车和智能网联汽车产业优势企业 — it makes no vehicles)
            "散热基板", "产业优势企业",
            // what is made for making it (金凯生科: 小分子药物中间体 — intermediates, no drugs), and whose firms a product is for
            // (大金重工, towers: 风力发电企业的风电塔架产品 — it generates no power)
            "中间体", "企业的",
            // the materials its makers need (恒坤新材: 集成电路晶圆制造关键材料 — no fab), the board that drives it (视源: 液晶显示主控
            // 板卡 — no panels), its design as a service (阿尔特: 新能源汽车的整车设计), what cools it (高澜: 晶闸管阀纯水冷却设备)
            "关键材料", "主控板卡", "整车设计", "冷却设备",
            // what encapsulates a module or a cell (明冠新材: 太阳能电池组件背板、太阳能电池封装胶膜, n型电池专用胶膜 — no cells)
            "背板", "封装胶膜", "专用胶膜",
            // the packaging printed for the trades it names (中荣印刷: 在线教育及电商等领域的纸制印刷包装), the monomer of a fibre
            // (凯盛新材: 高性能纤维芳纶的聚合单体 — no fibre)
            "印刷包装", "单体",
            // …and the boxes made for it (中荣印刷 again: 电商包装盒 — boxes for online shops, no e-commerce; fact check 133), the
            // trim of it (香山股份: 智能座舱饰件 — interior trim, no cockpit systems)
            "包装盒", "饰件",
            // …and the functional and protective parts made for its makers (恒铭达: 消费电子功能性器件,消费电子防护产品,消费电子外盒保护膜;
            // 鼎佳: 消费电子功能性产品和消费电子防护性产品 — die-cut parts and packaging, no phones or laptops; fact check 136)
            "功能性器件", "功能性产品", "防护产品", "防护性产品", "外盒保护膜",
            // the keyboards, touchpads and other parts of a laptop (传艺科技: 笔记本电脑键盘薄膜开关线路板, 笔记本电脑触控板; 笔记本电脑及
            // 其他消费电子产品零组件)
            "键盘", "触控板", "零组件",
            // the cleaning of a maker's equipment (富乐德: 显示面板设备清洗服务 — no equipment made)
            "清洗服务",
            // the line that fills or packs it (楚天科技: 软袋大输液联动线, 安瓿瓶洗烘灌封联动机组 — no drugs or ampoules), its servicing
            // (海特高新: 公务机维修 — no jets), what controls it (众智科技: 发电机组控制器 — no generator sets) and equipment made for
            // it (百琪达: 钛合金专用装备)
            "联动线", "联动机组", "洗烘灌封", "维修", "控制器", "专用装备", "专用设备",
            "线束", "结构件", "外壳", "壳体", "中框", "精密件", "电缆", "线缆", "电线", "封装材料", "封装膜", "铝塑膜",
            // what a cable is insulated with (尚纬, cables: 氟聚合物绝缘防火电缆 — it makes no fluoropolymers)
            "绝缘",
            // the metallisation of a cell, done with the company's pastes (帝科: 为客户提供太阳能电池金属化解决方案 — 无锡 showed cells on
            // it; fact check 189)
            "金属化",
            // what fastens it (飞沃: 风电叶片预埋螺套 — inserts and bolts, not blades)
            "预埋螺套", "螺套", "螺栓", "紧固件",
            // what carries or holds it (湘潭永达: 风电机组机舱底座、机座、转子支架 — structural parts, no nacelles)
            "底座", "机座",
            // an instrument or a line for making or checking the product (精测电子: OLED检测系统; 逸飞激光: 锂电池电芯自动装配线)
            "检测系统", "检测设备", "测试设备", "自动装配线", "设备洗净", "设备清洗",
            // testing or checking it is a service to its makers (光庭信息, a software house: 智能网联汽车测试); a test
            // reagent or kit is not (PCR检测试剂: see TEST_PRODUCTS)
            "测试", "检测",
            // equipment for making it (先导智能: 锂电池生产设备; 奥美森: 换热器生产智能设备; 千山: 大输液生产自动线, 注射剂成套生产设备),
            // not bare 设备, which some segments are (液冷设备, 充电设备)
            "生产设备", "制造设备", "自动化生产设备", "专用生产设备", "生产智能设备", "生产装备", "成套生产设备", "生产自动线",
            // what controls it, and its marketing (众智: 内燃发电机组自动控制系统 — controllers, no generator sets; 华扬联众, an
            // ad agency: 搜索引擎营销)
            "自动控制系统", "营销",
            // the makers it supplies (宇邦: 成功进入…晶硅太阳能光伏组件厂商…的供应链; 英力: 与联宝、仁宝…等笔记本电脑代工厂建立了…合作关系)
            "厂商", "厂家", "代工厂",
            // a gear for it (桂林福达: 新能源电驱齿轮 — gears, no drive units)
            "齿轮",
            // packaging and testing a chip is not designing it (颀中: 显示驱动芯片封测业务); an additive for a product is not
            // the product (吉和昌: 新能源锂电池添加剂)
            "封测", "封装测试", "添加剂",
            // what binds its electrodes (晶瑞电材: 锂电池粘结剂), and what switches its current (国力: 高压直流接触器 — contactors for
            // electric vehicles, no data-centre power)
            "粘结剂", "接触器", "继电器",
            // the materials before sublimation and the monomers it is made from (九目化学: OLED前端材料, OLED升华前材料 — no panels;
            // 凯盛新材: 芳纶聚合单体 — no fibre)
            "前端材料", "升华前材料", "聚合单体",
            // pipes made of it (雄塑: 主要产品为聚氯乙烯(PVC),聚乙烯(PE)…等系列管材管件 — no PVC resin), and dashboards showing
            // on it (金米特, e-bike meters: 可分为LCD类仪表和LED类仪表 — no panels)
            "管材", "管件", "类仪表",
            // building the lines that make it (中材国际: 新型干法水泥生产线的建设 — an engineering contractor, no cement made)
            "生产线的建设", "生产线建设",
            // the wet-process equipment for it (盛美: 先进封装湿法设备 — no packaging house)
            "湿法设备",
            // the lines and intelligent equipment it sells for making a product (迈得医疗: 输液器、留置针、胰岛素针、透析器等自动化成套生产线,
            // 医用耗材智能装备 — the lines make the dialysers), products rated for it (麦克奥迪, insulators: 具备特高压等级产品的生产技术 —
            // no UHV lines built) and the core parts made for it (五洲新春: 轴承作为机器人减速器核心零部件之一)
            "成套生产线", "等级产品", "智能装备", "核心零部件",
            // converting its power and the core equipment of its system (弘讯: 光伏发电、风力发电、水力发电等新能源的电力转换 — inverters;
            // 锦浪: 分布式光伏发电系统核心设备组串式逆变器 — no power plants)
            "电力转换", "核心设备",
            // what protects and connects it (快可: 专注于…太阳能光伏组件及光伏电站的电气保护和连接领域 — junction boxes)
            "电气保护",
            // what connects or bonds it (通灵: 太阳能光伏组件接线盒, 连接系统; 帝科: 叠瓦组件导电胶)
            "接线盒", "连接器", "连接系统", "导电胶",
            // a material or a part of it (振华新材: 钠离子电池正极材料 — cathodes, not cells; 中瑞: 锂电池组合盖帽); not a
            // motor's stator or core, which the motor segment counts as its own (电机定子 is one of its terms)
            "正极材料", "负极材料", "电解液", "前驱体", "盖帽",
            // a product's power battery is what drives it (国轩高科: 从事新能源汽车动力锂离子电池自主研发 — cells, not vehicles)
            "动力锂离子电池", "动力锂电池", "动力电池",
            // what it is a part of (新铝时代: 电池盒箱体，是新能源汽车动力电池系统的关键组成部分)
            "的关键组成部分", "的重要组成部分", "的核心组成部分", "的组成部分",
            // equipment for it (哈尔滨空调: 电站空冷器, 核电站空气处理机组 — coolers, not power plants)
            "空冷器", "空气处理机组",
            // a catalyst for making it (大连瑞克: 甲醇合成催化剂, 稀硝酸还原催化剂 — catalysts, not methanol or nitric acid)
            "催化剂", "合成催化剂", "还原催化剂", "加氢催化剂", "合成工艺整体解决方案",
            // a casting or forging for it (华锐: 火电蒸汽轮机汽缸缸体, 水电水轮机上冠,下环,叶片及轮毂体; 二重: 发电设备大型铸锻件 — not
            // turbines)
            "铸锻件", "大型铸锻件", "汽缸", "缸体", "配套的", "上冠", "下环", "轮毂体",
            // integrating its sites for others (荣科: 数据中心集成建设与运营维护的第三方服务 — no data centre run)
            "集成建设",
            // testing its reliability as a service (思科瑞: 军用电子元器件可靠性检测服务 — no components made)
            "可靠性检测",
            // sterilising it for others and forming it by laser (中金辐照: 医疗器械,医用耗材等的消毒灭菌服务; 光韵达: 柔性电路板激光成型 —
            // services, no consumables or circuit boards)
            "灭菌服务", "激光成型",
            // the picture engine of a screen (诺瓦星云, display controllers: 微小间距LED显示屏画质引擎技术 — no screens made)
            "画质引擎",
            // a line for making it (豪森: 氢燃料电池智能生产线, 新能源汽车驱动电机智能生产线)
            "智能生产线", "智能装配线", "自动化生产线",
            // repairing it (超卓: 机载设备维修 — a repair shop, not an avionics maker)
            "维修",
            // an emulsion for it (保立佳: 建筑乳液、防水乳液 — emulsions, not waterproofing)
            "乳液",
            // what drives it (德力佳, gearboxes: 深耕风力发电传动设备领域)
            "传动设备",
            // a housing for it (美利信: 4G,5G通信基站机体和屏蔽盖等结构件 — die castings, not base stations)
            "机体",
            // cleaning or thinning it is a service to its makers (富乐德: TFT设备洗净, OLED设备洗净; 凯盛科技: TFT玻璃减薄)
            "洗净", "减薄",
            // forming and grading it is done by equipment (杭可: 锂离子电池的后处理系统 — no cells)
            "后处理系统", "的后处理系统",
            // what it needs or uses (中微: Mini-LED显示所用的MOCVD设备 — equipment, no displays)
            "所用的", "所需的",
            // a research centre for it (远东: 江西省锂电池工程研究中心 — a centre, no cells)
            "工程研究中心", "工程技术研究中心", "重点实验室",
            // an association of its makers names an industry the company belongs to, not a product (青龙管业 is a member of
            // 中国混凝土与水泥制品协会 and makes no cement products)
            "协会",
            // an additive or cover made of it or for it (日科: PVC塑料改性剂; 常友: 风电机组罩体; 天常: 风机叶片套裁布; 洛凯:
            // 断路器配套用框(抽)架); pipes: pipeItem
            "改性剂", "阻燃剂", "增塑剂", "罩体", "机舱罩", "套裁布", "配套用",
            // engineering for it (镇海石化工程: 石油天然气工程咨询)
            "工程咨询", "工程设计",
            // equipment, probes, materials, precast parts and circuit boards for it (百琪达: 磁性材料专用设备; 和林微纳: 芯片测试
            // 探针; 世华: 光电显示模组材料; 宁波建工: 水泥预制构件; 赛英: 功率半导体模块的配套产品; 甘肃电投, a hydropower company:
            // 特高压直流输电工程的配套调峰电源; 奕东: 电池保护板FPC)
            "专用设备", "探针", "模组材料", "预制构件", "的配套", "FPC", "FPCB", "电力电缆",
            // a machine or a furnace for working it (晶盛机电: 区熔硅单晶炉、单晶硅滚圆机、单晶硅截断机、全自动硅片抛光机 — it
            // makes the machines, not wafers)
            "炉", "单晶炉", "滚圆机", "截断机", "抛光机", "研磨机", "切片机", "开方机", "磨面机", "倒角机", "切割机", "切磨",
            // a lens for it (中润光学: 无人机镜头 — lenses, not drones)
            "镜头",
            // the fields where it operates (通源石油, oilfield services: 覆盖全美大部分页岩气作业区域 — it produces no gas)
            "作业区域", "作业区",
            // a process package licensed for making it (瑞华化工: 苯乙烯环氧丙烷联产成套技术服务 — it makes no propylene oxide)
            "成套技术", "联产成套技术",
            // a device protecting it (钜芯半导体: 光伏组件保护功率器件 — bypass diodes, no modules)
            "保护功率器件", "保护器件",
            // its keyboard or touchpad (传艺科技: 笔记本电脑键盘薄膜开关线路板, 笔记本电脑触控板 — parts, no laptops)
            "键盘", "触控板");

    /** What, written after 检测/测试, makes the words a product of their own (PCR检测试剂, 胶体金检测卡). */
    private static final List<String> TEST_PRODUCTS = List.of("试剂", "试纸", "盒", "卡");

    private static boolean testProduct(String text, int after, String word) {
        return (word.equals("检测") || word.equals("测试")) && TEST_PRODUCTS.stream().anyMatch(p -> text.startsWith(p, after));
    }

    /**
     * Words that may stand between a product's term and the part word without changing what is made: 中瑞 makes
     * 圆柱锂电池精密安全结构件 and 锂电池组合盖帽 (caps and safety parts, not cells). Not 核心 or 关键: a maker of 充电设备核心部件
     * (charging modules) is counted among charging equipment.
     */
    private static final List<String> PART_MODIFIERS = List.of("精密", "安全", "组合", "专用",
            // …or the reaction a catalyst drives (齐鲁华信: 应用于…煤化工催化的催化剂分子筛 — no coal chemicals)
            "催化",
            // …or the part's material (新铝时代: 新能源汽车电池系统铝合金零部件 — battery boxes, not packs)
            "铝合金", "金属", "塑料", "塑胶",
            // …or what the part does for it (明冠: 锂电池封装铝塑膜 — pouch film, not cells; 绝缘 is a head word itself: 中超,
            // 硅橡胶绝缘电力电缆)
            "封装",
            // …or 的 (万润: 主要生产锂离子动力电池、储能电池的正极材料 — cathodes, not cells), also after the field's word
            // (万盛: 应用于聚氨酯材料领域和工程塑料领域的阻燃剂 — flame retardants, not plastics)
            "领域的", "行业的", "的",
            // …or how much of it the part is (黄山谷捷, baseplates: 是…功率半导体模块的重要组成部件 — no modules)
            "重要组成", "关键组成", "核心组成", "组成",
            // …or how the part is made (利通电子: 液晶电视精密金属冲压结构件 — no TVs; 旭升: 电池系统等核心系统的精密机械加工零部件; 福蓉:
            // 智能手机(含折叠屏手机)铝制中框材料; 毅昌: 电视机外观结构件; 高澜: 纯水冷却设备)
            "冲压", "机械加工", "铝制", "外观", "纯水",
            // …or where the part or service belongs (利扬芯片: 集成电路制造中的测试; 联动科技: 后道封装测试领域专用设备)
            "中的", "领域",
            // …or what a test proves (思科瑞: 军用电子元器件可靠性检测服务 — no components made)
            "可靠性");

    /**
     * Whether the term is an item of a list that a part word after its 等 qualifies as a whole, in one noun phrase (四川福蓉:
     * 主要从事手机、平板电脑、笔记本电脑等消费电子产品铝制结构件材料… — housings, no phones or laptops; 伟泰, written the exchange's
     * way: 轨道交通设备,医疗影像设备,半导体设备…等行业领域零部件制造).
     */
    private static boolean listedBeforeHeadWord(String text, int end, List<Hit> hits, int i) {
        // an item may carry its abbreviation in brackets (雄塑: 聚氯乙烯(PVC),聚乙烯(PE)…等系列管材管件 — pipes, no resins)
        int at = pastBracket(text, end);
        for (int j = i + 1; j < hits.size() && at < text.length() && LIST_SEPARATORS.indexOf(text.charAt(at)) >= 0; j++) {
            if (hits.get(j).begin() < at) {
                continue; // a term inside the bracket passed over
            }
            if (hits.get(j).begin() != at + 1) {
                break;
            }
            at = pastBracket(text, hits.get(j).end());
        }
        // …and so are short items that are no term (明冠: 提供TOPCon、HJT、IBC等n型电池封装材料整体解决方案 — IBC)
        for (int item = unknownItemEnd(text, at); item > at; item = unknownItemEnd(text, at)) {
            at = item;
        }
        // …and up to four characters more of the last item after its term (斯瑞达, tapes: 智能手机、平板电脑、笔记本电脑、新能源汽车电池
        // 组件等产品各功能模块或部件之间的粘接 — 电池组件 after 新能源汽车)
        int tail = at;
        while (tail < text.length() && tail - at < 4 && Character.UnicodeScript.of(text.charAt(tail)) == Character.UnicodeScript.HAN
                && "、，,。；;等及和与的".indexOf(text.charAt(tail)) < 0) {
            tail++;
        }
        if (tail > at && at > end && text.startsWith("等", tail)) {
            at = tail;
        }
        // the list's last item is in it too (福蓉: 手机、平板电脑、笔记本电脑等消费电子产品铝制结构件材料 — laptops included)
        boolean lastOfList = at == end && hits.get(i).begin() > 0
                && LIST_SEPARATORS.indexOf(text.charAt(hits.get(i).begin() - 1)) >= 0;
        if (at == end && !lastOfList || !text.startsWith("等", at)) {
            return false;
        }
        // a list of members of the class the head term names, in the same segment (和胜: 新能源汽车电池箱体、电池箱体配件、模组结构件、电芯外壳等
        // 电池结构件产品 — battery enclosures and cell cans, structural parts themselves; fact check 133)
        for (int j = i + 1; j < hits.size(); j++) {
            Hit head = hits.get(j);
            if (head.begin() == at + 1 && sameSegment(hits.get(i), head) && HEAD_WORDS.stream().anyMatch(head.text()::endsWith)) {
                return false;
            }
        }
        int stop = at + 1;
        while (stop < text.length() && stop - at <= LIST_HEAD_REACH && "，,。；;、及和与".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        // the part word must be followed by more of the phrase: a list ending in its class is of members, not of uses (上汽:
        // 电池、电驱、电力电子等新能源汽车核心零部件 — parts it makes)
        String phrase = text.substring(at + 1, stop);
        // …unless a 的 stands before it: then the part is one of what the list names (旭升: 新能源汽车变速系统,传动系统,电池系统等核心
        // 系统的精密机械加工零部件 — machined parts, no battery systems)
        return HEAD_WORDS.stream().anyMatch(w -> phrase.contains(w) && (phrase.indexOf(w) + w.length() < phrase.length()
                || PART_OF_ITEMS.matcher(phrase.substring(0, phrase.indexOf(w))).find()));
    }

    /** Whether two hits name a segment in common. */
    private static boolean sameSegment(Hit a, Hit b) {
        return a.terms().stream().anyMatch(t -> t.nodeCode() != null && b.terms().stream().anyMatch(u ->
                u.chainCode().equals(t.chainCode()) && t.nodeCode().equals(u.nodeCode())));
    }

    /** The end of a list item of at most four characters after the 、 at {@code at}, or {@code at} where there is none. */
    private static int unknownItemEnd(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '、') {
            return at;
        }
        int end = at + 1;
        while (end < text.length() && end - at <= 5 && "、,，。；;等及和与".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end < text.length() && end - at <= 5 && "、等".indexOf(text.charAt(end)) >= 0 && end > at + 1 ? end : at;
    }

    /**
     * Whether a part word follows the product after words that say what the part does, in one noun phrase with no other
     * term between (金杨, cans and vents: 锂电池断电释压三重防护结构件技术, 低电阻高通流锂电安全阀 — parts for cells, no cells).
     */
    private static boolean partAfterItsDescription(String text, int at, List<Hit> hits, int i) {
        int next = i + 1 < hits.size() ? hits.get(i + 1).begin() : text.length();
        for (int pos = at; pos < Math.min(text.length(), at + PART_DESCRIPTION_REACH + 1) && pos <= next; pos++) {
            if (pos > at && partHeadAt(text, pos)) {
                return true;
            }
            char c = text.charAt(pos);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || "及和与的或等用于为是在".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean partHeadAt(String text, int at) {
        return PART_HEADS.stream().anyMatch(w -> text.startsWith(w, at));
    }

    /**
     * The part words {@link #partAfterItsDescription} looks for, and how far: housings, caps and connectors, never a part
     * of a segment's own (优优绿能: 新能源汽车直流充电设备核心部件 — charging modules, which the charging segment counts).
     */
    private static final List<String> PART_HEADS = List.of("结构件", "壳体", "外壳", "盖帽", "接线盒", "连接器", "线束", "中框", "精密件",
            // …and the systems that test or assemble it (星云电子: 锂电池成品检测系统, 锂电池组自动化组装系统, 动力电池工况模拟测试系统)
            "检测系统", "测试系统", "组装系统",
            // …the equipment that checks it in service (红相: 智能变电站和智能电网运行状态检修设备), and the core parts and bearings
            // of it (五洲新春: 具身智能机器人执行器核心零部件, 机器人全系列轴承产品 — bearings, no robots)
            "检修设备", "状态检修", "核心零部件", "轴承",
            // an external keyboard for it (传艺科技: 平板电脑外接键盘)
            "键盘");
    private static final int PART_DESCRIPTION_REACH = 8;

    /** Words before a part word after a list's 等 that make the part one of what the items are made with (…的, …所需). */
    private static final Pattern PART_OF_ITEMS = Pattern.compile("的|所需");

    private static final Set<String> SINGLED_OUT = Set.of(",特别是", ",尤其是", "特别是", "尤其是");

    /** How far after a list's 等 a part word qualifying the whole list is looked for. */
    private static final int LIST_HEAD_REACH = 14;

    /** Whether a head word follows at {@code end} and is not itself the start of the next dictionary term there. */
    private static boolean beforeHeadWord(String text, int end, List<Hit> hits, int i) {
        if (i + 1 < hits.size() && hits.get(i + 1).begin() == end && !HEAD_WORDS.contains(hits.get(i + 1).text())) {
            return false; // the start of the next term, unless that term is a head word itself (锂电池智能装备)
        }
        // an abbreviation in brackets, or the bracket closing it, stands between the product and the part (长信科技:
        // 液晶显示(LCD)用ITO导电膜玻璃 — coated glass, not panels)
        int afterBracket = pastBracket(text, end);
        int at = pastModifiers(text, afterBracket);
        if (at > end && headWordAt(text, at)) {
            // the first term at or after the part word (terms inside the bracket are passed over), as for a word straight
            // after the product: a term starting there must be a head word itself (液晶显示(LCD)检测设备)
            Hit next = null;
            for (int j = i + 1; j < hits.size() && next == null; j++) {
                if (hits.get(j).begin() >= at) {
                    next = hits.get(j);
                }
            }
            if (next == null || next.begin() > at || HEAD_WORDS.contains(next.text())) {
                return true;
            }
        }
        if (headWordAt(text, end)) {
            return true;
        }
        if (partAfterItsDescription(text, afterBracket, hits, i)) {
            return true;
        }
        if (listedBeforeHeadWord(text, end, hits, i)) {
            return true;
        }
        // X用Y is a Y for X (锂离子电池用材料, 锂电池用铝塑膜); X用于… is X put to a use, and X stays what is made
        return text.startsWith("用", afterBracket) && !(text.startsWith("用于", afterBracket) || text.startsWith("用途", afterBracket)
                || text.startsWith("用户", afterBracket) || text.startsWith("用在", afterBracket));
    }

    /** 用 that says no "for" (朗新: 电力信息化行业的用电领域 — electricity use). */
    private static final Pattern NOT_FOR = Pattern.compile("用(于|途|户|在|电|水|气|能|地)");

    /** Where the text goes on after the {@link #PART_MODIFIERS} written from {@code at} on (精密安全结构件: at 结构件). */
    private static int pastModifiers(String text, int at) {
        for (boolean skipped = true; skipped; ) {
            skipped = false;
            for (String modifier : PART_MODIFIERS) {
                if (text.startsWith(modifier, at)) {
                    at += modifier.length();
                    skipped = true;
                }
            }
        }
        return at;
    }

    /** Whether part modifiers and then 用 (not 用于) follow at {@code end}: the term is what the part after them is for. */
    private static boolean usedAfterModifiers(String text, int end) {
        int at = pastModifiers(text, end);
        return at > end && text.startsWith("用", at) && !NOT_FOR.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Where the text goes on after a short bracketed aside at {@code at} ((LCD); full-width brackets were made ASCII with
     * the rest of the text by {@link Dictionary#normalise}) or a bracket closing one there.
     */
    private static int pastBracket(String text, int at) {
        if (at < text.length() && text.charAt(at) == ')') {
            return at + 1;
        }
        if (at < text.length() && text.charAt(at) == '(') {
            for (int i = at + 1; i < Math.min(text.length(), at + 16); i++) {
                char c = text.charAt(i);
                if (c == ')') {
                    return i + 1;
                }
                if (CLAUSE_ENDS.indexOf(c) >= 0 || c == '(') {
                    break;
                }
            }
        }
        return at;
    }

    /**
     * 与X…开展合作: X is a partner, not a product (重药控股, a drug distributor: 与大型综合医院开展合作 — it runs no hospitals). Only
     * where 合作 follows the term closely and no verb stands between 与 and the term (与蔚来汽车签订动力电池战略合作协议: the
     * batteries are the company's); not the 与 of 参与, 给与 or 赋与, of 与此同时 or 与其, nor one that joins two activities
     * (研发与生产).
     */
    private static boolean partner(String before, String after) {
        int with = before.lastIndexOf('与');
        // …or dealings kept with it (浙江震元, a drug distributor: 与省内公立医院、民营医院…等长年保持业务往来 — it runs no hospitals)
        int together = after.indexOf("合作") >= 0 ? after.indexOf("合作") : after.indexOf("业务往来");
        // close after the term, or further where the words between name the partners as companies (永兴: 与多家锂离子电池正极
        // 材料、电池以及整车龙头企业形成长期稳定合作关系 — counted from the term's start, which a term as long as 锂离子电池正极材料 takes
        // nine of: fact check 90 found 湖州's only cathode 'maker' there)
        if (with < 0 || together < 0 || (together > PARTNER_GAP
                && (together > 4 * PARTNER_GAP || PARTNER_NOUNS.stream().noneMatch(after.substring(0, together)::contains)))) {
            return false;
        }
        if (with > 0 && "参给赋".indexOf(before.charAt(with - 1)) >= 0) {
            return false;
        }
        String partner = before.substring(with + 1);
        if (partner.startsWith("此") || partner.startsWith("其") || PARTNER_VERBS.stream().anyMatch(partner::contains)) {
            return false;
        }
        return !(partner.startsWith("生产") || partner.startsWith("制造") || partner.startsWith("销售") || partner.startsWith("服务")
                || partner.startsWith("应用") || partner.startsWith("开发"));
    }

    /** How far after the partner's term 合作 may stand (与X开展战略合作, 与X建立了长期合作). */
    private static final int PARTNER_GAP = 8;
    private static final List<String> PARTNER_NOUNS = List.of("企业", "厂商", "厂家", "客户", "公司", "集团", "制造商", "机构");
    private static final List<String> PARTNER_VERBS = List.of("签订", "签署", "达成", "开展", "建立", "进行", "共同", "联合", "推进");

    /**
     * Whether the rest of the list item after a term names a pipe made of it: the item (past a bracket and a grade such as
     * -U) ends in 管, 管道, 管材 or 管件 (青龙管业: 硬质给水用聚氯乙烯(PVC-U)管, 钢筋混凝土排水管道; 顾地: PVC-U给排水管,
     * 聚氯乙烯(PVC)系列管道; 雄塑: 聚氯乙烯(PVC)…系列管材管件 — pipes, no PVC or concrete); not 管理, 管网 or 热管理.
     */
    static boolean pipeItem(String text, int end) {
        int at = end;
        // an abbreviation or grade in brackets straight after the material (聚氯乙烯(PVC-U)管)
        if (at < text.length() && "(（".indexOf(text.charAt(at)) >= 0) {
            int close = at + 1;
            while (close < text.length() && close < end + 12 && ")）".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            at = close < text.length() && ")）".indexOf(text.charAt(close)) >= 0 ? close + 1 : at;
        }
        int limit = Math.min(text.length(), at + 12);
        while (at < limit && ITEM_ENDS.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String item = text.substring(end, at);
        return (item.endsWith("管") && TUBES.stream().noneMatch(item::endsWith)) || item.endsWith("管道") || item.endsWith("管材")
                || item.endsWith("管件");
    }

    /** What ends a list item, a clause or, at a bracket, the name before it (钢筋混凝土排水管道(RCP)). */
    private static final String ITEM_ENDS = "和及与、，,。；;等(（";
    /** Tubes that are devices or parts, not pipes made of what is named before them (功率二极管, 阀用晶闸管, 热管理系统软管). */
    private static final List<String> TUBES = List.of("极管", "闸管", "体管", "流管", "应管", "子管", "空管", "电管", "线管", "球管", "软管");

    /** A product and its parts sold (盛安传动: 风力发电机组及零部件销售 — a gear maker's licence scope, no turbines). */
    private static final Pattern TRADED_WITH_PARTS = Pattern.compile("[及和、](零部件|配件|零配件|部件|相关产品)(的)?(销售|经销|批发)");

    /** Words after a product that say it is traded. */
    private static final List<String> TRADED_AFTER = List.of("销售", "经销", "分销", "代理",
            // (海尔施: 主营业务为体外诊断产品的经营及药品的研发、生产和销售 — it trades the diagnostics and makes the drugs)
            "产品的经营");
    /**
     * …的(首选)X供应商, …的正片供货: what stands before is a customer; not where the supplier is the company itself in the world
     * (西昌电力: 是水力发电和光伏发电两手抓的国内清洁能源供应商).
     */
    private static final Pattern SUPPLIER_TO = Pattern.compile(
            "^[^，,。；;]{0,20}的(?![^，,。；;的]{0,8}(国内|国际|全球|领先|能源))[^，,。；;的]{0,8}(供应商|供货)");
    /** The rest of a list whose goods are traded (鹭燕医药: 以药品,中药饮片,医疗器械,疫苗等分销及医药零售连锁为主营业务). */
    private static final Pattern TRADED_LIST = Pattern.compile("[^。；;，]{0,30}?等(分销|批发|经销|代理)"
            // …or closed by a retail business (大参林, a pharmacy chain: 专注于中西成药,参茸滋补药材及中药饮片…的直营连锁零售业务)
            + "|[^。；;，]{0,60}?的(直营)?(连锁)?零售业务"
            // …or by an import and export trade (安达科技, a cathode maker: 锂,钴,镍等原矿石,半成品,成品以及磷酸铁锂,三元材料,锂电池(各
            // 规格,型号)…所需的相关设备,仪器仪表的进出口贸易业务 — 贵阳 showed cells on it; fact check 187), not the licence's item of
            // its own (泰胜风能: 风力发电设备,钢结构,化工设备制造安装,货物和技术的进出口业务; 时代新材: 代理各类商品和技术的进出口业务;
            // 汉盛: 从事技术与货物的进出口业务)
            + "|[^。；;.]{0,80}?(?<!(?:技术|货物|商品)[^。；;.,]{0,4})的进出口(贸易)?业务");
    /** Words before a list of the products a company represents (商络电子: 公司代理的产品包括…; 好上好: 公司代理的产品主要包括…). */
    private static final Pattern REPRESENTED = Pattern.compile("(代理|分销)的?(产品|品牌|产品线)");
    /**
     * The goods a company deals in, listed with commas after 主要经营, where nothing in the list speaks of making them (鹭燕医药:
     * 公司主要经营药品,中药饮片,医疗器械,疫苗等 — 厦门's only 'herbal-pieces maker').
     */
    private static final Pattern DEALS_IN = Pattern.compile("主要经营[^,，。；;]{0,12}$");

    /** Words saying a company makes something. */
    private static final Pattern MAKES = Pattern.compile("(生产|制造)(?!商|企业|厂商)|研发|开发|加工|研制");

    /** Whether the clause before {@code at} says the company left what follows ({@link #EXITED}). */
    private static boolean leftBusiness(String text, int at) {
        return text.substring(startAfter(text, at, CLAUSE_ENDS), at).contains(EXITED);
    }

    /**
     * The text of the clause before {@code at}, ended as a main-business list's clause is (an ASCII comma, which separates a
     * list's items, ends none; a full stop does).
     */
    private static String clauseBefore(String text, int at) {
        return text.substring(startAfter(text, at, MAIN_BUSINESS_CLAUSE_ENDS), at);
    }

    /** The part of a clause after its last comma or 以及: what the company does with what follows, apart from what it makes. */
    private static String ownPart(String before) {
        return before.substring(Math.max(before.lastIndexOf(',') + 1, before.lastIndexOf("以及")));
    }

    /** Where the clause holding {@code at} begins: just after the last of {@code ends} before it, or at the text's start. */
    private static int startAfter(String text, int at, String ends) {
        int start = at;
        while (start > 0 && ends.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** Where the clause holding {@code at} ends: at the first of {@code ends} from it, or at the text's end. */
    private static int endBefore(String text, int at, String ends) {
        int end = at;
        while (end < text.length() && ends.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean headWordAt(String text, int at) {
        for (String word : HEAD_WORDS) {
            if (text.startsWith(word, at) && !testProduct(text, at + word.length(), word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters inside 《…》: titles of standards, laws, books and awards say what a text is about, not what the
     * company makes (宁德时代's introduction names 《电动客车安全技术条件》, a standard it helped write: it makes no buses);
     * and inside “…” where the quoted name is an institution's ({@link #INSTITUTION}).
     */
    static boolean[] insideTitles(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        int open = -1;
        int quote = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                open = i;
            } else if (c == '》' && open >= 0) {
                for (int j = open; j <= i; j++) {
                    inside[j] = true;
                }
                open = -1;
            } else if (c == '“') {
                quote = i;
            } else if (c == '”' && quote >= 0) {
                if (INSTITUTION.matcher(text.substring(quote + 1, i)).find() || LICENCE.matcher(text.substring(quote + 1, i)).find()) {
                    for (int j = quote; j <= i; j++) {
                        inside[j] = true;
                    }
                }
                quote = -1;
            }
        }
        return inside;
    }

    /**
     * A name in quotes that ends in a kind of institution names a centre, laboratory or platform the company runs or
     * hosts, not what it makes (开普检测, a testing laboratory: “国家智能微电网控制设备及系统质量检验检测中心” — it builds no grid).
     */
    private static final Pattern INSTITUTION = Pattern.compile("(中心|实验室|工作站|研究院|研究所|创新平台)$");

    /**
     * A name in quotes that ends in a licence, a grade or a certificate names what the company is licensed or certified for,
     * not what it makes (中通国脉, network services: “通信工程施工总承包壹级资质”、“通信基站/线路代维甲级资质” — no base stations made).
     */
    private static final Pattern LICENCE = Pattern.compile("(资质|资信|资格|许可证|证书)$");

    /** A term starting or ending with a Latin letter must not continue a Latin word (CRO in MICRO, UPS in GROUPS). */
    static boolean onLatinBoundaries(String text, int begin, int end) {
        if (isLatin(text.charAt(begin)) && begin > 0 && isLatin(text.charAt(begin - 1))) {
            return false;
        }
        return !(isLatin(text.charAt(end - 1)) && end < text.length() && isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private Set<Integer> boundaries(String text) {
        Set<Integer> boundaries = new HashSet<>();
        boundaries.add(0);
        boundaries.add(text.length());
        List<Term> terms = segmenter.get().seg(text);
        for (Term t : terms) {
            boundaries.add(t.offset);
            boundaries.add(t.offset + t.length());
        }
        return boundaries;
    }

    private static final Pattern RUNS_ON = Pattern.compile("^[^，,。；;]{0,60}?上(流畅|稳定|高效)?(地)?运行");

    /** The end of an honour's name after 获得. */
    private static final Pattern HONOUR_AFTER = Pattern.compile("^[^，,。；;、“”\"]{0,20}?(奖|称号|推荐品牌|百强)");

    /** A verb of improving, just before the term (能有效调整动力锂电池的性能), and what of it is improved, after it. */
    private static final Pattern IMPROVES = Pattern.compile("(调整|提升|提高|改善|优化|增强)[^，,。；;]{0,4}$");
    private static final Pattern IMPROVED = Pattern.compile("[^，,。；;]{0,12}?的(性能|安全性|能量密度|寿命|效率|可靠性)");
    /** What a part is a component of, written after it (…的核心组件, …的关键部件, …的基材之一). */
    private static final Pattern COMPONENT_OF = Pattern.compile(
            "^[^，,。；;]{0,30}?的((核心|关键|重要|主要)?(组件|部件|零部件|基材)|(核心|关键)(设备|材料))");

    /**
     * Whether the clause says only that the company sells it (华康世纪, clean rooms: 医疗净化系统研发,设计,实施和运维,相关医疗设备和医疗
     * 耗材的销售 — 武汉 showed medical consumables on it, fact check 151; 楚环: 水处理设备的代理销售): …的代理销售, 经销 or 分销 after it,
     * or …的销售 after the related goods (相关…), and no making before it in its clause. A bare …的销售 says nothing: 东山精密's main
     * business reads 主要从事电子电路产品,…触控面板及液晶显示模组…等产品的销售, and it makes them.
     */
    private static boolean soldOnly(String text, int begin, int end) {
        // (both patterns stop at the clause's end, so they are matched in place, as BRANDS_AFTER is, and the words before the
        // term are read only for a term they follow)
        boolean resold = RESOLD_AFTER.matcher(text).region(end, text.length()).lookingAt();
        if (!resold && !SOLD_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String before = text.substring(startAfter(text, begin, CLAUSE_ENDS), begin);
        return (resold || before.contains(RELATED)) && !MAKING.matcher(before).find();
    }

    /** …的代理销售 (经销, 分销) after a term and the items listed with it, with nothing of making between. */
    private static final Pattern RESOLD_AFTER = Pattern.compile("(?:(?!生产|制造|研发|加工)[^，,。；;]){0,16}?的(代理销售|经销|分销)");
    /** …的销售 after a term and the items listed with it, with nothing of making between (相关医疗设备和医疗耗材的销售). */
    private static final Pattern SOLD_AFTER = Pattern.compile(
            "(?:(?!生产|制造|研发|加工)[^，,。；;]){0,16}?的销售(?![^，,。；;]{0,4}(生产|制造))");
    /** The word that makes goods named before 的销售 those of a business it serves (相关医疗设备和医疗耗材的销售). */
    private static final String RELATED = "相关";
    private static final Pattern MAKING = Pattern.compile("生产|制造|研发|加工|研制");

    /**
     * Whether the term names the brands a company's products go into, written straight before 品牌 (英力, laptop casings:
     * 服务的笔记本电脑终端应用品牌包括联想…等全球主流笔记本电脑品牌 — 六安's only laptop 'maker'; fact check 138; 汇创达: 最终应用于联想…等
     * 全球主流笔记本电脑品牌), not brands of its own (传音: 旗下拥有新兴市场知名手机品牌TECNO; 长安: 构建了…五大自主汽车品牌, 向世界
     * 一流汽车品牌迈进; 德尔玛: 创新家电品牌企业; 三七互娱: 公司旗下拥有…游戏研发品牌三七游戏，专业的游戏运营品牌37网游; 云南白药:
     * 从药品品牌延伸至…原生药材品牌) — read over the sentence up to the clause's end.
     */
    private static boolean brandsServed(String text, int begin, int end) {
        if (!BRANDS_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String sentence = text.substring(sentenceStart(text, begin), endBefore(text, end, CLAUSE_ENDS));
        return !OWN_BRANDS.matcher(sentence).find();
    }

    private static final Pattern BRANDS_AFTER = Pattern.compile("(终端应用|终端|应用)?品牌(?!企业|营销|运营|建设|服务|价值)");
    private static final Pattern OWN_BRANDS = Pattern.compile("自主|旗下|自有|拥有|打造|创立|迈进|成为|延伸|品牌格局|品牌矩阵");

    /**
     * Whether a term stands in brackets after an item that says what the product is for (方大炭素: 核电用炭/石墨材料(高温气冷堆/快堆
     * 等核反应堆) — the reactors its graphite goes into; 兰州 showed nuclear equipment on it, fact check 161).
     */
    private static boolean inUseBrackets(String text, int at) {
        int open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
        if (open < 0 || Math.max(text.lastIndexOf(')', at), text.lastIndexOf('）', at)) > open) {
            return false;
        }
        // (the item's words are Han characters and slashes only, so no separator can lie inside a match: read up to the bracket)
        return USED_FOR_ITEM.matcher(text).region(Math.max(0, open - 20), open).find();
    }

    private static final Pattern USED_FOR_ITEM = Pattern.compile("[\\p{IsHan}&&[^应使作利采适]]用[\\p{IsHan}/]{0,8}(材料|产品|制品)$");

    private static boolean inApplicationClause(String text, int at) {
        int start = startAfter(text, at, CLAUSE_ENDS);
        String before = text.substring(start, at);
        String cued = afterOwnUse(before);
        // the company's products covering a list of products name its products, not their uses (逸豪新材: 公司产品覆盖了电子电路铜箔、
        // 铝基覆铜板和印制电路板(PCB)等三类产品 — 赣州 showed no PCB of it; fact check 157)
        int end = endBefore(text, at, CLAUSE_ENDS);
        String after = text.substring(at, end);
        Matcher cover = PRODUCTS_COVER.matcher(cued);
        if (cover.find() && PRODUCT_KINDS_END.matcher(after).find()) {
            cued = cued.substring(0, cover.start()) + cued.substring(cover.end());
        }
        if (containsCue(cued) || aimedAt(cued)) {
            return true;
        }
        // a list after a colon whose lead-in names uses or customers (银河磁体, magnets: 公司粘结钕铁硼磁体的应用市场包括：汽车电机、
        // 硬盘驱动器主轴电机… — 成都 showed drive motors on it, fact check 151)
        if (start > 0 && ":：".indexOf(text.charAt(start - 1)) >= 0) {
            String leadIn = text.substring(startAfter(text, start - 1, CLAUSE_ENDS), start - 1);
            if (LIST_LEAD_IN.matcher(leadIn).find() && containsCue(leadIn)) {
                return true;
            }
        }
        if (TREND.matcher(before).find() && OWN_PLANT.stream().noneMatch(w -> before.contains(w) || after.contains(w))) {
            return true;
        }
        if (partner(before, after)) {
            return true;
        }
        // what the company is a supplier to (西安奕材, wafers: 实现了国内一线逻辑晶圆代工厂…工艺平台的正片供货，是…新建12英寸晶圆厂的首选
        // 硅片供应商之一 — no foundry of its own)
        if (SUPPLIER_TO.matcher(after).find() && !MAKES.matcher(before).find()) {
            return true;
        }
        if (forIndustries(text, at)) {
            return true;
        }
        if ((before.contains(MEETS) || before.contains(ACCORDING_TO)) && DEMANDS.stream().anyMatch(after::contains)) {
            return true;
        }
        if (MARKET_CHANCE.matcher(after).find() || INDUSTRY_EQUIPMENT.matcher(after).find()) {
            return true;
        }
        if (servedInList(text, start, at, end)) {
            return true;
        }
        // 在X、Y…中拥有广泛的应用: where the product is used (彩虹, panels: 在高端平板电脑、笔记本电脑…中拥有广泛的应用领域 — no laptops;
        // 帝科, silver paste: 在常规单/多晶电池、…PERC单/多晶电池…等应用上具有多系列产品 — no cells;
        // 宿迁联盛, light stabilisers: 产品在农膜、塑编、人造草、木塑、改性塑料、涂料等行业得到广泛应用)
        if (before.contains("在") && APPLIED_IN.matcher(after).find()) {
            return true;
        }
        // 是生产X的重要原料: what the product is a raw material for (红星发展, barium carbonate: 是生产电视机显像管、计算机显示器…的重要原料)
        if (before.contains("是生产") && RAW_MATERIAL_FOR.matcher(after).find()) {
            return true;
        }
        // 是X制造的重要材料: the same written after (中一科技, copper foil: 电解铜箔是锂离子电池、覆铜板和印制电路板制造的重要材料)
        if (before.contains("是") && MATERIAL_FOR_MAKING.matcher(after).find()) {
            return true;
        }
        // 能在X上运行: the platforms software runs on (金山办公: WPS Office…能在Windows、Linux、macOS、Android…等众多主流操作系统上流畅
        // 运行 — no operating system of its own)
        if (before.contains("在") && RUNS_ON.matcher(after).find()) {
            return true;
        }
        // 获得…奖/品牌/百强: an honour names a field (宇瞳光学, lenses: 并获得中国智慧城市建设推荐品牌、安防行业创新奖、中国安防百强企业 —
        // no smart-city systems)
        if (before.contains("获得") && HONOUR_AFTER.matcher(after).find()) {
            return true;
        }
        // 为X的核心组件: a part of what it names (恒铭达: 精密金属结构件…为算力服务器、存储服务器、交换机及路由器等数通设备的核心组件 — no
        // switches made)
        if ((before.contains("为") || before.contains("是") || before.contains("系")) && COMPONENT_OF.matcher(after).find()) {
            return true;
        }
        // 调整/提升X的性能: what the product improves (鼎胜, battery foil: 能有效调整动力锂电池的性能 — no cells)
        if (IMPROVES.matcher(before).find() && IMPROVED.matcher(after).lookingAt()) {
            return true;
        }
        // a clause of plans (伟明环保: 规划产品线涵盖冰镍、电池级硫酸镍…; 艾能聚: 公司计划在现有业务的基础上择机拓展下游太阳能组件生产; 利华益:
        // 拟投产项目包括高性能聚丙烯、电解液溶剂等装置)
        if (PLANNED_IN_CLAUSE.matcher(before).find() || plannedInSentence(text, at) || formerly(before, after)) {
            return true;
        }
        if (technologiesUsed(text, start, at, end) || fieldsCovered(text, start, at, end)) {
            return true;
        }
        // 业务涉及X after a service offered to customers: the fields the service works in (太龙药业's CRO: 专注为综合性大型药企、
        // 创新药企业提供一体化新药临床试验申请(IND)至药品上市服务(NDA)，业务涉及各类靶点生物药(单抗、双抗、ADC等)、化药… — its clients'
        // drugs; it makes no antibodies)
        if (SERVICE_FIELDS.matcher(text.substring(start, at)).lookingAt()
                && servesInSentence(text.substring(sentenceStart(text, at), start))) {
            return true;
        }
        // what a licence scope excepts (皖创环保: 建设工程施工(除核电站建设经营,民用机场建设)), what the company left (博源化工:
        // 战略性退出煤炭、煤制乙二醇、天然气制甲醇及其下游产业), the title of a patent it holds (兴洋科技: 已取得“颗粒状多晶硅生产工艺及
        // 硅晶种制造系统”…等多项发明专利 — it makes silane) and a list of the scenes its products are used in, closed by 等…应用场景
        // (沃格光电: …数据中心、自动驾驶、光通信、CPO光模块…等高性能计算或高性能信号传输应用场景。) are not what it makes; a field its
        // patents cover (拥有数百项水环境治理方向专利) or a scene it serves (以智慧城市…为业务应用场景) may be
        if (before.contains(EXITED) || EXCEPTED.matcher(before).find() || patentTitle(before, after)
                || SCENES_LISTED.matcher(after).find()) {
            return true;
        }
        if (forCustomers(text, at)) {
            return true;
        }
        if (exceptedFromRange(text, start, at, end)) {
            return true;
        }
        if (before.contains("以")) {
            for (String cue : RAW_MATERIAL_ENDS) {
                if (after.contains(cue)) {
                    return true;
                }
            }
        }
        // what a product is made from, written 由X…而制得 (光华科技, polyester resins: 聚酯树脂是一种由精对苯二甲酸(PTA)、精间苯二甲酸
        // (PIA)等多元酸与新戊二醇(NPG)等多元醇，通过酯化反应、真空缩聚而制得的热固性饱和型聚酯树脂 — its raw materials; fact check 126)
        if (MADE_FROM.matcher(before).find() && MADE_FROM_CLOSED.matcher(text.substring(at)).lookingAt()) {
            return true;
        }
        // a list closed by 等平台 names a foundry's process platforms, its customers' chips (晶合集成: 显示驱动芯片(DDIC)、
        // 微控制器(MCU)…等平台各类产品量产), not chips it designs
        return after.contains("等平台") || inServedIndustries(text, start, at, end) || usesListed(text, start, end)
                || partsForListedProducts(text, start) || inUseList(text, start, end);
    }

    /**
     * Cues whose object is what the products suit or aim at, up to the first word that ends it (尚太, anodes: 构建了适应动力电池、
     * 储能电池、消费类电池的全量产品线; 振华新材, cathodes: 针对半固态/凝聚态/固态电池等高能量密度的应用场景); what follows that
     * word is the company's own (针对客户需求开发了风电机组).
     */
    private static final List<String> AIM_CUES = List.of("适应", "针对");
    private static final List<String> AIM_ENDS = List.of("的", "需求", "场景", "要求", "特点", "开发", "推出", "研发", "研制", "生产", "打造");

    /** What a company works with, opening a list of technologies (运用人工智能,物联网,大数据,云计算等新一代信息技术). */
    private static final Pattern USES_TECHNOLOGY = Pattern.compile("运用|利用|借助|融合|基于|采用");
    /** The end of such a list, in the item that closes it: 等 and technology (等新一代信息技术, 等前沿技术, 等技术手段). */
    private static final Pattern TECHNOLOGIES_CLOSED = Pattern.compile(
            "^[^，,。；;等]{0,12}等(新一代|前沿|先进|现代|核心|数字化?)?(信息|数字|智能)?(技术|科技)");

    /**
     * Whether the term is an item of a list of technologies the company uses, opened by 运用/利用/借助 in its item or a short
     * one before it and closed by 等…技术 in its item or a short one after it (厦门路桥信息, transport IT: 运用人工智能,物联网,
     * 大数据,云计算等新一代信息技术为交通领域提供信息化产品 — no cloud of its own).
     */
    private static boolean technologiesUsed(String text, int start, int at, int end) {
        return inList(text, start, at, end, USES_TECHNOLOGY, TECHNOLOGIES_CLOSED);
    }

    /**
     * What opens a list of the fields a business covers (覆盖); not 业务覆盖 or 产品覆盖, which list the company's own businesses
     * and products (华海药业: 业务覆盖多剂型的创新药、生物药、仿制药及特色原料药等多个领域).
     */
    private static final Pattern COVERS = Pattern.compile("(?<!业务)(?<!产品)(?<!范围)覆盖");
    /** The end of such a list: 等 and fields (等领域, 等多个行业). */
    private static final Pattern FIELDS_CLOSED = Pattern.compile("^[^，,。；;等]{0,16}等(多个|众多|各)?(领域|行业)");

    /**
     * Whether the term is an item of a list of the fields a business covers, opened by 覆盖 and closed by 等领域 (南方路面, aggregate
     * machinery: 覆盖矿山破碎筛分、骨料加工处理、建筑及筑路材料搅拌、建筑垃圾资源化再生利用等领域 — it disposes of no waste).
     */
    private static boolean fieldsCovered(String text, int start, int at, int end) {
        return inList(text, start, at, end, COVERS, FIELDS_CLOSED);
    }

    /**
     * Whether the term stands in a list that {@code opens} in its item (written with 、) or in a short item before it (written
     * with ASCII commas) and {@code closes} matches from the term on in its item or at a short item after it.
     */
    private static boolean inList(String text, int start, int at, int end, Pattern opens, Pattern closes) {
        boolean closed = closes.matcher(text.substring(at, end)).lookingAt();
        for (int to = end, k = 0; !closed && k < 12 && to < text.length() && text.charAt(to) == ','; k++) {
            int itemEnd = itemEnd(text, to);
            String item = text.substring(to + 1, itemEnd);
            // a clause of uses after the list is no item of it (纳芯微: 覆盖模拟及混合信号芯片,广泛应用于信息通讯,…等领域)
            if (USE_CUES.stream().anyMatch(item::contains)) {
                break;
            }
            closed = closes.matcher(item).lookingAt();
            if (item.length() > LIST_ITEM) {
                break;
            }
            to = itemEnd;
        }
        return closed && (opens.matcher(text.substring(start, at)).find()
                || openedBefore(text, start, item -> opens.matcher(item).find(), item -> item.length() > LIST_ITEM));
    }

    private static final String EXITED = "退出";
    private static final Pattern EXCEPTED = Pattern.compile("[(（]除[^)）]*$");
    /** 除X外的: what a range leaves out, opened by 除 (not 除草, 除尘 …) and closed by (以)外的. */
    private static final Pattern EXCEPT = Pattern.compile("除(?![草尘湿臭磷垢锈冰霜])");
    private static final Pattern EXCEPT_ENDS = Pattern.compile("^[^，,。；;]{0,12}?以?外的");

    /**
     * Whether the term stands in 除X外的…, also across a comma list (威海广泰: 产品涵盖了除旅客登机廊桥,摆渡车,垃圾车,飞机维修作业平台外的
     * 大部分地面空港设备 — 威海's only aircraft-maintenance company does none).
     */
    private static boolean exceptedFromRange(String text, int start, int at, int end) {
        if (!EXCEPT_ENDS.matcher(text.substring(at, end)).find()) {
            return false;
        }
        return EXCEPT.matcher(text.substring(start, at)).find()
                || openedBefore(text, start, item -> EXCEPT.matcher(item).find(), item -> item.length() > LIST_ITEM);
    }

    private static final Pattern SCENES_LISTED = Pattern.compile("^[^，,。；;]*等[^，,。；;]*应用场景([，,。；;]|$)");
    private static final Pattern PATENT_AFTER_TITLE = Pattern.compile("^[^“”]*”[^。；;]*(专利|课题)");

    /**
     * Whether the term stands inside a quoted title that a patent or a research topic follows (“颗粒状多晶硅生产工艺…”、“…”等多项
     * 发明专利; 海博思创, a storage integrator: “基于复合固态电解质的电动汽车用固态锂离子电池研制”等多项课题研发 — no cells made).
     */
    private static boolean patentTitle(String before, String after) {
        return before.lastIndexOf('“') > before.lastIndexOf('”') && PATENT_AFTER_TITLE.matcher(after).find();
    }

    private static final Pattern APPLIED_IN = Pattern.compile(
            "^[^在]*((中|等(各|多个|众多)?(行业|领域))(拥有|具有|有|得到|获得)?了?(广泛|大量|普遍|良好)?的?应用|等(各个)?应用上)");
    private static final Pattern RAW_MATERIAL_FOR = Pattern.compile("^[^生]*的(重要|主要|基础|关键)?(原料|原材料)");
    private static final Pattern MATERIAL_FOR_MAKING = Pattern.compile("^[^是]*(制造|生产|制作)的(重要|主要|关键|核心)(基础)?(材料|原料|原材料)");

    /** 由 opening what a product is made from (not 理由, 自由, 缘由) … */
    private static final Pattern MADE_FROM = Pattern.compile("(?<![理自缘])由");
    /** …and closed in the same sentence by 而制得 or 而成. */
    private static final Pattern MADE_FROM_CLOSED = Pattern.compile("[^。；;]{0,80}?而(制得|制成|成的)");

    /** The opening of a clause naming the fields a business works in (业务涉及, 服务范围涵盖). */
    private static final Pattern SERVICE_FIELDS = Pattern.compile("(业务|服务)(范围)?(涉及|覆盖|涵盖)");

    /** Whether a sentence so far says the company provides a service (为客户提供…服务). */
    private static boolean servesInSentence(String sentence) {
        int provides = sentence.indexOf(PROVIDES);
        return provides >= 0 && sentence.indexOf("服务", provides) >= 0;
    }

    /**
     * A sentence that speaks of the future (未来…将) names what the company plans, not what it makes (万泰电子, mine equipment:
     * 未来在立足于软硬件产品的基础上，公司将进一步融合人工智能、工业物联网、云计算、大数据等技术 — no cloud or data services).
     */
    private static boolean plannedInSentence(String text, int at) {
        String before = text.substring(sentenceStart(text, at), at);
        // 未来…将, or 还将 (元力: 公司还将开展污水治理业务 — a plan, no water works yet)
        int future = before.indexOf("未来");
        int will = future < 0 ? before.indexOf("还将") : before.indexOf("将", future);
        // …unless it goes on with what it does (博汇: 未来，博汇科技将继续深耕视听大数据领域; 新洋丰: 将始终把握…磷化工行业发展的方向)
        return will >= 0 && CONTINUING.stream().noneMatch(w -> before.indexOf(w, will) >= 0);
    }

    /** Words of a plan in the clause before a term: a product line, building or capacity planned, a move intended. */
    private static final Pattern PLANNED_IN_CLAUSE = Pattern.compile(
            "规划(产品线|建设|产能|新建)|计划(在|于|投资|建设|新建|拓展|择机)|拟(建设|新建|投资|投产)");

    private static final List<String> CONTINUING = List.of("继续", "持续", "始终", "深耕", "巩固", "坚持", "专注", "一如既往", "围绕", "不断",
            "保持");

    /**
     * Where the sentence holding {@code at} begins: after 。, ;, !, ?, a line break, or an ASCII full stop (the exchange's
     * main-business fields end sentences with it) that is no decimal point.
     */
    private static int sentenceStart(String text, int at) {
        int start = at;
        while (start > 0 && !sentenceEndsAt(text, start - 1)) {
            start--;
        }
        return start;
    }

    private static int sentenceEnd(String text, int at) {
        int end = at;
        while (end < text.length() && !sentenceEndsAt(text, end)) {
            end++;
        }
        return end;
    }

    private static boolean sentenceEndsAt(String text, int i) {
        char c = text.charAt(i);
        if ("。;!?\n".indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
    }

    /**
     * 为X…提供: X is who the company supplies (翔宇医疗: 为全国各级医疗机构,养老机构,残疾人康复中心…以及家庭提供系列康复产品 — no
     * hospitals; 华大基因's and 迪安's hospitals), widening {@link #servedByProvider} (which asks that the words name makers or fields)
     * to any customer, with {@link #forIndustries}' reading of 为 ({@link #meansFor}) and across the short
     * items of a list written with commas. Not where 为 says what the company or its business is (主营业务为X,…提供; 公司为…制造商
     * 并致力于为客户提供), nor before a 提供商 (…解决方案提供商 is what it is), nor where the words before 提供 begin a clause of
     * their own (向客户, 同时, 致力于).
     */
    private static boolean forCustomers(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 30 && !sentenceEndsAt(text, from - 1) && text.charAt(from - 1) != '为' && text.charAt(from - 1) != '向') {
            from--;
        }
        int given = from - 1;
        // 向X提供 says it as plainly (金域: 主营业务为向各类医疗机构…提供医学检验…外包服务)
        boolean towards = given >= 0 && text.charAt(given) == '向';
        if (given < 0 || !(towards || text.charAt(given) == '为' && meansFor(text, given))
                || !towards && "评列较称视".indexOf(given > 0 ? text.charAt(given - 1) : ' ') >= 0
                || !towards && IS_WORDS.stream().anyMatch(w -> text.startsWith(w, given - w.length()))
                || CUSTOMER_GAP_VERBS.stream().anyMatch(text.substring(from, at)::contains)
                || IS_NOUNS.stream().anyMatch(text.substring(from, at)::contains)
                || text.substring(from, at).contains(PROVIDES) || !shortItems(text.substring(from, at))) {
            return false;
        }
        int end = sentenceEnd(text, at);
        int provides = text.indexOf(PROVIDES, at);
        if (provides < 0 || provides >= end || text.startsWith("提供商", provides) || text.startsWith("提供者", provides)) {
            return false;
        }
        String between = text.substring(at, provides);
        if (NOT_A_CUSTOMER_LIST.stream().anyMatch(between::contains)) {
            return false;
        }
        String[] items = between.split(",", -1);
        if (items.length == 1) {
            // one clause, its items written with 、 (迪安: 为各类综合医院与专科医院、社区卫生服务中心(站)…等各级医疗机构提供)
            return between.length() <= 5 * LIST_ITEM;
        }
        // the last item runs on to the 提供 that closes the list (…,教育系统等机构以及家庭提供)
        return shortItems(between.substring(0, between.length() - items[items.length - 1].length()))
                && items[items.length - 1].length() <= 2 * LIST_ITEM;
    }

    /** Whether the items a text splits into at its ASCII commas, past the first, are short enough to be a list's. */
    private static boolean shortItems(String text) {
        String[] items = text.split(",", -1);
        for (int i = 1; i < items.length - 1; i++) {
            if (items[i].length() > LIST_ITEM) {
                return false;
            }
        }
        return items.length < 2 || items[items.length - 1].length() <= LIST_ITEM;
    }

    /** Words before a 为 that says what something is (主营业务为, 主要产品为, 公司的业务为). */
    private static final List<String> IS_WORDS = List.of("业务", "产品", "主营", "定位");
    /**
     * Written between the term and 提供, they show the 为 before it said what the company is, or a clause of its own began
     * (公司为国内领先的动力电池制造商并致力于为客户提供储能系统; 公司为锂电池龙头企业,向客户提供…).
     */
    private static final List<String> NOT_A_CUSTOMER_LIST = List.of("为", "并", "向", "同时", "致力", "企业", "公司", "商", "之一");
    /** Words that, written between 为 and the term, make it no customer's (为主要产品, 为核心…; 为…企业,从事…). */
    private static final List<String> CUSTOMER_GAP_VERBS = List.of("主要", "核心", "主导", "主营", "从事");
    /** Nouns that, written between 为 and the term, show the 为 said what the company is (公司为高新技术企业,生产锂电池,提供…). */
    private static final List<String> IS_NOUNS = List.of("企业", "公司", "之一");

    /**
     * A clause that says what the company was (原是, 原为, 曾是) names a former business (江钨稀贵装备: 公司原是以…浮法玻璃生产…为主业
     * — it mines coal now), up to a word of the present (现, 目前, 变更, 转型); not where it gives a former name (原为XX有限公司).
     */
    private static boolean formerly(String before, String after) {
        // 从X起步: where the company began (光莆: 公司从半导体集成电路封装起步 — it packages optical sensors now), and 从X向Y转型: what it
        // turned from (凯盛新能源: 从传统平板玻璃向信息显示玻璃的全面转型 — no flat glass now)
        int from = before.lastIndexOf('从');
        if (from >= 0 && !before.startsWith("从事", from) && (STARTED_FROM.matcher(after).lookingAt()
                || TURNED_FROM.matcher(after).lookingAt())) {
            return true;
        }
        int was = -1;
        for (String w : FORMER) {
            was = Math.max(was, before.lastIndexOf(w));
        }
        if (was < 0) {
            return false;
        }
        String since = before.substring(was);
        String clause = since + after;
        return NOW.stream().noneMatch(since::contains) && !clause.contains("有限公司") && !clause.contains("集团") && !clause.contains("厂");
    }

    private static final List<String> FORMER = List.of("原是", "原为", "曾是", "曾为");
    private static final Pattern STARTED_FROM = Pattern.compile("[^，,。；;]{0,8}?起步");
    private static final Pattern TURNED_FROM = Pattern.compile("[^，,。；;向]{0,12}?向[^，,。；;]{0,30}?(转型|转变)");
    private static final List<String> NOW = List.of("现", "目前", "变更", "转型", "如今");

    private static boolean aimedAt(String before) {
        for (String cue : AIM_CUES) {
            int at = before.lastIndexOf(cue);
            // not 适应症 (a drug's indication), 自适应, 适应性 or 针对性
            int after = at + cue.length();
            if (at < 0 || before.startsWith("症", after) || before.startsWith("性", after) || (at > 0 && before.charAt(at - 1) == '自')) {
                continue;
            }
            String object = before.substring(after);
            if (AIM_ENDS.stream().noneMatch(object::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Clause ends a list of industries served runs over: not the ASCII comma such lists are written with. */
    private static final String SENTENCE_ENDS = "。;!?:\n";
    /** …or the makers supplied: 为X企业配套 (洁美科技: 为集成电路、电子元器件、偏光片企业配套生产系列产品 — no polarizers). */
    private static final Pattern INDUSTRY_PROVIDED = Pattern.compile(
            "^[^。;!?:\\n为]{0,30}?((?:行业|领域|企业)(?:大批量|批量)?(?:提供|服务)|(?:企业|厂商|厂家|制造商|生产商|客户)(?:提供)?配套)");

    /**
     * 为X行业提供…: X is an industry the company serves (百利工程, an engineering contractor: 为石油化工,现代煤化工行业提供工程
     * 咨询,设计及工程总承包), its items split by ASCII commas or 、 — the term between that 为 and its 提供, with no other 为
     * between. Not 为客户提供, where the words before name no industry, nor a 为 that means "is" ({@link #meansFor}).
     */
    private static boolean forIndustries(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 30 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0 && text.charAt(from - 1) != '为') {
            from--;
        }
        if (from == 0 || text.charAt(from - 1) != '为' || !meansFor(text, from - 1) || text.substring(from, at).contains(PROVIDES)) {
            return false;
        }
        java.util.regex.Matcher m = INDUSTRY_PROVIDED.matcher(text.substring(at));
        return m.find() && !m.group().substring(0, m.start(1)).contains(PROVIDES);
    }

    /**
     * Whether the 为 at {@code at} may mean "for" (为客户提供; 主要为X行业提供 too, with the 提供 its callers look for), not "is" (成为,
     * 作为, 认为, 因为, 以…为主) nor the 为 of 华为.
     */
    private static boolean meansFor(String text, int at) {
        return !(at > 0 && "作成认因华".indexOf(text.charAt(at - 1)) >= 0) && !text.startsWith("为主", at);
    }

    /** What says a clause is about uses (not about customers served, whose services a following 包括 may list). */
    private static final List<String> USE_CUES = List.of("应用于", "应用在", "应用到", "广泛应用", "用于", "适用于", "应用领域", "下游",
            // what the company buys (金凯生科: 公司主要原材料包括苯甲醚,三氟乙酸乙酯,氟化氢,液氯等 — it makes no hydrogen fluoride)
            "原材料为", "原料为", "原材料包括", "原料包括", "主要原材料",
            // (贝隆精密, structural parts: 产品主要运用于智能手机,可穿戴设备 — no phones or wearables)
            "运用于", "运用在");

    /** What opens a list that goes on from the clause before it (not a bare 如: 如今, 如皋, 如意). */
    private static final List<String> LIST_OPENERS = List.of("包括", "主要包括", "例如", "比如");
    /** How a clause about uses ends before such a list (…为主要应用领域，包括…; 广泛应用于A、B等行业，例如…). */
    private static final List<String> FIELD_ENDS = List.of("领域", "行业", "场景", "市场", "方面");

    /**
     * A list opened by 包括/例如 right after a clause about uses names more uses (紫建电子, small lithium cells: 产品以各类小型
     * 消费类电子产品为主要应用领域，包括蓝牙耳机、智能穿戴设备(…)、智能音箱 — it makes no speakers), also across the short items
     * of a list split by commas (the classifier reads every comma as ASCII). The clause before must be about uses and end in
     * the field it names; not after a full stop, not after a clause about a service provided (为客户提供…服务，主要包括…), and
     * not from a long clause of the company's own (…，如比亚迪、蔚来，公司同时生产储能电池).
     */
    private static boolean usesListed(String text, int start, int end) {
        int from = start;
        for (int items = 0; items < 12; items++) {
            int at = from;
            if (LIST_OPENERS.stream().anyMatch(o -> text.startsWith(o, at))) {
                if (from < 2 || text.charAt(from - 1) != ',') {
                    return false;
                }
                String previous = text.substring(itemStart(text, from - 1), from - 1);
                return USE_CUES.stream().anyMatch(previous::contains) && FIELD_ENDS.stream().anyMatch(previous::endsWith);
            }
            if (from == 0 || text.charAt(from - 1) != ',' || (items == 0 && end - start > LIST_ITEM)) {
                return false;
            }
            int itemStart = itemStart(text, from - 1);
            if (from - 1 - itemStart > LIST_ITEM) {
                return false;
            }
            from = itemStart;
        }
        return false;
    }

    /**
     * {@link #servedByProvider} over the clause [{@code start}, {@code end}) widened across short items of a list written
     * with ASCII commas (精研科技: 为智能手机,可穿戴设备,笔记本及平板计算机等消费电子领域…提供…零部件), up to the item that holds 提供.
     */
    private static boolean servedInList(String text, int start, int at, int end) {
        // a list ends where its sentence does: the exchange's texts end sentences with ASCII full stops too
        int from = start;
        while (from > 0 && text.charAt(from - 1) == ',') {
            int itemStart = itemStart(text, from - 1);
            String item = text.substring(itemStart, from - 1);
            if (item.length() > LIST_ITEM || item.contains(PROVIDES) || endsSentence(text, itemStart - 1)) {
                break;
            }
            from = itemStart;
        }
        int to = end;
        String clause = text.substring(at, end);
        boolean closed = clause.contains(PROVIDES) || clause.indexOf('.') >= 0;
        while (!closed && to < text.length() && text.charAt(to) == ',') {
            int itemEnd = itemEnd(text, to);
            String item = text.substring(to + 1, itemEnd);
            if ((item.length() > LIST_ITEM && !item.contains(PROVIDES)) || endsSentence(text, itemEnd)) {
                break;
            }
            to = itemEnd;
            closed = item.contains(PROVIDES);
        }
        return servedByProvider(text.substring(from, at), text.substring(at, to));
    }

    /** Where the list item ending at the ASCII comma {@code comma} begins: after a clause end or an ASCII full stop. */
    private static int itemStart(String text, int comma) {
        int itemStart = comma;
        while (itemStart > 0 && CLAUSE_ENDS.indexOf(text.charAt(itemStart - 1)) < 0 && text.charAt(itemStart - 1) != '.') {
            itemStart--;
        }
        return itemStart;
    }

    /** Where the list item beginning after the ASCII comma {@code comma} ends: at a clause end or an ASCII full stop. */
    private static int itemEnd(String text, int comma) {
        int itemEnd = comma + 1;
        while (itemEnd < text.length() && CLAUSE_ENDS.indexOf(text.charAt(itemEnd)) < 0 && text.charAt(itemEnd) != '.') {
            itemEnd++;
        }
        return itemEnd;
    }

    private static boolean endsSentence(String text, int at) {
        return at >= 0 && at < text.length() && text.charAt(at) == '.';
    }

    /**
     * Whether the term between {@code before} and {@code after} stands in 为X…提供 (X naming makers or fields): the last 为
     * before it (not that of 作为, 成为, 认为, 因为 or 以…为主) opens the span, no 提供 lies between that 为 and the term (为…提供动力电池:
     * what is provided is made), and the first 提供 after it, not 提供商, closes it with no other 为 before it (公司为…动力电池
     * 制造商并致力于为客户提供…: that 为 says what the company is).
     */
    private static boolean servedByProvider(String before, String after) {
        int forAt = before.lastIndexOf(FOR);
        if (forAt < 0 || !meansFor(before, forAt) || before.indexOf(PROVIDES, forAt) >= 0) {
            return false;
        }
        int provides = after.indexOf(PROVIDES);
        if (provides <= 0 || after.startsWith("商", provides + PROVIDES.length()) || after.substring(0, provides).contains(FOR)) {
            return false;
        }
        String served = before.substring(forAt) + after.substring(0, provides);
        return PROVIDED_TO.stream().anyMatch(served::contains);
    }

    /** Short items of a list written with ASCII commas (as the exchange's texts write 、): at most this long. */
    private static final int LIST_ITEM = 12;
    /**
     * What closes a list of the industries a company serves, and what it then makes for them (盈方微: 面向移动互联终端,智能家居,
     * 可穿戴设备等应用的智能处理器 — processors, no wearables).
     */
    private static final Pattern SERVED = Pattern.compile("等(各|多个|众多)?(行业|领域|应用)");
    private static final Pattern FOR_THEM = Pattern.compile("等(各|多个|众多)?(行业|领域)[^，,。；;]*?(设备|装备|产线|仪器|检测|解决方案|服务)");
    /**
     * An item of a list closed by 等X产品的…件 or 等X系统的…件: parts for the products listed (恒铭达: 手机,平板电脑,…等消费电子产品的
     * 精密功能性器件; 旭升: …,电池系统等核心系统的精密机械加工零部件).
     */
    private static final Pattern PARTS_FOR_THEM = Pattern.compile("^[^，,。；;]{0,12}?等[^，,。；;]{0,8}(产品|系统)的[^，,。；;]*?(器件|部件|零部件|组件|结构件|功能件|配件|外壳|防护屏|保护屏|盖板)");

    /** Whether the clause at {@code start} is an item of a list, split by ASCII commas, of products that parts are made for. */
    private static boolean partsForListedProducts(String text, int start) {
        int at = start;
        for (int items = 0; items < 10 && at < text.length(); items++) {
            if (PARTS_FOR_THEM.matcher(text.substring(at)).find()) {
                return true;
            }
            int next = itemEnd(text, at - 1);
            if (next >= text.length() || text.charAt(next) != ',' || next - at > LIST_ITEM) {
                return false;
            }
            at = next + 1;
        }
        return false;
    }

    /**
     * Whether the clause [{@code start}, {@code end}) is an item of a list of industries served, its items split by ASCII
     * commas: one opened by an application cue (皖仪科技: 产品主要应用于环保,化工,…,新能源锂电池,…等领域) or closed by
     * 等行业/等领域 and what is made for them (海目星: 主要从事消费电子,动力电池,钣金加工等行业激光及自动化设备) — the company
     * makes instruments or equipment, not batteries. A list of its own products (主要产品包括A,B等产品) is no such list.
     * {@code at} is where the term begins.
     */
    private static boolean inServedIndustries(String text, int start, int at, int end) {
        int first = start;
        while (first > 0 && text.charAt(first - 1) == ',') {
            int itemStart = itemStart(text, first - 1);
            if (first - 1 - itemStart > LIST_ITEM && !containsCue(text.substring(itemStart, first - 1))) {
                break;
            }
            first = itemStart;
            if (containsCue(text.substring(itemStart, start))) {
                break;
            }
        }
        int last = end;
        while (last < text.length() && text.charAt(last) == ',' && !SERVED.matcher(text.substring(at, last)).find()) {
            int itemEnd = itemEnd(text, last);
            String item = text.substring(last + 1, itemEnd);
            if (item.length() > LIST_ITEM && !SERVED.matcher(item).find()) {
                break;
            }
            last = itemEnd;
        }
        String run = text.substring(first, last);
        // the list closes after the term: a term written after 等行业 (…等行业激光设备) is what is made for them
        if (!SERVED.matcher(text.substring(at, last)).find()) {
            return false;
        }
        return containsCue(text.substring(first, start)) || FOR_THEM.matcher(run).find();
    }

    /** What the last item of a use list names before 等 and a short kind with no word of making (…液晶电视等消费类电子产品显示屏). */
    private static String closedByKind(String item) {
        int etc = item.indexOf('等');
        if (etc <= 0) {
            return item;
        }
        String kind = item.substring(etc + 1);
        int stop = kind.indexOf('.');
        boolean plain = kind.length() <= 2 * LIST_ITEM && !MAKES.matcher(kind).find() && (stop < 0 || stop == kind.length() - 1)
                && OWN_CLAUSE.stream().filter(w -> !w.equals("产品")).noneMatch(kind::contains);
        return plain ? item.substring(0, etc) : item;
    }

    /** The last item of a use list, closing it with what its items are (…平板显示和锂电池等五大新兴行业). */
    private static final Pattern USE_LIST_CLOSED = Pattern.compile("^[^等]{1,12}等[^等]{0,8}(行业|领域|市场)[.。]?$");

    /** Whether the term is an item of a comma list that 主要经营 opens ({@link #DEALS_IN}), with no word of making in it. */
    private static boolean dealtIn(String text, int at) {
        int start = startAfter(text, at, CLAUSE_ENDS);
        Predicate<String> stops = item -> MAKES.matcher(item).find() || item.length() > LIST_ITEM + 8;
        boolean opened = DEALS_IN.matcher(text.substring(start, at)).find()
                || openedBefore(text, start, item -> item.contains("主要经营") && !stops.test(item), stops);
        return opened && !MAKES.matcher(text.substring(at, endBefore(text, at, CLAUSE_ENDS))).find();
    }

    /**
     * Whether, walking back from the clause at {@code start} over up to twelve items of a list written with ASCII commas, an
     * item that {@code opens} the list is met before one that {@code stops} the walk (an item is tested for both, opening
     * first).
     */
    private static boolean openedBefore(String text, int start, Predicate<String> opens, Predicate<String> stops) {
        int first = start;
        for (int k = 0; k < 12 && first > 0 && text.charAt(first - 1) == ','; k++) {
            int itemStart = itemStart(text, first - 1);
            String item = text.substring(itemStart, first - 1);
            if (opens.test(item)) {
                return true;
            }
            if (stops.test(item)) {
                return false;
            }
            first = itemStart;
        }
        return false;
    }

    /** Words of a clause of the company's own, which no item of a list of uses holds. */
    private static final List<String> OWN_CLAUSE = List.of("公司", "产品", "主要", "为", "是", "生产", "研发", "制造", "销售");

    /**
     * Whether the clause [{@code start}, {@code end}) is a short item of a list of uses that a clause with a use cue opens,
     * split by commas (共达电声, microphones: 广泛应用于移动通讯设备及其周边产品,笔记本电脑,平板电视 — no laptops or TVs made).
     */
    private static boolean inUseList(String text, int start, int end) {
        String own = text.substring(start, end);
        // the last item may close the list with what its items are (晶瑞电材: 广泛应用于半导体,光伏太阳能电池,LED,平板显示和锂电池等五大
        // 新兴行业 — it makes no cells), also with the kind of product they are (三利谱, polarizers: 主要应用于手机,电脑,液晶电视等消费类
        // 电子产品显示屏 — no TVs made): the item is then read up to its 等
        String listed = closedByKind(own);
        if (listed.length() > LIST_ITEM && !USE_LIST_CLOSED.matcher(own).find() || OWN_CLAUSE.stream().anyMatch(listed::contains)) {
            return false;
        }
        // read so, the item must follow a short one (not 生产的产品广泛应用于工业、…等领域，同时填补了国内聚烯烃等高端化工原料进口缺口)
        if (listed.length() < own.length() && (start < 2 || text.charAt(start - 1) != ','
                || start - 1 - itemStart(text, start - 1) > LIST_ITEM)) {
            return false;
        }
        return openedBefore(text, start, item -> USE_CUES.stream().anyMatch(item::contains),
                item -> item.length() > LIST_ITEM || OWN_CLAUSE.stream().anyMatch(item::contains));
    }

    /**
     * A product named after what it is for: 包括用于X的Y lists Y, made, and X, its use (中触媒: 公司主要产品包括用于环保行业的脱硝分子筛、
     * 用于能源化工及精细化工行业的… — DeNOx zeolites of its own; 天顺风能: 是用于1.5MW及以上功率风机的风塔; 赛分: 生产用于药物分析检测和
     * 分离纯化的液相色谱材料), not 产品主要用于X的Y, where nothing says the products are Y.
     */
    private static final Pattern OWN_USE = Pattern.compile("(包括|为|是|生产|提供|、)用于[^，,。；;的]{1,20}的");

    /** The clause before a term from the end of the last use named before a product of the company's own ({@link #OWN_USE}). */
    private static String afterOwnUse(String before) {
        Matcher m = OWN_USE.matcher(before);
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        return from < 0 ? before : before.substring(from);
    }

    /** The company's products covering what follows (产品覆盖了, 产品涵盖了). */
    private static final Pattern PRODUCTS_COVER = Pattern.compile("产品(覆盖|涵盖)了?");
    /** A list closed as kinds of products (…等三类产品). */
    private static final Pattern PRODUCT_KINDS_END = Pattern.compile("等[一二三四五六七八九十两0-9多]*[类种大]?产品$");

    /** The words that open a list after a colon (应用领域包括：, 主要客户为：). */
    private static final Pattern LIST_LEAD_IN = Pattern.compile("(包括|有|为|涵盖|覆盖)$");

    private static boolean containsCue(String text) {
        for (String cue : APPLICATION_CUES) {
            if (cue.equals(CUSTOMERS) ? customersNamed(text) : cue.equals(SUPPLIES) ? suppliesNamed(text) : text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static final String CUSTOMERS = "客户";
    private static final String SUPPLIES = "配套";

    /**
     * Whether 配套 says what the products are supplied to, not what goes with them: X及配套Y is Y of the company's own (智达信:
     * 智慧公交领域系统平台软件,硬件及配套嵌入式软件 — embedded software it writes; 上海新阳: …和配套设备).
     */
    private static boolean suppliesNamed(String text) {
        return occursAs(text, SUPPLIES, at -> at == 0 || "及和与、".indexOf(text.charAt(at - 1)) < 0);
    }

    /** Whether {@code word} occurs in the text at an index {@code counts} accepts. */
    private static boolean occursAs(String text, String word, IntPredicate counts) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (counts.test(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text names customers as other than those the company provides for: 为客户提供X is what it makes (首钢股份:
     * 为客户提供电工钢、汽车板 — electrical steel of its own).
     */
    private static boolean customersNamed(String text) {
        // …nor what customers need (长飞: 基于客户需求的各类特种光纤光缆、电力线缆、光模块与光器件 — its own products)
        return occursAs(text, CUSTOMERS, at -> !text.startsWith("提供", at + CUSTOMERS.length())
                && !text.startsWith("需求", at + CUSTOMERS.length()));
    }
}
