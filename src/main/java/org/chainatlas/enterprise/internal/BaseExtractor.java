package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chainatlas.region.Places;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Production bases a company's own texts name ("在广东深圳、福建宁德、四川宜宾等地建有生产基地"): in every clause that
 * speaks of production sites (生产基地, 制造基地, 工厂, 生产线 …) HanLP's place recognition finds the place names, and
 * each is resolved to its prefecture-level region (a province name before it decides between places of the same
 * name). A province alone is no base (it says too little), except the four municipalities. Clauses that speak only
 * of headquarters, sales or R&D are skipped. Two more kinds of clause name bases without a site word: 在X进行…的生产
 * (国晟世安), and a list of subsidiaries whose names begin with a city and say they make something (高测: 长治高测新材料科技有限公司).
 */
final class BaseExtractor {

    private static final List<String> SITE_WORDS = List.of("生产基地", "制造基地", "产业基地", "生产线", "工厂", "厂区", "基地",
            "生产中心", "制造中心", "产线", "产能", "晶圆厂", "生产单位");
    private static final List<String> NOT_PRODUCTION = List.of("研发基地", "实验基地", "营销", "销售", "办事处", "总部", "培训基地", "种植基地",
            "养殖基地", "示范基地", "教育基地", "创新基地", "实践基地", "实习基地", "实训基地", "人才培养基地", "孵化基地", "创业基地",
            "物流基地", "仓储基地", "文化基地", "科普基地", "软件产业基地", "制造业基地", "卓越级智能工厂",
            // warehouses, transit depots and an airline's operating bases store and move what others make (西上海: 整车以及零部件
            // 仓储和运营基地; 广汇能源: 能源物流中转基地; 海南航空: 在海口、北京…等23个城市建立航空营运基地)
            "运营基地", "营运基地", "中转基地", "储运基地", "服务基地",
            // what supplies its inputs (中信泰富特钢: 两大原材料供应基地(铜陵特材、扬州特材) — coke, not steel)
            "原材料供应基地", "原料供应基地",
            // test sites and research premises (宿迁联盛: 在宿迁、南充、欧洲等地建立研发场所、试验基地和营销中心)
            "试验基地", "研发场所",
            // a hospital's treatment unit (创新医疗: 福恬医院是…溧阳地区唯一一家纯氧舱高压氧治疗基地)
            "治疗基地",
            // sites that breed and test seed varieties (绿亨: 在北京海淀、山东寿光…建有育种研发及品种测试鉴定基地)
            "鉴定基地",
            // old industrial regions a builder worked in (浙江建投: 出色完成了杭钢、衢化、镇海炼化等浙江大部分老工业基地…建设)
            "老工业基地",
            // places that hold a base or only an office (康达新材: 在上海、北京…香港、福建、唐山等地设有子公司、生产基地或分支机构 — which
            // is which it does not say)
            "生产基地或分支机构", "生产基地或办事处");
    /**
     * A clause about an associate's plants (江南模塑: 参股公司北汽模塑在北京…设立生产基地), about plants planned (计划筹建山东生产基地),
     * about what the company once was (建设工业: 前身为张之洞创办的汉阳兵工厂) or about the projects it supplied (青鸟消防: 是北京奥运会、
     * 上海世博会…上海特斯拉工厂等项目的供应商) names no place where the company itself produces.
     */
    private static final List<String> NOT_OWN_OR_NOT_YET = List.of("参股", "计划", "筹建", "拟建", "拟在", "将建", "前身", "项目的供应商",
            "项目供应商",
            // bases being built (友发钢管: 已形成…八个生产基地，同时正在推进四川成都和河南许昌两个基地建设)
            "正在推进", "正在建设");
    /** A national programme's name is no plan of the company's (成飞集成: 子公司中航锂电(洛阳)有限公司先后参与…国家863计划). */
    private static final java.util.regex.Pattern PROGRAMME = java.util.regex.Pattern.compile(
            "(863|973|火炬|星火|重点研发|科技支撑|攻关)计划");

    /** Whether the clause speaks of a stake, a plan or a past, not counting the names of national programmes. */
    private static boolean notOwnOrNotYet(String clause) {
        String unnamed = PROGRAMME.matcher(clause).replaceAll("");
        return NOT_OWN_OR_NOT_YET.stream().anyMatch(unnamed::contains);
    }

    /**
     * Places written after it in a clause are planned, not plants (明冠新材: 规划合肥基地21GW n型电池专用胶膜; 南方黑芝麻: 规划在南昌和南京
     * 建设两个储能电池生产基地); those before it stand (力鼎光电: 在江西上饶拥有…加工基地…及正规划的20万平方米厦门工厂).
     */
    private static final String PLANNED = "规划";
    /**
     * 在X、Y…建设投资了…新能源项目 names where a company's built projects stand, without a site word (立新能源: 在哈密、昌吉、乌鲁木齐、
     * 奎屯、塔城等地建设投资了一批…新能源项目; 上海环境: 在…洛阳、宁波、蒙城…等地建成多个示范性标杆项目), and an operator's own
     * airfields where it flies from (中信海直: 在深圳南头、天津塘沽、湛江坡头…设有4个自有直升机场): built or running, not planned
     * (NOT_OWN_OR_NOT_YET), and only what is run there ({@link Base#projectSite}; a company that runs nothing gets no site).
     */
    private static final java.util.regex.Pattern RUNS_THERE = java.util.regex.Pattern.compile(
            "在[^，,。；;]{2,40}((建设投资|投资建设|建成|投运|投建|运营)[^，,。；;]{0,30}(项目|风电场|光伏电站|水电站)"
            + "|(设有|建有|拥有)[^，,。；;]{0,12}(直升机场|通用机场))"
            // a power producer's own projects named by where they stand (新天绿色能源: 公司所属张家口沽源东辛营200MW风电项目)
            + "|所属[^，,。；;]{2,30}(风电|光伏|水电|光热|发电)(项目|场|站)"
            // a hospital group's hospitals by the cities they stand in (普瑞眼科: 目前已在北京、上海…大理、赣州等25个城市成功投资经营了
            // 36家医院 — 大理 showed no hospital of it; fact check 153)
            + "|在[^，,。；;]{2,120}(经营|运营|开设|开办)了?[^，,。；;]{0,12}医院");
    /**
     * Words that name where a company produces without a site word: 在X进行…生产 (国晟世安), its industry laid out in places
     * (星星科技: 公司产业布局在浙江台州、江西萍乡、广东珠海、广东东莞等地区), and the makers it has laid out in places (金龙汽车:
     * 在中国厦门、苏州、绍兴、西安、上海等地布局有…等客车整车制造企业以及…汽车零部件生产企业).
     */
    private static final java.util.regex.Pattern PRODUCES_THERE = java.util.regex.Pattern.compile(
            "在[^，,。；;]{2,40}进行[^，,。；;]{0,30}(?<!安全|清洁)生产(?!管理|检查|审核|许可)|(产业|生产|产能)布局(在|于)"
            + "|在[^，,。；;]{2,40}布局有[^，,。；;]*(制造|生产)企业");
    /** A base that both produces and does research (凯盛科技: 在深圳、洛阳、池州等地拥有生产研发基地) is a production base. */
    private static final java.util.regex.Pattern PRODUCTION_AND_RESEARCH = java.util.regex.Pattern.compile("(生产|制造)[、和及与]?研发基地");
    /** Written straight after a place: a plant still being built there (明冠新材: 宜春、苏州、越南、合肥(在建)). */
    private static final String BEING_BUILT_MARK = "[(（]\\s*(在建中?|建设中|筹建中|拟建|规划中)\\s*[)）]";
    private static final java.util.regex.Pattern BEING_BUILT = java.util.regex.Pattern.compile("^\\s*" + BEING_BUILT_MARK);
    /** The same marks anywhere in a clause: they mark one place, and say nothing of the others in the list. */
    private static final java.util.regex.Pattern BEING_BUILT_MARKS = java.util.regex.Pattern.compile(BEING_BUILT_MARK);
    /**
     * A quoted title (“山东省博士后创新实践基地”, “浙江省智能工厂”) is an honour or a name, not a place of production; a count of bases
     * in quotes is not (建设工业: 四川彭州、云南昆明、河北承德、江苏盐城“五省市七基地”).
     */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[“「『\"][^”」』\"]*[”」』\"]");
    private static final java.util.regex.Pattern COUNTED_BASES = java.util.regex.Pattern.compile(
            "[“「『\"][^”」』\"]{0,6}[一二三四五六七八九十两0-9]+(个|大)?(生产|制造)?基地[”」』\"]");
    /** …nor are plants named in quotes and counted after them (通化金马: 拥有“通化金马药业、哈尔滨圣泰制药…”四家生产基地). */
    private static final java.util.regex.Pattern COUNTED_AFTER = java.util.regex.Pattern.compile(
            "[一二三四五六七八九十两0-9]+(家|个|大)?(生产|制造)?基地");
    private static final java.util.regex.Pattern LOST_CHARACTER = java.util.regex.Pattern.compile("(?<=\\p{IsHan})？(?=\\p{IsHan})");
    private static final java.util.regex.Pattern PLACES_FIRST = java.util.regex.Pattern.compile(
            "^(目前|公司|并|同时|现)?在[^，,。；;]{2,40}(等地|[两三四五六七八九十多]地|等城市|等省市)$");
    /** A clause that says where the sites the clause before it names stand (公司拥有三个生产基地，分别位于江苏南通、四川宜宾…). */
    private static final java.util.regex.Pattern PLACES_AFTER = java.util.regex.Pattern.compile("^(分别|均|都)(位于|为|设在|在)|^(位于|坐落于)");
    /**
     * The same said by 覆盖/分布, only after a clause naming sites (通富微电: 布局了九大生产基地，覆盖中国南通、合肥、厦门、苏州以及马来西亚
     * 槟城等地; not 盛航海运's 运输网络，覆盖…国内主要化工生产基地).
     */
    private static final java.util.regex.Pattern PLACES_SPREAD = java.util.regex.Pattern.compile(
            // …and the last place of the list in a short clause of its own (深南电路: 主要生产基地位于中国深圳、江苏无锡和南通，以及广东广州)
            "^(覆盖|分布于|分布在)|^(以及|及)[^，,。；;]{2,16}$");
    /** A clause with a statement of its own (伟创电气: 在苏州设立研发中心和生产基地，分别在深圳、西安设立研发中心 — no plants). */
    private static final java.util.regex.Pattern OWN_STATEMENT = java.util.regex.Pattern.compile("设立|设有|建立|建有|研发|中心|办事处|营销|销售|总部");
    private static final java.util.regex.Pattern SUPPLY_BASES = java.util.regex.Pattern.compile(
            "(?:原材料|原料)供应基地[(（][^)）]*[)）]");
    private static final String CLAUSE_ENDS = "，,。；;！!？?\n";

    /**
     * The business a sentence is about, written before its first comma (红日药业: 中药配方颗粒板块紧紧围绕…产品线，建有北京、天津…8个
     * 智能制造生产基地; 石大胜华: 电解液产品方面，公司具有…优势，在东营、武汉等基地布局): group 1 names it.
     */
    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile(
            "^(?:在)?([^，,。；;、]{2,20}?)(?:业务|产品)?(?:板块|方面)");
    /** The business a sentence is about, when it is research (在产品开发方面, 研发方面). */
    private static final java.util.regex.Pattern RESEARCH_TOPIC = java.util.regex.Pattern.compile("研发|开发|研究|科研");
    private static final String SENTENCE_ENDS = "。；;！!？?\n";

    /**
     * A base found: the region, the place as written and the clause it comes from — for a base read from a subsidiary's name
     * ({@code subsidiary}), that name, which says nothing of what is made at a seat it shares — and the business its
     * sentence is about, where the sentence begins with one ({@code topic}, the words of {@link #TOPIC}; null if none).
     */
    record Base(RegionView region, String written, String clause, boolean subsidiary, boolean projectSite, String topic,
            String rest) {
        Base(RegionView region, String written, String clause) {
            this(region, written, clause, false, false, null, null);
        }

        Base(RegionView region, String written, String clause, boolean subsidiary) {
            this(region, written, clause, subsidiary, false, null, null);
        }

        Base asProjectSite() {
            return new Base(region, written, clause, subsidiary, true, topic, rest);
        }

        Base about(String business, String sentenceRest) {
            return new Base(region, written, clause, subsidiary, projectSite, business, sentenceRest);
        }

        /**
         * This base as also named by another clause: both clauses say what is made there, and what either sentence says of
         * its business or of the base is read for it (石大胜华's 武汉: 电解液产品方面…在东营、武汉等基地布局, and 依托北京…武汉…等研发生产基地
         * — electrolyte; 川恒's 什邡: 在贵州福泉市、广西扶绥县和四川什邡市设有工厂, and 四川什邡工厂产能较小，主要作为…饲料级磷酸二氢钙…的补充).
         */
        Base alsoIn(Base other) {
            return clause.equals(other.clause) || projectSite != other.projectSite ? this
                    : new Base(region, written, clause + "；" + other.clause, subsidiary, projectSite, joined(topic, other.topic),
                    joined(rest, other.rest));
        }

        private static String joined(String a, String b) {
            return a == null ? b : b == null ? a : a + "；" + b;
        }
    }

    private final Places places;
    private final Regions regions;
    /**
     * One segmenter per thread: HanLP's analysers keep no state between calls, but a segmenter shared under a lock made the
     * start read the 6,194 companies on one core.
     */
    private final ThreadLocal<Segment> segmenter = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true));

    BaseExtractor(Places places, Regions regions) {
        this.places = places;
        this.regions = regions;
    }

    List<Base> bases(String... texts) {
        Map<String, Base> found = new LinkedHashMap<>();
        List<Base> named = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            // a question mark between two characters is a lost character of the source, not the end of a clause (中旗新材:
            // 在广东？佛山、湖北？黄冈、广西？罗城三地…建有…生产/加工服务基地)
            String cleaned = LOST_CHARACTER.matcher(QUOTED.matcher(text).replaceAll(m -> COUNTED_BASES.matcher(m.group()).matches()
                    || COUNTED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    ? java.util.regex.Matcher.quoteReplacement(m.group()) : " ")).replaceAll("");
            Clauses sentences = split(cleaned);
            List<String> split = sentences.clauses();
            Set<Integer> starts = sentences.starts();
            String topic = null;
            boolean baseList = false;
            for (int c = 0; c < split.size(); c++) {
                if (starts.contains(c)) {
                    baseList = false;
                    java.util.regex.Matcher about = TOPIC.matcher(split.get(c));
                    topic = about.find() ? about.group(1) : null;
                }
                // the business of a sentence is said by its first clause, of the clauses after it; what a sentence that
                // begins with the base goes on to say of it, by the clauses after its first (川恒: 四川什邡工厂产能较小，主要作为…
                // 饲料级磷酸二氢钙产能的补充，同时…生产掺混肥和水溶肥)
                String business = starts.contains(c) ? null : topic;
                // places listed in a clause of their own before the clause that says what stands there (中旗新材:
                // 在广东佛山、湖北黄冈、广西罗城三地，公司分别建有…规模化产业基地) are read with it
                // and in a clause of their own after it (升达: 拥有两家…LNG工厂，分别为榆林金源(位于陕西省子洲县)、米脂绿源(…))
                boolean joinsNext = c + 1 < split.size() && (PLACES_FIRST.matcher(split.get(c)).matches()
                        || (PLACES_AFTER.matcher(split.get(c + 1)).find() || PLACES_SPREAD.matcher(split.get(c + 1)).find()
                        && SITE_WORDS.stream().anyMatch(split.get(c)::contains)) && !OWN_STATEMENT.matcher(split.get(c + 1)).find());
                String written = joinsNext ? split.get(c) + "，" + split.get(c + 1) : split.get(c);
                // …and the places of that list that follow in clauses of their own, each a place and nothing else (尚太: 公司现拥有
                // 三个生产基地，分别位于河北省石家庄市无极县里城道和北苏镇，山西省晋中市昔阳县 — 晋中's anode base had been lost; fact
                // check 169); only after the clause that says where the sites stand was read with this one
                if (joinsNext && PLACES_AFTER.matcher(split.get(c + 1)).find()) {
                    for (int k = c + 2; k < split.size() && !starts.contains(k) && placeOnly(split.get(k)); k++) {
                        written = written + "，" + split.get(k);
                    }
                }
                // the places in brackets after a base that supplies raw material are no plants of the company's products,
                // even in a clause that names its plants too (中信泰富特钢: 五大特钢制造基地(…)、两大原材料供应基地(铜陵特材、扬州特材))
                String clause = SUPPLY_BASES.matcher(written).replaceAll(m -> " ".repeat(m.group().length()));
                int planned = clause.indexOf(PLANNED);
                int limit = planned < 0 ? clause.length() : planned;
                // what the clause after subsidiaries' names says they do is what they make (宝明科技: 设立控股子公司深圳市宝明新材料
                // 技术有限公司和赣州市宝明新材料技术有限公司，主要从事新能源锂电池材料的研发、生产和销售 — no backlights in 赣州)
                String described = c + 1 < split.size() && !starts.contains(c + 1) && DESCRIBES.matcher(split.get(c + 1)).lookingAt()
                        ? notYetBuiltCut(split.get(c + 1)) : null;
                // (not in a sentence about research: 欧林生物: 在产品开发方面，公司研发体系搭建完善，同时拥有重庆原伦生物科技有限公司及
                // 成都新诺明生物科技有限公司两家子公司，合力实行"创新疫苗开发…" — 重庆 showed its vaccines; fact check 152)
                if (business == null || !RESEARCH_TOPIC.matcher(business).find()) {
                    subsidiaries(clause.substring(0, limit)).forEach(s -> named.add(described == null ? s : s.about(null, described)));
                    // one of the subsidiaries the clause before spoke of, named with what it makes (金煤化工: 主要由三家控股子公司从事
                    // 生产经营活动，其中通辽金煤工有限公司生产化工品乙二醇和草酸 — 通辽's glycol plant; the source lost the 化 of its name,
                    // and 通辽 showed coal chemicals from zones only; fact check 169)
                    if (c > 0 && !starts.contains(c) && split.get(c - 1).contains("子公司")) {
                        named.addAll(oneOfThem(clause.substring(0, limit)));
                    }
                }
                // a clause that speaks of production sites names production bases, even where it calls them projects
                boolean produces = speaksOfProduction(clause.substring(0, limit));
                // the clauses that go on with a list of places begun by 以…为基地, in the same sentence, name more of them
                // (中节能风电: 以河北张北、甘肃酒泉、新疆托里为基地，以蒙西、蒙东、青海为支点，以湖北五峰、广西博白…等为尖兵的陆上布局，
                // 以广东阳江、唐山乐亭南北两个地区的海上布局 — its wind farms in 宜昌's 五峰 and the others had been lost)
                boolean continued = !produces && baseList && LIST_GOES_ON.matcher(clause).lookingAt();
                boolean runs = !produces && (continued || runsThere(clause.substring(0, limit)));
                baseList = continued || (produces || runs) && BASE_LIST.matcher(clause).find();
                if (!runs && !produces) {
                    continue;
                }
                String sentenceRest = starts.contains(c) ? restOfSentence(split, starts, c) : null;
                for (Base base : places(clause, limit)) {
                    // a place named by two clauses makes what both name (旗滨's 漳州: a float-glass base and a PV-glass base)
                    // (the rest of a sentence speaks of the base only where the base leads it: 四川什邡工厂产能较小，…; not 公司在厦门、
                    // 荆门…布局…专业化工厂，是国内消费电子…厂商的重要合作伙伴, where it speaks of the company)
                    int placeAt = clause.indexOf(base.written());
                    Base about = base.about(business, placeAt >= 0 && placeAt <= 3 ? sentenceRest : null);
                    found.merge(base.region().code(), runs ? about.asProjectSite() : about, Base::alsoIn);
                }
            }
        }
        // a base a clause about production gives stands before one read from a subsidiary's name only
        named.forEach(base -> found.putIfAbsent(base.region().code(), base));
        return new ArrayList<>(found.values());
    }

    /**
     * The clauses after clause {@code c} up to the end of its sentence, joined, or null where there are none; read up to
     * the first word of plans or building (天山铝业: 在新疆石河子…已建成电解铝生产线、高纯铝生产线，在建高纯铝…电池铝箔 — the foil is
     * still being built).
     */
    private static String restOfSentence(List<String> split, Set<Integer> starts, int c) {
        StringBuilder rest = new StringBuilder();
        for (int d = c + 1; d < split.size() && !starts.contains(d); d++) {
            rest.append(rest.isEmpty() ? "" : "，").append(split.get(d));
        }
        return notYetBuiltCut(rest.toString());
    }

    /** The words before the first word of plans or building, or null where nothing is left. */
    private static String notYetBuiltCut(String words) {
        java.util.regex.Matcher planned = NOT_YET_BUILT.matcher(words);
        String read = planned.find() ? words.substring(0, planned.start()) : words;
        return read.isBlank() ? null : read;
    }

    /**
     * A clause that says what the company or subsidiary just named does (…，主要从事新能源锂电池材料的研发; 南大光电: 通过设立子公司
     * 全椒南大光电材料有限公司，进入了特种气体(如砷烷、磷烷等)领域).
     */
    private static final java.util.regex.Pattern DESCRIBES = java.util.regex.Pattern.compile("(主要|专门|专业)?(从事|专注于|致力于)|进入了?");

    /** A clause listing places as bases (以河北张北、甘肃酒泉、新疆托里为基地), and one going on with the list (以…为支点, 以…的海上布局). */
    private static final java.util.regex.Pattern BASE_LIST = java.util.regex.Pattern.compile("以[^，,。；;]{2,60}?为基地");
    private static final java.util.regex.Pattern LIST_GOES_ON = java.util.regex.Pattern.compile(
            "以[^，,。；;]{2,60}?(为(支点|尖兵|重点)|的?(陆上|海上)布局)");

    private static final java.util.regex.Pattern NOT_YET_BUILT = java.util.regex.Pattern.compile("在建|拟|规划|计划|筹建|将");

    /** A text's clauses, and the indexes of those that begin a sentence. */
    record Clauses(List<String> clauses, Set<Integer> starts) {
    }

    /** The clauses of a text, split at every clause end, and which of them begin a sentence, in one walk. */
    static Clauses split(String text) {
        List<String> clauses = new ArrayList<>();
        Set<Integer> starts = new java.util.HashSet<>();
        boolean sentenceEnded = true;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    if (sentenceEnded) {
                        starts.add(clauses.size());
                    }
                    clauses.add(text.substring(start, i));
                    sentenceEnded = false;
                }
                if (i < text.length() && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                    sentenceEnded = true;
                }
                start = i + 1;
            }
        }
        return new Clauses(clauses, starts);
    }

    static List<String> clauses(String text) {
        return split(text).clauses();
    }

    static boolean runsThere(String clause) {
        return RUNS_THERE.matcher(clause).find() && !notOwnOrNotYet(clause);
    }

    static boolean speaksOfProduction(String clause) {
        // 在X进行…的生产 names where it produces without a site word (国晟世安: 相继在安徽淮北、江苏徐州和安徽淮南进行异质结电池及组件的生产)
        if (PRODUCES_THERE.matcher(clause).find() && !notOwnOrNotYet(clause)) {
            return true;
        }
        boolean site = OWN_PARKS.matcher(clause).find();
        for (String w : SITE_WORDS) {
            if (clause.contains(w)) {
                site = true;
                break;
            }
        }
        if (!site) {
            return false;
        }
        if (notOwnOrNotYet(BEING_BUILT_MARKS.matcher(clause).replaceAll(""))) {
            return false;
        }
        String rest = PRODUCTION_AND_RESEARCH.matcher(clause).replaceAll("生产基地");
        for (String w : NOT_PRODUCTION) {
            rest = rest.replace(w, "");
        }
        for (String w : SITE_WORDS) {
            if (rest.contains(w)) {
                return true;
            }
        }
        return OWN_PARKS.matcher(rest).find();
    }

    /**
     * Industrial parks a company built or owns are its sites (航天晨光: 在南京、北京、上海、重庆、沈阳等城市建有工业园区; 北京科锐: 在北京
     * 怀柔、河南郑州、湖北武汉等地建有现代化工业园区); the park a company is located in (百合花: 位于杭州市钱塘区临江工业园区) says where its
     * seat is.
     */
    private static final java.util.regex.Pattern OWN_PARKS = java.util.regex.Pattern.compile("(建有|拥有)[^，,。；;]{0,40}?工业园区");

    private static final java.util.regex.Pattern HONOUR_TITLE = java.util.regex.Pattern.compile(
            "(优秀|示范|先进|百强|领头雁|小巨人|案例|理事|会长|冠军|质量奖)[^、，,]*(企业|单位)$");

    /** Whether the place stands in an item of a list of titles (…优秀案例企业, …理事长单位), not of places. */
    private static boolean inHonourTitle(String clause, int from, int to) {
        int start = from;
        while (start > 0 && "、，,".indexOf(clause.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < clause.length() && "、，,".indexOf(clause.charAt(end)) < 0) {
            end++;
        }
        return HONOUR_TITLE.matcher(clause.substring(to, end)).find() && end - start <= 30;
    }

    /** County names that also name a part of any town, zone or park. */
    private static final Set<String> DIRECTION_DISTRICTS = Set.of("东区", "西区", "南区", "北区", "中区");

    /** The places of a clause written before {@code limit}. */
    private List<Base> places(String clause, int limit) {
        List<Term> terms = segmenter.get().seg(clause);
        terms = withPlaceNames(terms);
        List<Base> bases = new ArrayList<>();
        String hint = null;
        Term previous = null;
        // the city last named and where its name ends: a place written straight after a city (or in brackets after it)
        // is a part of it, whatever else its name may mean (潍坊滨海经济技术开发区, 启东滨海工业园区, 绍兴(滨海新区…) are no
        // plants in 盐城's 滨海县)
        RegionView lastCity = null;
        int lastCityEnd = -1;
        int provinceEnd = -1;
        for (Term t : terms) {
            Term before = previous;
            previous = t;
            // a county written straight after its province is a place even where the segmenter tagged it otherwise (普洛药业:
            // 安徽东至 — 东至, a county of 池州, read as a verb phrase)
            String province = hint;
            boolean afterItsProvince = province != null && t.offset == provinceEnd && t.word.length() >= 2
                    && places.resolve(t.word, province).filter(r -> r.code().startsWith(province.substring(0, 2))
                    && r.level() != RegionLevel.PROVINCE).isPresent();
            // …and so is one written as an item of a list of places, after a place read as one (国轩高科: 在…宜春、滁州、金寨等地成立
            // 十四大电池生产基地 — 金寨, a county of 六安, not tagged a place), in any province, as for a tagged place (福然德: 在上海、
            // 重庆、长春、宁德、开封、武汉建立生产基地 — 开封, "unseal", after a municipality's hint)
            boolean listedAfterAPlace = !afterItsProvince && lastCityEnd >= 0 && t.offset == lastCityEnd + 1
                    && clause.charAt(lastCityEnd) == '、' && t.word.length() >= 2 && endsAListItem(clause, t.offset + t.word.length())
                    && places.resolve(t.word, province).or(() -> places.resolve(t.word, null))
                    .filter(r -> r.level() != RegionLevel.PROVINCE).isPresent();
            if (t.offset >= limit || t.nature == null
                    || (!t.nature.toString().startsWith("ns") && !afterItsProvince && !listedAfterAPlace) || t.word.length() < 2) {
                continue;
            }
            // the end of a transliterated foreign name is no Chinese city (旗滨: 马来西亚森美兰州 — Negeri Sembilan, not 兰州)
            if (before != null && before.offset + before.word.length() == t.offset && before.nature != null
                    && (before.nature.toString().startsWith("nrf") || before.nature.toString().startsWith("nsf"))) {
                continue;
            }
            int after = t.offset + t.word.length();
            // what is written straight after the place: a plant being built there, research, sales or farming, is no plant
            if (makesNothingThere(clause, after) || BEING_BUILT.matcher(clause.substring(Math.min(clause.length(), after))).find()) {
                continue;
            }
            // a district named by a direction is a part of many places (天津市经济开发区西区, 键凯): never a base by itself;
            // where it is 攀枝花's, its city is written before it and is the base (攀枝花西区)
            if (DIRECTION_DISTRICTS.contains(t.word)) {
                continue;
            }
            String hinted = hint;
            Optional<RegionView> region = places.resolve(t.word, hinted).or(() -> places.resolve(t.word, null));
            if (region.isEmpty()) {
                continue;
            }
            RegionView r = region.get();
            // a place written straight after a province is in it (甘电投: 甘肃省河西地区 — the Hexi corridor, not 天津's 河西区)
            if (hinted != null && t.offset == provinceEnd && !r.code().startsWith(hinted.substring(0, 2))) {
                continue;
            }
            boolean insideLastCity = lastCity != null && (t.offset == lastCityEnd
                    || (t.offset == lastCityEnd + 1 && "(（".indexOf(clause.charAt(lastCityEnd)) >= 0));
            // a city the province runs itself, written after the prefecture around it, is where the plant is (天山铝业: 在新疆阿克苏
            // 地区阿拉尔市…已建成预焙阳极生产线 — 阿拉尔, a Corps city, is no part of 阿克苏地区)
            if (lastCity != null && !bases.isEmpty() && lastCity.level() == RegionLevel.PREFECTURE
                    && r.level() == RegionLevel.COUNTY_UNDER_PROVINCE && r.code().startsWith(lastCity.code().substring(0, 2))
                    && (insideLastCity || t.offset == lastCityEnd + 2 && clause.startsWith("地区", lastCityEnd))) {
                bases.set(bases.size() - 1, new Base(r, t.word, itemOrClause(clause, t.offset, after).strip()));
                lastCity = r;
                lastCityEnd = after;
                continue;
            }
            if (insideLastCity && !r.code().equals(lastCity.code())) {
                continue;
            }
            // a place inside an honour's title is no plant (德宏: 国家级绿色工厂、…、宁波国资国企混改优秀案例企业)
            if (inHonourTitle(clause, t.offset, after)) {
                continue;
            }
            if (r.level() == RegionLevel.PROVINCE) {
                hint = r.code();
                provinceEnd = after;
                if (regions.standsAsCity(r)) {
                    bases.add(new Base(r, t.word, itemOrClause(clause, t.offset, after).strip()));
                    lastCity = r;
                    lastCityEnd = after;
                }
                continue;
            }
            bases.add(new Base(r, t.word, itemOrClause(clause, t.offset, after).strip()));
            lastCity = r;
            lastCityEnd = after;
        }
        return bases;
    }

    /**
     * The item of a list (split by 、) that holds the place, where the item names a site of its own after it: what that
     * site makes is said there, not in the other items (华工科技: 武汉光谷总部、鄂州智能制造装备产业园、华工科技孝感电子产业园… — 鄂州's
     * park makes equipment; 瑞联新材料: 渭南海泰为主要中试基地、蒲城海泰为核心生产基地、瑞联制药为原料药生产基地 — 渭南 makes more than
     * the APIs of the third item), when at least two items name sites. Otherwise the whole clause: a list of places whose
     * last item carries the site word for all (国轩高科: 在合肥、南京…金寨等地成立十四大电池生产基地).
     */
    static String itemOrClause(String clause, int at, int after) {
        int from = clause.lastIndexOf('、', at) + 1;
        int to = clause.indexOf('、', after);
        if (to < 0) {
            to = clause.length();
        }
        if (from == 0 && to == clause.length()) {
            return clause;
        }
        String rest = clause.substring(after, to);
        long sites = java.util.Arrays.stream(clause.split("、")).filter(item -> ITEM_SITE.matcher(item).find()).count();
        return sites >= 2 && !rest.startsWith("等") && ITEM_SITE.matcher(rest).find() ? clause.substring(from, to) : clause;
    }

    /** What is left of a clause naming only places once their names are taken out: administrative suffixes and joiners. */
    private static final java.util.regex.Pattern PLACE_LEFTOVER = java.util.regex.Pattern.compile("^(以及|及|和|与)?[省市县区州盟旗、和及]*$");

    /** A clause that is a place and nothing else (山西省晋中市昔阳县), as the last items of a list of places often are. */
    private boolean placeOnly(String clause) {
        String text = clause.strip();
        if (text.length() < 2 || text.length() > 24) {
            return false;
        }
        List<Places.PlaceMention> mentions = places.mentions(text, null);
        if (mentions.isEmpty()) {
            return false;
        }
        StringBuilder left = new StringBuilder();
        int at = 0;
        for (Places.PlaceMention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            left.append(text, at, m.start());
            at = m.start() + m.written().length();
        }
        left.append(text.substring(Math.min(at, text.length())));
        return PLACE_LEFTOVER.matcher(left).matches();
    }

    /** A site of the company's own: a park of its own, not a zone it stands in (康鹏: 浙江衢州高新产业园区). */
    private static final java.util.regex.Pattern ITEM_SITE = java.util.regex.Pattern.compile("基地|工厂|厂区|产业园(?!区)|工业园(?!区)|制药园|生产线|产线");

    /**
     * The segmenter's terms with place names it split joined and tagged as places: a county's name and its suffix (吉林敖东:
     * 洮南市 as 洮南 + 市), and a county written in single characters after its province (长江造型材料: 辽宁彰武 as 辽宁 + 彰 + 武).
     */
    private List<Term> withPlaceNames(List<Term> terms) {
        List<Term> joined = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            Term next = i + 1 < terms.size() ? terms.get(i + 1) : null;
            if (next != null && t.word.length() >= 2 && COUNTY_SUFFIXES.contains(next.word) && next.offset == t.offset + t.word.length()
                    && !(t.nature != null && t.nature.toString().startsWith("ns"))
                    && places.resolve(t.word + next.word, null).filter(r -> r.level() != RegionLevel.PROVINCE).isPresent()) {
                joined.add(place(t.word + next.word, t.offset));
                i++;
                continue;
            }
            joined.add(t);
            Optional<RegionView> province = t.nature != null && t.nature.toString().startsWith("ns")
                    ? places.resolve(t.word, null).filter(r -> r.level() == RegionLevel.PROVINCE) : Optional.empty();
            if (province.isEmpty() || next == null || next.word.length() != 1) {
                continue;
            }
            // two or three single characters straight after the province that name one of its counties
            for (int k = Math.min(3, terms.size() - 1 - i); k >= 2; k--) {
                StringBuilder name = new StringBuilder();
                boolean singles = true;
                for (int j = 1; j <= k; j++) {
                    singles &= terms.get(i + j).word.length() == 1;
                    name.append(terms.get(i + j).word);
                }
                String code = province.get().code();
                if (singles && places.resolve(name.toString(), code)
                        .filter(r -> r.code().startsWith(code.substring(0, 2)) && r.level() != RegionLevel.PROVINCE).isPresent()) {
                    joined.add(place(name.toString(), next.offset));
                    i += k;
                    break;
                }
            }
        }
        return joined;
    }

    private static final Set<String> COUNTY_SUFFIXES = Set.of("市", "县", "旗");

    private static Term place(String word, int offset) {
        Term term = new Term(word, com.hankcs.hanlp.corpus.tag.Nature.ns);
        term.offset = offset;
        return term;
    }

    /** Whether an item of a list of places ends here: at the next 、, at 等 or 和/及, or at the clause's end. */
    private static boolean endsAListItem(String clause, int at) {
        // …or before 以及 (云南白药: 在昆明、大理、文山、丽江、武定以及江苏无锡…部署生产基地 — 武定, a county of 楚雄)
        return at >= clause.length() || "、等和及，,".indexOf(clause.charAt(at)) >= 0 || clause.startsWith("以及", at);
    }

    /**
     * What, written straight after a place, makes it a place of research, sales or farming in a clause that names plants
     * elsewhere (良信: 杭州湾超级工厂和西安研究院 — 西安 makes nothing).
     */
    private static final List<String> MAKES_NOTHING_AFTER = List.of("研究院", "研究所", "研究中心", "研发中心", "研发基地", "办事处",
            "营销中心", "销售中心", "销售公司",
            // …or where its herbs grow (诺迪康: 构建了林芝种植基地和四个生产基地 — 林芝 grows, the plants are elsewhere)
            "种植基地", "养殖基地",
            // …or a subsidiary named by its place only, listed beside the plants (博力威: 于东城科技园、望牛墩拥有两大锂电池生产制造
            // 基地以及印尼子公司、比利时子公司、香港子公司 — no plant in 香港)
            "子公司",
            // …or a river named by it (路德环境: 在赤水河畔、黄淮酿酒带等地建成了酒糟资源化利用工厂 — the 赤水 river runs through three
            // cities; no plant in 赤水)
            "河畔", "河流域", "河沿岸", "河两岸", "江畔", "江流域", "江沿岸", "江两岸");

    private static boolean makesNothingThere(String clause, int at) {
        int after = clause.startsWith("市", at) ? at + 1 : at;
        return MAKES_NOTHING_AFTER.stream().anyMatch(w -> clause.startsWith(w, after))
                || REGION_AROUND.matcher(clause).region(after, clause.length()).lookingAt();
    }

    /**
     * Places naming a belt or a metropolitan region around the place meant (常州通宝光电: 工厂坐落于上海与南京经济带中心的常州市 — the
     * plant is in 常州, not in 上海 or 南京).
     */
    private static final java.util.regex.Pattern REGION_AROUND = java.util.regex.Pattern.compile(
            "(与\\p{IsHan}{2,4})?(经济带|经济圈|都市圈|城市群)");

    /**
     * Subsidiaries listed after the word that introduces them (下设全资子公司长治高测新材料科技有限公司、壶关高测新材料科技有限公司; 方大炭素:
     * 旗下拥有抚顺炭素有限责任公司、眉山方大蓉光炭素有限责任公司…; 金浦钛业: 拥有南京钛白化工有限责任公司、徐州钛白化工有限责任公司).
     */
    private static final java.util.regex.Pattern SUBSIDIARIES = java.util.regex.Pattern.compile(
            "(?:子公司|孙公司|下设|下属|旗下(?:拥有|有)?|投资设立了?|拥有|控股的|收购[^，,。；;]{2,40}?并更名为)((?:[\\p{IsHan}()（）]{4,30}?(?:有限责任公司|股份有限公司|有限公司)[、和及]?)+)");
    /** Words after subsidiaries' names that say what they do (…有限公司负责…; …有限公司主要从事…). */
    private static final java.util.regex.Pattern DOES_AFTER_NAME = java.util.regex.Pattern.compile("(?:主要|专门)?(?:负责|从事)");
    private static final java.util.regex.Pattern COMPANY = java.util.regex.Pattern.compile(
            "[\\p{IsHan}()（）]{4,30}?(?:有限责任公司|股份有限公司|有限公司)");
    /** A place written in brackets in the name: before the suffix (亨通精密铜箔科技(德阳)有限公司) or after the brand (绿康(海宁)胶膜材料有限公司). */
    private static final java.util.regex.Pattern BRACKETED_PLACE = java.util.regex.Pattern.compile("[(（](\\p{IsHan}{2,6})[)）]");
    /** Words of a subsidiary's name that say it makes something, and words that say it trades, invests or serves. */
    private static final java.util.regex.Pattern MAKER = java.util.regex.Pattern.compile(
            "材料|制造|制药|药业|化工|铝|钢|铜|电子|光电|光伏|电池|锂|硅|装备|机械|汽车|零部件|纸业|纺织|玻璃|陶瓷|冶炼|金属|精密|电气|电器|塑胶|橡胶|食品|酒业|生物|新能源|炭素|碳素"
            // (炼石航空: 旗下拥有的子公司…成都航宇超合金技术有限公司…成都中科航空发动机有限公司)
            + "|合金|发动机|无人机");
    private static final java.util.regex.Pattern NOT_MAKER = java.util.regex.Pattern.compile(
            "贸易|销售|商贸|投资|研究院|研究所|技术服务|物流|置业|地产|金融|租赁|理财|信息|咨询|管理|供应链|进出口|国际|电子商务|网络|软件|码头|检测");

    /**
     * The cities in the names of the subsidiaries a clause lists, where the name says it makes something: 高测's 长治 and
     * 壶关 (下设全资子公司长治高测新材料科技有限公司、壶关高测新材料科技有限公司), which no site word names. A name that begins with a
     * province only (浙江福达合金材料科技有限公司), or says it trades, invests, researches or serves, gives none; a clause about a
     * stake or a plan gives none.
     */
    List<Base> subsidiaries(String clause) {
        return subsidiaries(clause, false);
    }

    /**
     * Subsidiaries named by a province only (锦州永杉锂业: 旗下核心子公司湖南永杉锂业有限公司…是湖南第一个锂盐项目): no base, for the
     * province says too little of where, but what such a name says it makes is made in that province.
     */
    List<Base> provinceSubsidiaries(String... texts) {
        List<Base> found = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                clauses(text).forEach(clause -> found.addAll(subsidiaries(clause, true)));
            }
        }
        return found;
    }

    private List<Base> subsidiaries(String clause, boolean provinces) {
        List<Base> bases = new ArrayList<>();
        // …nor listed companies a group owns, which a clause naming them describes (新乡化纤's parent: 拥有新乡化纤股份有限公司、
        // 北京双鹭药业股份有限公司两个上市公司)
        if (notOwnOrNotYet(clause) || clause.contains("上市公司")) {
            return bases;
        }
        java.util.regex.Matcher list = SUBSIDIARIES.matcher(clause);
        while (list.find()) {
            // what the clause says the subsidiaries named do, straight after their names, is what they make there too
            // (西藏矿业: 控股子公司西藏日喀则扎布耶锂业高科技有限公司负责对公司拥有西藏扎布耶盐湖的盐湖提锂 — the brine is at 日喀则, not only the
            // lithium salts the name says; fact check 160)
            java.util.regex.Matcher does = DOES_AFTER_NAME.matcher(clause).region(list.end(), clause.length());
            String described = does.lookingAt() ? notYetBuiltCut(clause.substring(list.end())) : null;
            java.util.regex.Matcher company = COMPANY.matcher(list.group(1));
            while (company.find()) {
                // the words a list or a count puts before a name (子公司A和B; 下设两家全资子公司; 下属的; 旗下核心子公司)
                String name = company.group().replaceFirst("^([和及与、的]|[一二两三四五六七八九十多数]+家)*(核心|主要|重要)?((全资|控股)?(子公司|孙公司))?", "");
                if (!MAKER.matcher(name).find() || NOT_MAKER.matcher(name).find()) {
                    continue;
                }
                placed(name, provinces).ifPresent(base -> bases.add(described == null ? base : base.about(null, described)));
            }
        }
        return bases;
    }

    /** 其中X有限公司生产Y: one of the subsidiaries named before, said to make Y — a maker whatever its name says. */
    private static final java.util.regex.Pattern ONE_OF_THEM = java.util.regex.Pattern.compile(
            "^其中((?:[\\p{IsHan}()（）]{4,30}?)(?:有限责任公司|股份有限公司|有限公司))((?:主要)?(?:生产|制造)[^，,。；;]*)");

    private List<Base> oneOfThem(String clause) {
        java.util.regex.Matcher m = ONE_OF_THEM.matcher(clause.strip());
        if (!m.find() || notOwnOrNotYet(clause) || NOT_MAKER.matcher(m.group(1)).find()) {
            return List.of();
        }
        return placed(m.group(1), false).map(base -> List.of(base.about(null, m.group(2)))).orElse(List.of());
    }

    /** The base of a subsidiary named by its place: in brackets, or first (a city after its province); none for a province only unless asked. */
    private Optional<Base> placed(String name, boolean provinces) {
        java.util.regex.Matcher bracketed = BRACKETED_PLACE.matcher(name);
        String place;
        Optional<RegionView> region = bracketed.find() ? places.resolve(bracketed.group(1), null) : Optional.empty();
        if (region.isPresent()) {
            place = bracketed.group(1);
        } else {
            List<Term> terms = segmenter.get().seg(name);
            Term first = terms.isEmpty() ? null : terms.get(0);
            if (first == null || first.nature == null || !first.nature.toString().startsWith("ns") || first.word.length() < 2) {
                return Optional.empty();
            }
            place = first.word;
            region = places.resolve(first.word, null);
            // a city written after its province is the place (西藏矿业: 控股子公司西藏日喀则扎布耶锂业高科技有限公司 — lithium
            // from 日喀则's salt lake, not from 拉萨 where the company is seated)
            if (terms.size() > 1 && region.isPresent() && region.get().level() == RegionLevel.PROVINCE
                    && !regions.standsAsCity(region.get())) {
                Term second = terms.get(1);
                String provinceCode = region.get().code();
                Optional<RegionView> city = second.word.length() < 2 ? Optional.empty() : places.resolve(second.word, provinceCode)
                        .filter(r -> r.level() != RegionLevel.PROVINCE && r.code().startsWith(provinceCode.substring(0, 2)));
                if (city.isPresent()) {
                    place = second.word;
                    region = city;
                }
            }
        }
        boolean province = region.isPresent() && region.get().level() == RegionLevel.PROVINCE && !regions.standsAsCity(region.get());
        if (region.isEmpty() || province != provinces) {
            return Optional.empty();
        }
        return Optional.of(new Base(region.get(), place, name, true));
    }

    /** Site words a product noun is written straight before (在广西靖西市已建成氧化铝生产线), longest first at each place. */
    private static final java.util.regex.Pattern PRODUCT_SITE = java.util.regex.Pattern.compile("生产基地|制造基地|生产线|产线|工厂|基地");
    /** Where the noun before a site word begins: a verb of building or having, a count, a joint or a place suffix. */
    private static final List<String> NOUN_STARTS_AFTER = List.of("建成", "建有", "拥有", "设有", "建设", "在建", "投建", "新建", "已建", "投产",
            "布局", "形成", "具备", "设立", "建立", "成立", "部署", "位于", "的", "了", "个", "条", "座", "家", "处", "大", "及", "和", "与", "或",
            "等", "有", "在", "为", "是", "吨", "万", "区", "市", "县", "省", "州", "镇", "园");
    /**
     * Nouns before a site word that say what kind of site it is, or of what industry in general, not which product it makes
     * (智能工厂, 智造基地, 现代化生产基地, 化工生产基地, 建材生产基地, 经营基地, 海外工厂): the plant may make anything the company
     * makes. Sites of tests and trials are among them: what they make is not said.
     */
    private static final List<String> GENERAL_ENDINGS = List.of("化工", "材料", "建材", "产品", "电子", "设备", "装备", "机械", "部件", "配件",
            "能源", "医药", "药品", "制药", "食品", "产业", "工业", "加工", "制造", "智造", "生产", "经营", "研发", "科研", "实验", "试验",
            "实验室", "检测", "治疗", "智能", "智慧", "化", "绿色", "大型", "主要", "核心", "重要", "综合", "海外", "国内", "国际", "境外",
            "全球", "配套", "示范", "总装", "组装", "装配", "先进", "领先", "专业", "全资", "控股", "公司", "集团", "新型", "高端", "高档",
            "现代", "自有", "自主", "相关", "各类", "主力", "重点", "一流", "基础", "自动", "柔性", "灯塔", "未来", "出口", "一期", "二期",
            "三期", "数字", "样板", "标杆", "零碳", "低碳", "黑灯", "超级", "中试", "规模",
            // a 生 lost from 生产基地 leaves 产 before the site word (上海氯碱: 公司主要？产基地在…钦州港…产业园区), as does 投产 or 量产
            "产");

    /**
     * The products a clause writes straight before its site words (在广西靖西市已建成氧化铝生产线 → 氧化铝; 拥有…多个铝材生产基地 →
     * 铝材), one per site word: empty where none is written, only a general word, a place (西宁生产基地) or a verb, count or
     * place suffix stands there (在宜宾、成都建有生产基地, 五大生产基地, 靖西市基地).
     */
    List<String> productsBeforeSites(String clause) {
        return products(nounsBeforeSites(clause));
    }

    /** The products among the nouns before site words: a noun ending in 材料 names no kind of product by its last character. */
    static List<String> products(List<String> nouns) {
        return nouns.stream().map(noun -> noun.endsWith("材料") ? "" : noun).toList();
    }

    /**
     * As {@link #productsBeforeSites}, with a noun ending in 材料 kept as written (半导体硅材料生产基地 → 半导体硅材料), for the
     * classifier to say what it names: a material written out is a product, 材料 after a general word (新材料, 化工材料) says
     * nothing.
     */
    List<String> nounsBeforeSites(String clause) {
        List<Term> terms = null; // segmented only when a noun needs the place check
        List<String> products = new ArrayList<>();
        java.util.regex.Matcher site = PRODUCT_SITE.matcher(clause);
        while (site.find()) {
            int end = site.start();
            int start = end;
            while (start > 0 && Character.UnicodeScript.of(clause.charAt(start - 1)) == Character.UnicodeScript.HAN) {
                String before = clause.substring(0, start);
                if (NOUN_STARTS_AFTER.stream().anyMatch(before::endsWith)) {
                    break;
                }
                start--;
            }
            String noun = clause.substring(start, end);
            String kind = noun.endsWith("材料") ? noun.substring(0, noun.length() - 2) : noun;
            if (kind.length() < 2 || GENERAL_ENDINGS.stream().anyMatch(kind::endsWith)) {
                products.add("");
                continue;
            }
            if (terms == null) {
                terms = segmenter.get().seg(clause);
            }
            boolean place = terms.stream().anyMatch(t -> t.offset + t.word.length() == end && t.nature != null
                    && t.nature.toString().startsWith("ns"));
            products.add(place ? "" : noun);
        }
        return products;
    }
}
