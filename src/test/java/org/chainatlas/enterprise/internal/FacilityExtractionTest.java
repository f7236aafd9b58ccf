package org.chainatlas.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.EvidenceNotes;
import org.chainatlas.region.Places;
import org.chainatlas.region.Regions;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Production bases read from companies' introductions, measured against the hand-labelled bases in
 * {@code src/test/resources/evaluation/labelled-facilities.csv} (region level, complete per company): precision and
 * recall to target/evaluation/facilities.md (recorded in docs/EVALUATION.md), with floors a little under them.
 */
@AtlasTest
class FacilityExtractionTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Places places;
    @Autowired
    Regions regions;

    @Test
    void basesAreReadOnManyThreadsAsOnOne() throws Exception {
        // the start reads the companies on every core, each thread with its own segmenter
        BaseExtractor extractor = new BaseExtractor(places, regions);
        List<String[]> texts = new ArrayList<>();
        for (CsvTable.Row r : CsvTable.fromClasspath("data/real/listed_company_profiles.csv", "ts_code").rows()) {
            if (r.optional("公司简介") != null && r.optional("公司简介").contains("基地") && texts.size() < 300) {
                texts.add(new String[] {r.optional("公司简介"), r.optional("主营业务")});
            }
        }
        List<List<BaseExtractor.Base>> once = texts.stream().map(t -> extractor.bases(t[0], t[1])).toList();
        assertThat(once).as("the sample names bases").anyMatch(b -> !b.isEmpty());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<BaseExtractor.Base>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 71;
                runs.add(pool.submit(() -> java.util.stream.IntStream.range(0, texts.size())
                        .mapToObj(i -> extractor.bases(texts.get((i + offset) % texts.size())[0], texts.get((i + offset) % texts.size())[1]))
                        .toList()));
            }
            for (int t = 0; t < runs.size(); t++) {
                List<List<BaseExtractor.Base>> got = runs.get(t).get();
                for (int i = 0; i < texts.size(); i++) {
                    int at = (i + t * 71) % texts.size();
                    assertThat(got.get(i)).as("thread " + t + ": " + texts.get(at)[0]).isEqualTo(once.get(at));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void basesAreReadFromTheTextsAsLabelled() throws Exception {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        Map<String, CsvTable.Row> profiles = new HashMap<>();
        for (CsvTable.Row r : CsvTable.fromClasspath("data/real/listed_company_profiles.csv", "ts_code").rows()) {
            profiles.put(r.required("ts_code"), r);
        }
        Map<String, Set<String>> truth = new LinkedHashMap<>();
        for (CsvTable.Row r : CsvTable.fromClasspath("evaluation/labelled-facilities.csv", "ts_code", "region_code").rows()) {
            Set<String> set = truth.computeIfAbsent(r.required("ts_code"), k -> new LinkedHashSet<>());
            if (r.optional("region_code") != null) {
                set.add(r.required("region_code"));
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : truth.entrySet()) {
            CsvTable.Row p = profiles.get(e.getKey());
            Set<String> found = new LinkedHashSet<>();
            // the labels are production bases; the sites where a company runs projects are read apart (立新能源, 上海环境)
            extractor.bases(p.optional("公司简介"), p.optional("主营业务")).stream().filter(b -> !b.projectSite())
                    .forEach(b -> found.add(b.region().code()));
            for (String c : found) {
                if (e.getValue().contains(c)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String c : e.getValue()) {
                if (!found.contains(c)) {
                    fn++;
                }
            }
            if (!found.equals(e.getValue())) {
                misses.add(e.getKey() + " " + p.optional("公司名称") + ": labelled " + e.getValue() + ", found " + found);
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        String report = String.format(Locale.ROOT, "## Production bases from company introductions (%d labelled companies)%n%n"
                + "| TP | FP | FN | precision | recall |%n|---:|---:|---:|---:|---:|%n| %d | %d | %d | %.2f | %.2f |%n",
                truth.size(), tp, fp, fn, precision, recall);
        Files.createDirectories(Path.of("target/evaluation"));
        Files.writeString(Path.of("target/evaluation/facilities.md"), report, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/evaluation/facility-misses.txt"), String.join("\n", misses), StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(precision).as(report).isGreaterThanOrEqualTo(0.92);
        assertThat(recall).as(report).isGreaterThanOrEqualTo(0.78);
    }

    @Test
    void theYibinBaseOfALithiumCathodeMakerIsFound() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("总部位于深圳市南山区，并在广东佛山、云南曲靖、四川宜宾等地建有大型研发和生产基地。"))
                .extracting(b -> b.region().code()).containsExactly("440600", "530300", "511500");
        assertThat(extractor.bases("公司总部位于深圳，营销网络覆盖全国。")).as("a seat or a sales network is no base").isEmpty();
        assertThat(extractor.bases("公司在深圳、洛阳、池州等地拥有生产研发基地。")).extracting(b -> b.region().code())
                .as("a base that produces and does research (凯盛科技)").containsExactly("440300", "410300", "341700");
        assertThat(extractor.bases("公司在上海设有研发基地。")).as("a research base alone makes nothing").isEmpty();
        assertThat(extractor.bases("公司构建了林芝种植基地和四个生产基地。")).as("where herbs grow (诺迪康)").isEmpty();
        assertThat(extractor.bases("公司在成都建有生产基地，在林芝建有种植基地。")).extracting(b -> b.region().code()).containsExactly("510100");
        assertThat(extractor.bases("在海口、北京、广州、深圳等23个城市建立航空营运基地")).as("an airline's operating bases (海南航空)").isEmpty();
    }

    /** A place written straight after a city is a part of it: 滨海 is a county of 盐城, and a coastal district of many cities. */
    @Test
    void aPlaceWrittenStraightAfterACityIsInsideIt() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("生产基地分别位于浙江新昌省级高新技术产业园区、浙江杭州湾上虞经济技术开发区、山东潍坊滨海经济技术开发区。"))
                .extracting(b -> b.region().nameZh()).as("国邦医药").doesNotContain("盐城市").contains("潍坊市");
        assertThat(extractor.bases("公司拥有位于浙江玉环、杭州、绍兴(滨海新区和柯桥区)、武汉和越南共6大研发制造基地"))
                .extracting(b -> b.region().nameZh()).as("苏泊尔").doesNotContain("盐城市", "天津市").contains("绍兴市", "武汉市");
        assertThat(extractor.bases("另外在江苏启东滨海工业园区拥有12000平方米的生产基地")).extracting(b -> b.region().nameZh())
                .as("巴兰仕").containsExactly("南通市");
        assertThat(extractor.bases("在天津滨海新区、山东青岛、广东珠海等地拥有大型海洋工程制造基地")).extracting(b -> b.region().nameZh())
                .as("海油工程").doesNotContain("盐城市").contains("天津市", "青岛市", "珠海市");
        assertThat(extractor.bases("公司在江苏盐城滨海县建有生产基地。")).extracting(b -> b.region().nameZh()).as("滨海 in 盐城 stays")
                .contains("盐城市");
        assertThat(extractor.bases("2022年公司投资设立绿康(海宁)胶膜材料有限公司，进军光伏胶膜领域。")).extracting(b -> b.region().nameZh())
                .as("a new subsidiary named by its place in brackets after the brand (绿康生化)").containsExactly("嘉兴市");
    }

    /**
     * Fact check 169: the places a 分别位于 clause lists go on in clauses of their own, each a place and nothing else (尚太:
     * 晋中's 昔阳 anode base had been lost, and 晋中 showed no anodes); a clause that says more than a place is not read as one.
     */
    @Test
    void placesListedAfterTheirSitesGoOnInClausesOfTheirOwn() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("公司现拥有三个生产基地，分别位于河北省石家庄市无极县里城道和北苏镇，山西省晋中市昔阳县。"))
                .extracting(b -> b.region().nameZh()).as("尚太").containsExactly("石家庄市", "晋中市");
        assertThat(extractor.bases("公司拥有两个生产基地，分别位于江苏南通，广东深圳为公司总部所在地。"))
                .extracting(b -> b.region().nameZh()).as("a clause saying more than a place").containsExactly("南通市");
        assertThat(extractor.bases("公司拥有两个生产基地，分别位于江苏南通和四川宜宾。湖北武汉，是公司的研发中心。"))
                .extracting(b -> b.region().nameZh()).as("not across a full stop").containsExactly("南通市", "宜宾市");
    }

    /**
     * Fact check 170: parks a company names after itself are sites of its own, each item of a list its own (吉林敖东: 建设敦化市
     * 吉林敖东工业园、延吉市吉林敖东高新科技制药园、洮南市吉林敖东植物化学药生产基地 — the 洮南 base's plant chemicals are not the
     * 敦化 and 延吉 parks', and 延边 had said its patent medicines were not stated to be made there).
     */
    @Test
    void parksACompanyNamesAfterItselfAreItemsOfTheirOwn() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("公司优化产业结构调整，建设敦化市吉林敖东工业园、延吉市吉林敖东高新科技制药园、洮南市吉林敖东植物化学药生产基地，形成医药制造产业集群"))
                .filteredOn(b -> b.region().nameZh().equals("延边朝鲜族自治州")).singleElement()
                .satisfies(b -> assertThat(b.clause()).doesNotContain("化学药"));
        assertThat(evidenceAt("吉林敖东药业集团股份有限公司", "222400", "chinese-patent")).as("敖东's patent medicines at its 延边 seat")
                .singleElement().asString().doesNotContain(EvidenceNotes.PLACED_AT_SEAT);
    }

    /**
     * Fact check 169: one of the subsidiaries the clause before spoke of, named with what it makes, is a plant where its name
     * puts it, whatever its name says (金煤化工: 其中通辽金煤工有限公司生产化工品乙二醇和草酸 — the source lost the 化 of its name,
     * and 通辽 showed coal chemicals from zones only); a company named so after a clause about others is not the company's.
     */
    @Test
    void oneOfTheSubsidiariesNamedWithWhatItMakesIsAPlant() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        String jinmei = "公司目前主要是投资平台，不从事生产经营活动，主要由三家控股子公司从事生产经营活动，其中通辽金煤工有限公司生产化工品乙二醇和草酸，"
                + "江苏金聚合金材料有限公司生产合成气制乙二醇专用催化剂。";
        assertThat(extractor.bases(jinmei)).extracting(b -> b.region().nameZh()).as("金煤化工").containsExactly("通辽市");
        assertThat(extractor.bases("公司与多家大型企业建立了合作关系，其中通辽示例化工有限公司生产乙二醇。"))
                .as("a partner, not a subsidiary").isEmpty();
        // …and a company that says it produces nothing itself keeps half of what its plants make at its seat, as a head office
        assertThat(evidenceAt("内蒙古金煤化工科技股份有限公司", "150100", "coal-coking")).as("金煤's coal chemicals at its 呼和浩特 seat")
                .singleElement().asString().contains(EvidenceNotes.HALF_AT_SEAT);
        assertThat(evidenceAt("内蒙古金煤化工科技股份有限公司", "150500", "coal-coking")).as("…made in 通辽").isNotEmpty();
    }

    /** Fact check 22: counties after their province, places listed before their site word, supply bases, titles. */
    @Test
    void countiesAfterTheirProvinceAndPlacesListedFirstAreBases() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("生产基地分布在浙江东阳、山东潍坊、安徽东至、浙江衢州。")).extracting(b -> b.region().nameZh())
                .as("普洛药业: 东至 is a county of 池州").contains("池州市", "金华市", "潍坊市", "衢州市");
        assertThat(extractor.bases("在广东？佛山、湖北？黄冈、广西？罗城三地，公司分别建有人造石英石板材生产/加工服务等规模化产业基地。"))
                .extracting(b -> b.region().nameZh()).as("中旗新材: the places stand in a clause before the site word, with lost "
                        + "characters between").containsExactlyInAnyOrder("佛山市", "黄冈市", "河池市");
        assertThat(extractor.bases("公司旗下拥有九大核心生产基地，包括五大特钢制造基地(兴澄特钢、大冶特钢、青岛特钢、天津钢管、靖江特钢)、"
                + "两大原材料供应基地(铜陵特材、扬州特材)、两大延伸加工基地(泰富悬架、浙江钢管)。")).extracting(b -> b.region().nameZh())
                .as("中信泰富特钢: the raw-material bases are no steel plants").doesNotContain("扬州市", "铜陵市").contains("黄石市", "青岛市");
        assertThat(extractor.bases("公司是国家级绿色工厂、浙江省管理创新示范企业、宁波国资国企混改优秀案例企业、湖州市政府质量奖获得单位。"))
                .extracting(b -> b.region().nameZh()).as("德宏: places in titles").doesNotContain("宁波市");
        assertThat(extractor.bases("以本公司为主体开发的山西平朔矿区是中国重要的动力煤基地，公司主要煤炭生产基地均配备畅通的运输通道。"))
                .extracting(b -> b.region().nameZh()).as("中煤能源: 矿区 after a field's name is no district of 阳泉").doesNotContain("阳泉市");
    }

    @Test
    void honoursAndBasesThatMakeNothingAreNoPlaceOfProduction() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        // titles in a list of honours, quoted or not, name the awarding place, not a plant
        assertThat(extractor.bases("公司先后获得“高新技术企业”、“德州市石油装备产业集群牵头企业”、“山东省博士后创新实践基地”等荣誉。")).isEmpty();
        assertThat(extractor.bases("公司荣获吉林省博爱奖、吉林省人才培养基地等称号。")).as("博爱 is a county of 焦作 too").isEmpty();
        assertThat(extractor.bases("以江苏宿迁和河北三河作为主要的仓储物流基地。")).isEmpty();
        assertThat(extractor.bases("公司总部位于深圳软件产业基地。")).isEmpty();
        // depots, an associate's plants and plants only planned (texts of 西上海, 广汇能源, 江南模塑, 煌上煌)
        assertThat(extractor.bases("在北京、上海、广州、天津、烟台、宁波、芜湖、武汉、重庆等地设有整车以及零部件仓储和运营基地。")).isEmpty();
        assertThat(extractor.bases("出色完成了杭钢、衢化、镇海炼化等浙江大部分老工业基地和城市基础设施建设。")).as("a builder's works (浙江建投)").isEmpty();
        assertThat(extractor.bases("在甘肃、宁夏、江苏、中原、西南等区域构建能源物流中转基地。")).as("中原 is no plant in 郑州").isEmpty();
        assertThat(extractor.bases("拥有两大原材料供应基地(铜陵特材、扬州特材)。")).as("a coking plant supplies the steel mills").isEmpty();
        assertThat(extractor.bases("公司拥有温州工厂和西安研究院。")).extracting(b -> b.region().nameZh()).as("a research institute makes nothing")
                .containsExactly("温州市");
        assertThat(extractor.bases("公司参股公司北汽模塑在北京、合肥、重庆、成都、株洲等地设立生产基地。")).isEmpty();
        assertThat(extractor.bases("同时计划筹建山东、京津冀生产基地。")).isEmpty();
        // the fact check of 合肥: 明冠新材's planned 合肥 plant (its film base there is 在建 in another sentence)
        assertThat(extractor.bases("规划合肥基地21GW n型电池专用胶膜。")).isEmpty();
        assertThat(extractor.bases("新能源是公司新投资介入的产业，规划在南昌和南京建设两个储能电池生产基地。")).isEmpty();
        assertThat(extractor.bases("南昌、东莞两大国内制造中心和越南、墨西哥(规划中)和印度三大海外制造基地。")).extracting(b -> b.region().code())
                .containsExactly("360100", "441900");
        assertThat(extractor.bases("公司在江西上饶拥有2.2万平方米光学镜片加工基地和新投入的4万平方米的厦门海沧南区工厂及正规划的20万平方米厦门工厂。"))
                .extracting(b -> b.region().code()).as("the plants written before the planned one stand").contains("361100");
        // a place marked as being built is no plant yet; the others of the list are (明冠新材)
        assertThat(extractor.bases("目前拥有宜春、苏州、越南、合肥(在建)四大制造基地。")).extracting(b -> b.region().code())
                .containsExactly("360900", "320500");
        assertThat(extractor.bases("浙江临海、江苏泰兴、山东济宁、广东珠海和泰国(筹建中)5个生产基地")).extracting(b -> b.region().code())
                .as("a mark on one place leaves the others of the list").contains("321200", "370800", "440400");
        assertThat(extractor.bases("在宜春、合肥（在建中）设有生产基地")).extracting(b -> b.region().code()).containsExactly("360900");
        // subsidiaries whose names say they make alloys or engines (fact check 63: 炼石航空, seated in 咸阳, makes in 成都)
        assertThat(extractor.bases("旗下拥有的子公司陕西炼石矿业有限公司、成都航宇超合金技术有限公司、加德纳航空(英国)有限公司、成都中科航空发动机有限公司等。"))
                .extracting(b -> b.region().code()).contains("510100");
        // each site of a list of sites says what is made there; a list of places sharing one site word is read whole
        // (fact checks 62 and 63: 华工科技's parks, 瑞联新材料's 渭南 bases; 国轩高科's fourteen)
        assertThat(extractor.bases("在全球已设立武汉光谷总部、鄂州智能制造装备产业园、华工科技孝感电子产业园、华工科技荆门产业园五大产业基地"))
                .filteredOn(b -> b.region().code().equals("420700")).singleElement()
                .satisfies(b -> assertThat(b.clause()).isEqualTo("鄂州智能制造装备产业园"));
        assertThat(extractor.bases("渭南海泰为主要中试基地、蒲城海泰为核心生产基地、瑞联制药为原料药生产基地"))
                .filteredOn(b -> b.region().code().equals("610500")).allSatisfy(b -> assertThat(b.clause()).doesNotContain("原料药"));
        assertThat(extractor.bases("在合肥(标准电芯工厂、合肥三厂、经开工厂)、南京、宜春、金寨等地成立十四大电池生产基地"))
                .filteredOn(b -> b.region().code().equals("341500")).singleElement()
                .satisfies(b -> assertThat(b.clause()).contains("南京", "电池生产基地"));
        // a river named by a city is no plant there (fact check 60: 路德环境's 赤水河畔)
        assertThat(extractor.bases("公司在赤水河畔、黄淮酿酒带等地建成了酒糟资源化利用工厂。")).isEmpty();
        // bases being built, in a clause of their own (fact check 57: 友发钢管's 许昌, not one of its eight bases)
        assertThat(extractor.bases("已形成天津、河北唐山、安徽临泉八个生产基地，同时正在推进四川成都和河南许昌两个基地建设。"))
                .extracting(b -> b.region().code()).containsExactly("120000", "130200", "341200");
        // the same words as plants of the company's own still count
        assertThat(extractor.bases("公司目前已在无锡、上海、沈阳、武汉、烟台、墨西哥设有生产基地。")).extracting(b -> b.region().code())
                .contains("320200", "210100", "420100");
        // the end of a foreign name is no Chinese city (旗滨: 马来西亚森美兰州, Negeri Sembilan, is not 兰州)
        assertThat(extractor.bases("在福建漳州、浙江平湖、马来西亚森美兰州等建有大型浮法玻璃原片生产基地")).extracting(b -> b.region().code())
                .contains("350600", "330400").doesNotContain("620100");
        // …while Chinese places written back to back all count
        assertThat(extractor.bases("在四川宜宾、江苏常州溧阳、福建宁德、德国图林根州、匈牙利德布勒森建有生产基地")).extracting(b -> b.region().code())
                .contains("511500", "320400", "350900");
        // a zone's 西区 is no district of 攀枝花 (键凯: 天津市经济开发区西区); 攀枝花's own 西区 is in 攀枝花
        assertThat(extractor.bases("公司在天津市经济开发区西区建有医用药用聚乙二醇衍生物的开发及产业化基地")).extracting(b -> b.region().code())
                .containsExactly("120000");
        assertThat(extractor.bases("公司在攀枝花西区建有钛白粉生产基地")).extracting(b -> b.region().code()).isNotEmpty()
                .allSatisfy(code -> assertThat(code).startsWith("5104"));
        // a city the province runs itself, written after the prefecture around it, is the plant's place, and the prefecture
        // is not (fact check 71: 天山铝业's anode plant in the Corps city of 阿拉尔 also stood in 阿克苏地区)
        assertThat(extractor.bases("在新疆阿克苏地区阿拉尔市国家级经济开发区已建成预焙阳极生产线；在广西靖西市已建成氧化铝生产线"))
                .extracting(b -> b.region().code()).containsExactly("659002", "451000");
        // sites that breed and test seed varieties are no plants (fact check 83: 绿亨's 寿光, 北京 and 酒泉)
        assertThat(extractor.bases("公司在北京海淀、山东寿光、甘肃酒泉、广州南沙建有育种研发及品种测试鉴定基地")).isEmpty();
        // the cities of the belt around a plant are no plants (fact check 81: 常州通宝光电 stood in 上海 and 南京)
        assertThat(extractor.bases("工厂坐落于上海与南京经济带中心的常州市国家级高新技术产业开发区")).extracting(b -> b.region().code())
                .doesNotContain("310000", "320100");
        // a plant named beside its honour still counts
        assertThat(extractor.bases("所属昆明盐矿、普洱制盐双双跻身国家级绿色工厂。")).extracting(b -> b.region().code()).contains("530100");
    }

    /**
     * A plant makes what its clause names, not every segment of its group: 国轩高科's fourteen battery bases (宜春, 南京 …)
     * carried the switchgear of its stale main business (12kV系列开关柜 …), which made 开关设备 present in all of them.
     */
    @Test
    void aPlantMakesWhatItsClauseNames() {
        java.util.List<String> yichun = jdbc.queryForList("""
                select distinct n.name_zh from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                join chain_node n on n.id = s.node_id where e.name_zh like '国轩高科%' and s.region_code = '360900'
                and s.role = 'PRODUCES'""", String.class);
        assertThat(yichun).as("宜春 plant's segments").isNotEmpty().noneMatch(name -> name.contains("开关"));
        java.util.List<String> seat = jdbc.queryForList("""
                select distinct n.name_zh from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                join chain_node n on n.id = s.node_id where e.name_zh like '国轩高科%' and s.region_code = e.hq_region_code
                and s.role = 'PRODUCES'""", String.class);
        assertThat(seat).as("the seat keeps what the company texts say").anyMatch(name -> name.contains("开关"));
    }

    /**
     * Where a plant's clause names nothing it makes, the plant is given the company's segments and says they are presumed:
     * 京东方's introduction lists nine bases (在北京、合肥…绵阳…鄂尔多斯等地拥有多个智造基地), and 绵阳 showed TFT-LCD panels as a fact
     * although its fab makes AMOLED.
     */
    @Test
    void aPlantWhoseClauseNamesNoProductSaysItsSegmentsArePresumed() {
        java.util.List<String> mianyang = jdbc.queryForList("""
                select s.evidence from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                where e.name_zh = '京东方科技集团股份有限公司' and s.region_code = '510700' and s.role = 'PRODUCES'""", String.class);
        assertThat(mianyang).as("京东方's 绵阳 base").isNotEmpty()
                .allSatisfy(evidence -> assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.PRESUMED_AT_BASE));
        java.util.List<String> yichun = jdbc.queryForList("""
                select s.evidence from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                where e.name_zh like '国轩高科%' and s.region_code = '360900' and s.role = 'PRODUCES'""", String.class);
        assertThat(yichun).as("a base whose clause names what it makes (国轩's 宜春 batteries) is not presumed").isNotEmpty()
                .noneMatch(evidence -> evidence.contains(org.chainatlas.platform.data.EvidenceNotes.PRESUMED_AT_BASE));
    }
    /**
     * What is built, run or served where the customer is — power stations above all — is not presumed at a factory whose
     * clause names nothing (fact check 22: 东方日升's power stations stood at its 义乌 base, 金华's only ones); what the
     * factory makes still is.
     */
    @Test
    void powerStationsAreNotPresumedAtAFactory() {
        java.util.List<String> yiwu = jdbc.queryForList("""
                select n.code from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                where e.name_zh like '东方日升%' and s.region_code = '330700' and s.role = 'PRODUCES'""", String.class);
        assertThat(yiwu).as("东方日升's 义乌 base").isNotEmpty().doesNotContain("pv-power-plant");
        java.util.Set<String> nodes = new java.util.HashSet<>(jdbc.queryForList(
                "select c.code || '/' || n.code from chain_node n join chain c on c.id = n.chain_id", String.class));
        assertThat(RealEnterprises.OPERATED).as("every operated segment names a node of the chain files").allSatisfy(code ->
                assertThat(nodes).contains(code));
    }

    /**
     * Fact check 26: software and IT services are never presumed at a factory (利欧集团's digital marketing stood at its 湘潭
     * pump plant), and a company whose text says its production is concentrated elsewhere (和谐双马: 公司建材生产基地集中在宜宾市)
     * keeps at its 绵阳 seat only what a head office keeps (三安光电, whose text puts its head office and all its bases
     * elsewhere, kept half at its registered seat from fact check 27 to 115: see aHeadOfficeTheIntroductionPutsElsewhere…).
     */
    @Test
    void softwareIsNotPresumedAtAFactoryAndConcentratedProductionLeavesTheSeatHalf() {
        java.util.List<String> xiangtan = jdbc.queryForList("""
                select c.code from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                join chain c on c.id = n.chain_id
                where e.name_zh = '利欧集团股份有限公司' and s.region_code = '430300' and s.role = 'PRODUCES'""", String.class);
        assertThat(xiangtan).as("利欧's 湘潭 pump plant").doesNotContain("software-info");
        assertThat(evidenceAt("四川和谐双马股份有限公司", "510700", "cement")).as("和谐双马's cement at its 绵阳 seat").isNotEmpty().allSatisfy(evidence ->
                assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
    }

    /**
     * Fact check 100: a seat the introduction names among the research centres, with the manufacturing centres elsewhere,
     * keeps only what a head office keeps (华勤, an ODM seated in 上海: 1个上海总部，上海、东莞、西安、南昌、无锡5大研发中心，南昌、
     * 东莞两大国内制造中心 — its phones and laptops had stood in 上海 at full weight); not where the manufacturing places are
     * written by province, the seat's among them (锦富: …在江苏、上海、广东、山东、福建等地建立了制造中心 — 苏州 may be one).
     */
    @Test
    void aSeatNamedAsAResearchCentreWithManufacturingElsewhereIsAHeadOffice() {
        assertThat(evidenceAt("华勤技术股份有限公司", "310000", null)).as("华勤 at its 上海 seat").isNotEmpty().allSatisfy(evidence ->
                assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
        assertThat(evidenceAt("苏州锦富技术股份有限公司", "320500", null)).as("锦富 at its 苏州 seat").isNotEmpty().noneSatisfy(evidence ->
                assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
    }

    /**
     * Fact check 70: a clause of one base alone says what it makes even by a word too broad to file the company (川恒化工's
     * 广西扶绥工厂仅前端湿法磷酸装置投产: phosphoric acid; 崇左 had shown all six of its segments, lithium-battery cathodes
     * among them, presumed), and a seat its own text lists among the bases, naming nothing made there, keeps at full weight
     * what another base's clause names (川恒's 福泉, its main base).
     */
    @Test
    void aBaseOfItsOwnClauseMakesWhatItsBroadWordsName() {
        assertThat(jdbc.queryForList("""
                select n.code from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                where e.name_zh = '贵州川恒化工股份有限公司' and s.region_code = '451400' and s.role = 'PRODUCES'""", String.class))
                .as("川恒's 扶绥 plant").containsExactly("phosphorus-chem");
        assertThat(evidenceAt("贵州川恒化工股份有限公司", "451400", "phosphorus-chem")).singleElement().satisfies(evidence ->
                assertThat(evidence).doesNotContain(org.chainatlas.platform.data.EvidenceNotes.PRESUMED_AT_BASE));
        assertThat(evidenceAt("贵州川恒化工股份有限公司", "522700", "phosphorus-chem")).as("川恒's 福泉 seat").singleElement()
                .satisfies(evidence -> assertThat(evidence).doesNotContain(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
    }

    /**
     * Fact checks 101 and 106: a base whose clause names nothing, in a sentence about one of the company's businesses, makes
     * that business (红日药业: 中药配方颗粒板块紧紧围绕…产品线，建有北京、天津…8个智能制造生产基地 — 北京 and 重庆 showed its
     * injections too, presumed; the 血必净 injection is made in 天津).
     */
    @Test
    void aBaseInASentenceAboutABusinessMakesThatBusiness() {
        for (String region : List.of("110000", "500000")) {
            assertThat(jdbc.queryForList("""
                    select n.code from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                    where e.name_zh = '天津红日药业股份有限公司' and s.region_code = ? and s.role = 'PRODUCES'""", String.class, region))
                    .as("红日's base in " + region).containsExactly("tcm-pieces");
            assertThat(evidenceAt("天津红日药业股份有限公司", region, "tcm-pieces")).singleElement().satisfies(evidence ->
                    assertThat(evidence).doesNotContain(org.chainatlas.platform.data.EvidenceNotes.PRESUMED_AT_BASE));
        }
        assertThat(evidenceAt("天津红日药业股份有限公司", "120000", "chem-drugs")).as("红日's injections at its 天津 seat").isNotEmpty();
    }

    /**
     * Fact check 106: the makers a company has laid out in places are its plants (金龙汽车: 在中国厦门、苏州、绍兴、西安、上海等地布局有…
     * 等客车整车制造企业 — no base had been read), and a hospital's treatment unit is none (创新医疗: 溧阳地区唯一一家纯氧舱高压氧治疗基地).
     */
    @Test
    void makersLaidOutInPlacesArePlantsAndTreatmentUnitsAreNot() {
        String sql = """
                select f.region_code from enterprise_facility f join enterprise e on e.id = f.enterprise_id where e.name_zh = ?""";
        assertThat(jdbc.queryForList(sql, String.class, "厦门金龙汽车集团股份有限公司")).as("金龙's plants")
                .contains("320500", "610100", "310000");
        assertThat(jdbc.queryForList(sql, String.class, "创新医疗管理股份有限公司")).as("创新医疗's plants").doesNotContain("320400");
    }

    /**
     * Fact checks 107 and 113: a sentence that begins with a base says what it makes (川恒: 四川什邡工厂产能较小，主要作为…饲料级磷酸二氢钙
     * 产能的补充，同时…生产掺混肥和水溶肥 — 德阳 had shown its cathode precursors and battery materials, presumed), and a base named
     * again without a product makes what the other sentence's business is (石大胜华's 武汉: 电解液产品方面…在东营、武汉等基地布局 —
     * electrolyte, not its MTBE and aromatics).
     */
    @Test
    void aSentenceLedByABaseOrAboutABusinessSaysWhatTheBaseMakes() {
        assertThat(producedAt("贵州川恒化工股份有限公司", "510600")).as("川恒's 什邡 plant")
                .containsExactly("phosphorus-chem");
        assertThat(producedAt("石大胜华新材料集团股份有限公司", "420100")).as("石大胜华's 武汉 base")
                .contains("electrolyte").doesNotContain("basic-chemicals");
    }

    /**
     * Fact check 114: what the clause after subsidiaries' names says they do is what they make (宝明科技: 设立控股子公司深圳市宝明新材料
     * 技术有限公司和赣州市宝明新材料技术有限公司，主要从事新能源锂电池材料的研发、生产和销售 — 赣州 had shown the company's backlights and
     * touch panels, presumed, and was the city's only backlight maker), and a company bought and renamed is a subsidiary (绿康生化:
     * 通过收购江西纬科新材料科技有限公司并更名为绿康(玉山)胶膜材料有限公司 — its PV film in 上饶's 玉山, unplaced).
     */
    @Test
    void subsidiariesMakeWhatTheClauseAfterTheirNamesSays() {
        String places = """
                select f.region_code from enterprise_facility f join enterprise e on e.id = f.enterprise_id where e.name_zh = ?""";
        assertThat(jdbc.queryForList(places, String.class, "深圳市宝明科技股份有限公司")).as("宝明's 赣州 subsidiary").contains("360700");
        assertThat(producedAt("深圳市宝明科技股份有限公司", "360700")).as("made by 宝明's 赣州 subsidiary")
                .doesNotContain("backlight", "touch");
        assertThat(producedAt("深圳市宝明科技股份有限公司", "440300")).as("宝明's seat")
                .contains("backlight");
        // fact check 116: a subsidiary that 进入了特种气体…领域 makes the special gases, not by presumption, and the seat keeps them
        // as a head office does (南大光电: 通过设立子公司全椒南大光电材料有限公司，进入了特种气体(如砷烷、磷烷等)领域)
        assertThat(evidenceAt("江苏南大光电材料股份有限公司", "341100", "specialty-gas")).as("南大光电's 全椒 subsidiary").isNotEmpty()
                .noneSatisfy(evidence -> assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.PRESUMED_AT_BASE));
        assertThat(evidenceAt("江苏南大光电材料股份有限公司", "320500", "specialty-gas")).as("南大光电's 苏州 seat").isNotEmpty()
                .allSatisfy(evidence -> assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
        // fact check 160: …and what the words straight after a subsidiary's name say it does, besides what its name says (西藏矿业:
        // 控股子公司西藏日喀则扎布耶锂业高科技有限公司负责对公司拥有西藏扎布耶盐湖的盐湖提锂 — the brine at 日喀则, not only lithium salts;
        // 中银绒业: 公司子公司都江堰市聚恒益新材料有限公司从事…锂电池负极材料石墨化加工业务 — anodes in 成都, not the cathodes another
        // subsidiary makes)
        assertThat(producedAt("西藏矿业发展股份有限公司", "540200")).as("西藏矿业's 日喀则 subsidiary").contains("lithium", "lithium-ore");
        assertThat(producedAt("宁夏中银绒业股份有限公司", "510100")).as("中银绒业's 都江堰 subsidiary").contains("anode")
                .doesNotContain("cathode");
        assertThat(jdbc.queryForList(places, String.class, "绿康生化股份有限公司")).as("绿康's plants").contains("361100", "330400");
        assertThat(producedAt("绿康生化股份有限公司", "361100")).as("绿康's 玉山 plant")
                .contains("encapsulant");
    }

    /**
     * Fact check 115 (and 105's 游族): a company whose introduction puts its head office in another city than its registered
     * seat, and names no base at the seat, is not at the seat. Its software and chip design are at the head office (盈方微,
     * registered in 荆州: 管理总部设在上海市长宁区 — 荆州's only chip designer; 游族, registered in 泉州: 总部位于上海), and what its
     * bases make is kept at half by the head office, not by the registered seat (三安光电, registered in 荆州: 公司总部位于福建省
     * 厦门市 — 荆州's LED chips and SiC had rested on it, as at its "head office").
     */
    @Test
    void aHeadOfficeTheIntroductionPutsElsewhereIsWhereTheCompanyWorks() {
        assertThat(producedAt("盈方微电子股份有限公司", "421000")).as("盈方微 at its registered seat").isEmpty();
        assertThat(producedAt("盈方微电子股份有限公司", "310000")).as("盈方微 at its head office")
                .contains("digital-ic");
        assertThat(producedAt("游族网络股份有限公司", "350500")).as("游族 at its registered seat").isEmpty();
        assertThat(producedAt("游族网络股份有限公司", "310000")).as("游族 at its head office").isNotEmpty();
        assertThat(producedAt("三安光电股份有限公司", "421000")).as("三安 at its registered seat").isEmpty();
        assertThat(producedAt("三安光电股份有限公司", "350200")).as("三安 in 厦门").isNotEmpty();
    }

    /**
     * Fact check 119: contracting is run from the head office the introduction names, not from the registered seat (京蓝科技,
     * registered in 哈尔滨: 管理总部位于北京 — 哈尔滨 had shown environmental EPC present on its soil remediation).
     */
    @Test
    void contractingIsRunFromTheHeadOfficeTheIntroductionNames() {
        assertThat(producedAt("京蓝科技股份有限公司", "230100")).as("京蓝 at its registered seat").doesNotContain("env-epc");
        assertThat(producedAt("京蓝科技股份有限公司", "110000")).as("京蓝 at its head office").contains("env-epc");
        // …and so is a service it runs (fact check 128: 贝瑞基因, registered in 成都: 公司总部设在北京，并在北京、上海、青岛、福州、
        // 香港多地设立医学检验实验室 — 成都's health services had been present on it)
        assertThat(producedAt("成都市贝瑞和康基因技术股份有限公司", "510100")).as("贝瑞 at its registered seat")
                .doesNotContain("health-services");
        assertThat(evidenceAt("成都市贝瑞和康基因技术股份有限公司", "110000", "health-services")).as("贝瑞 at its head office")
                .singleElement().asString().contains(EvidenceNotes.AT_HEAD_OFFICE);
    }

    /**
     * Fact check 115: clauses that go on with a list of places begun by 以…为基地 name more of them (中节能风电: 以河北张北、
     * 甘肃酒泉、新疆托里为基地，以蒙西、蒙东、青海为支点，以湖北五峰、广西博白…等为尖兵的陆上布局，以广东阳江、唐山乐亭南北两个地区的海上
     * 布局 — its wind farms in 宜昌's 五峰 and the others had been lost, and 宜昌 showed no clean generation); not a clause of
     * 以…为支点 alone (启迪设计: 以苏州为中心，以北京、深圳、西安、武汉等为支点，辐射全国 — branch offices).
     */
    @Test
    void aListOfBasesGoesOnInTheClausesAfterIt() {
        String sql = """
                select f.region_code from enterprise_facility f join enterprise e on e.id = f.enterprise_id where e.name_zh = ?""";
        assertThat(jdbc.queryForList(sql, String.class, "中节能风力发电股份有限公司")).as("中节能风电's wind farms")
                .contains("130700", "420500", "450900", "441700", "130200");
        assertThat(jdbc.queryForList(sql, String.class, "启迪设计集团股份有限公司")).as("启迪设计's branch offices")
                .doesNotContain("440300", "610100", "420100");
    }

    /**
     * Fact check 115: a main business that lists products by subsidiary, named by its place and the company's short name,
     * places them there (人福医药: 宜昌人福枸橼酸芬太尼注射液,枸橼酸舒芬太尼注射液,… — 宜昌 showed chemical drugs missing), and
     * the 武汉 head office keeps half of them.
     */
    @Test
    void aSubsidiaryNamedByPlaceAndShortNameMakesTheProductsListedAfterIt() {
        assertThat(producedAt("人福医药集团股份公司", "420500")).as("宜昌人福").contains("chem-drugs");
        // …and one that names the subsidiary making a product in brackets after it (fact check 120: 赛隆药业, seated in 珠海:
        // 单唾液酸四己糖神经节苷脂钠原料药(岳阳赛隆生产))
        assertThat(producedAt("赛隆药业集团股份有限公司", "430600")).as("岳阳赛隆").contains("api");
        assertThat(evidenceAt("人福医药集团股份公司", "420100", "chem-drugs")).as("人福's 武汉 head office").isNotEmpty()
                .allSatisfy(evidence -> assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
    }

    /**
     * Fact check 116: a mine or a quarry is never presumed at a base whose words name no product (钛能化学: 拥有安徽马鞍山、甘肃
     * 嘉峪关、甘肃白银和贵州贵阳等生产基地，主营产品金红石型钛白粉…磷矿石年产能为50万吨 — 马鞍山 showed phosphate rock present on its
     * TiO2 plant); the products such a base may make are still presumed.
     */
    @Test
    void resourcesAreNotPresumedAtBases() {
        assertThat(producedAt("钛能化学股份有限公司", "340500")).as("钛能's 马鞍山 base")
                .doesNotContain("phosphate").isNotEmpty();
        assertThat(RealEnterprises.RESOURCES).as("every resource segment names a node of the chain files").allSatisfy(code ->
                assertThat(jdbc.queryForObject("""
                        select count(*) from chain_node n join chain c on c.id = n.chain_id where c.code || '/' || n.code = ?""",
                        Integer.class, code)).isEqualTo(1));
    }

    /**
     * Fact check 116: what a company runs, said to be spread over other provinces than the seat's, is not run at the seat
     * (江南化工, seated in 宣城: 公司新能源业务主要从事风电场、光伏电站开发、建设、运营，主要分布在新疆、内蒙古、宁夏、甘肃、贵州、山西等地
     * — 宣城's only generation and PV power plants); one spread over its own province too stays (桂冠电力: 水电业务分布在广西、四川…).
     */
    @Test
    void whatARunnerSaysIsSpreadOverOtherProvincesIsNotAtTheSeat() {
        assertThat(producedAt("安徽江南化工股份有限公司", "341800")).as("江南化工 at its 宣城 seat")
                .doesNotContain("power-generation", "pv-power-plant");
        assertThat(producedAt("广西桂冠电力股份有限公司", "450100")).as("桂冠电力 at its 南宁 seat").isNotEmpty();
        // …or over which its business 遍布 (fact check 119: 国中水务, seated in 哈尔滨: 业务遍布河北、山西、内蒙古、青海、陕西、安徽、山东等全国各地)
        assertThat(producedAt("黑龙江国中水务股份有限公司", "230100")).as("国中水务 at its 哈尔滨 seat").doesNotContain("water-ops");
    }

    /**
     * Fact checks 120 and 121: a resource lies where the ground holds it, which a head office often is not; one the
     * introduction does not place counts at half at the seat, said so (雪天盐业: its rock salt is mined by subsidiaries
     * it names, 湘衡盐化、湘澧盐化… — 长沙 showed rock salt and brine present on it; 中国海洋石油's gas is offshore, not in 北京).
     */
    @Test
    void aResourceTheIntroductionDoesNotPlaceCountsAtHalfAtTheSeat() {
        assertThat(evidenceAt("雪天盐业集团股份有限公司", "430100", "salt-brine")).as("雪天's salt at its 长沙 seat")
                .singleElement().asString().contains(EvidenceNotes.RESOURCE_HALF_AT_SEAT);
        assertThat(evidenceAt("中国海洋石油有限公司", "110000", "natural-gas")).as("中海油's gas at its 北京 seat")
                .singleElement().asString().contains(EvidenceNotes.RESOURCE_HALF_AT_SEAT);
        // …also where the seat is named among bases that name nothing in particular, as at any such base (fact check 123:
        // 云南白药: 在昆明、大理、文山、丽江、武定…部署生产基地 — its herbs had stood at full weight in 昆明)
        assertThat(evidenceAt("云南白药集团股份有限公司", "530100", "tcm-herbs")).as("白药's herbs at its 昆明 seat")
                .singleElement().asString().contains(EvidenceNotes.RESOURCE_HALF_AT_SEAT);
        assertThat(evidenceAt("云南白药集团股份有限公司", "530100", "chinese-patent")).as("白药's patent medicines at its 昆明 seat")
                .singleElement().asString().doesNotContain("按半数计");
    }

    /**
     * Fact check 140: a mine the introduction names with its place is where the resource is mined, and the seat keeps half
     * (中国稀土: 湖南江华离子型稀土矿 — 永州 showed no rare earths, 赣州 had them at half; 紫金矿业: 湖南道县湘源硬岩锂多金属矿), in full
     * where the place is the seat's city (和邦: 马边烟峰磷矿 in 乐山, 汉源刘家山磷矿 in 雅安), and within the province the name gives
     * (众和: 四川省阿坝州马尔康县…锂辉石矿 — not the 康县 of 陇南 written inside 马尔康县).
     */
    @Test
    void aMineNamedWithItsPlaceIsWhereTheResourceIs() {
        assertThat(producedAt("中国稀土集团资源科技股份有限公司", "431100")).as("中国稀土's 江华 mine in 永州").contains("rare-earth");
        assertThat(evidenceAt("中国稀土集团资源科技股份有限公司", "360700", "rare-earth")).as("…and half at its 赣州 seat")
                .singleElement().asString().contains("按半数计");
        assertThat(producedAt("紫金矿业集团股份有限公司", "431100")).as("紫金's 道县 lithium in 永州").contains("lithium-ore");
        assertThat(evidenceAt("四川和邦生物科技股份有限公司", "511100", "phosphate")).as("和邦's 马边 phosphate at its 乐山 seat")
                .singleElement().asString().doesNotContain("按半数计");
        assertThat(producedAt("四川和邦生物科技股份有限公司", "511800")).as("和邦's 汉源 phosphate in 雅安").contains("phosphate");
        assertThat(producedAt("福建众和股份有限公司", "513200")).as("众和's 党坝 spodumene in 阿坝").contains("lithium-ore");
        assertThat(producedAt("福建众和股份有限公司", "621200")).as("no mine in 陇南").isEmpty();
        // …and a place's resource (fact check 146: 蓝焰: 依托主要气源地晋城地区煤层气资源 — 晋城 showed no gas, 太原 had it at half)
        assertThat(producedAt("山西蓝焰控股股份有限公司", "140500")).as("蓝焰's coal-bed methane in 晋城").contains("natural-gas");
    }

    /**
     * Fact check 151: a list of bases whose second group follows 以及 says what each group makes apart (西陇科学: 拥有佛山、汕头、成都的
     * 大型生产基地以及云南盈和磷酸铁锂正极材料生产基地 — 成都 showed the 云南 base's LFP cathode). 天康制药 (…禽流感疫苗以及北京大兴动物疫病
     * 诊断试剂生产区四大生产基地) was the second example until fact check 161 found its vaccines are animal vaccines, of no segment.
     */
    @Test
    void aSecondGroupOfBasesAfter以及MakesItsOwnProducts() {
        assertThat(RealEnterprises.group("拥有佛山、汕头、成都的大型生产基地以及云南盈和磷酸铁锂正极材料生产基地", "成都"))
                .isEqualTo("拥有佛山、汕头、成都的大型生产基地");
        assertThat(RealEnterprises.group("拥有佛山、汕头、成都的大型生产基地以及云南盈和磷酸铁锂正极材料生产基地", "云南"))
                .isEqualTo("云南盈和磷酸铁锂正极材料生产基地");
        assertThat(RealEnterprises.group("在宜宾、宁德建有生产基地", "宜宾")).isEqualTo("在宜宾、宁德建有生产基地");
        assertThat(producedAt("西陇科学股份有限公司", "510100")).as("西陇's 成都 base").contains("api").doesNotContain("cathode");
    }

    /**
     * Fact check 152: a head office in an industrial park of the seat's city is a works (三峡油漆: 公司总部位于重庆市江津区德感工业园…
     * 拥有新疆渝三峡涂料化工有限公司、四川渝三峡新材料有限公司… — 重庆 had its paints at half, as if only the subsidiaries made them).
     */
    @Test
    void aHeadOfficeInAnIndustrialParkIsAWorks() {
        assertThat(evidenceAt("重庆三峡油漆股份有限公司", "500000", "waterproof-coatings")).as("三峡油漆's paints at its 重庆 seat")
                .singleElement().asString().doesNotContain("按半数计");
    }

    /**
     * Fact check 153: a hospital group's hospitals stand in the cities it runs them in (普瑞眼科: 目前已在北京、上海…大理、赣州等25个城市
     * 成功投资经营了36家医院 — 大理 showed no hospital of it).
     */
    @Test
    void aHospitalGroupRunsHospitalsInTheCitiesItNames() {
        assertThat(producedAt("普瑞眼科医院集团股份有限公司", "532900")).as("普瑞's 大理 hospital").containsExactly("hospitals");
        assertThat(producedAt("普瑞眼科医院集团股份有限公司", "360700")).as("…and its 赣州 one").containsExactly("hospitals");
    }

    /**
     * Fact check 152: subsidiaries a sentence about research names do research (欧林生物: 在产品开发方面，…同时拥有重庆原伦生物科技有限公司
     * 及成都新诺明生物科技有限公司两家子公司，合力实行"创新疫苗开发…" — 重庆 showed its vaccines).
     */
    @Test
    void subsidiariesInASentenceAboutResearchMakeNothing() {
        assertThat(producedAt("成都欧林生物科技股份有限公司", "500000")).as("欧林's 重庆 research subsidiary").isEmpty();
        assertThat(producedAt("成都欧林生物科技股份有限公司", "510100")).as("…and its vaccines at its 成都 seat").contains("vaccines");
    }

    /**
     * Fact check 132: a list of bases that names the company's own works (本部) names its seat among them (马钢: 钢铁产业拥有马钢股份公司
     * 本部、长江钢铁、合肥公司三大钢铁生产基地 — read as steel bases, 合肥 alone had been placed and 马鞍山's steel halved).
     */
    @Test
    void aListOfBasesNamingTheHomeWorksNamesTheSeat() {
        assertThat(evidenceAt("马鞍山钢铁股份有限公司", "340500", "steel")).as("马钢's steel at its 马鞍山 seat")
                .singleElement().asString().doesNotContain("按半数计");
        assertThat(producedAt("马鞍山钢铁股份有限公司", "340100")).as("马钢's 合肥 base").contains("steel");
    }

    /**
     * Fact check 131: rare earths are a resource where the company says it mines them (广晟有色: 主营业务:稀土,钨的采选,冶炼 — 海口
     * showed rare-earth mining and separation present on its legacy seat; 盛和 成都 the same), and made in plants where it does
     * not (有研新材: rare-earth metals and materials in 北京).
     */
    @Test
    void rareEarthsAreAResourceWhereTheCompanyMinesThem() {
        assertThat(evidenceAt("广晟有色金属股份有限公司", "460100", "rare-earth")).as("广晟's rare earths at its 海口 seat")
                .singleElement().asString().contains(EvidenceNotes.RESOURCE_HALF_AT_SEAT);
        assertThat(evidenceAt("盛和资源控股股份有限公司", "510100", "rare-earth")).as("盛和's rare earths at its 成都 seat")
                .singleElement().asString().contains(EvidenceNotes.RESOURCE_HALF_AT_SEAT);
        assertThat(evidenceAt("有研新材料股份有限公司", "110000", "rare-earth")).as("有研's rare-earth materials at its 北京 seat")
                .singleElement().asString().doesNotContain("按半数计");
    }

    /**
     * Fact checks 125 and 127: a company whose introduction says it is in its seat's city is there with what nothing places
     * elsewhere, its resource too, and the evidence says so instead of "not stated" (安宁股份: 公司是攀枝花市的一家…公司…主要从事
     * 钒钛磁铁矿的开采 — 攀枝花's V-Ti magnetite mining had shown weak; 盐湖股份: 公司位于青海省格尔木市 — 察尔汗 brine at half in
     * 海西); 雪天盐业's introduction says no such thing of 长沙.
     */
    @Test
    void whatACompanySaysItIsInItsSeatsCityCountsThereInFull() {
        assertThat(evidenceAt("四川安宁铁钛股份有限公司", "510400", "vtm-mining")).as("安宁's mining at its 攀枝花 seat")
                .singleElement().asString().contains(EvidenceNotes.LOCATED_AT_SEAT).doesNotContain("按半数计");
        assertThat(evidenceAt("青海盐湖工业股份有限公司", "632800", "lithium-ore")).as("盐湖's lithium brine at its 海西 seat")
                .singleElement().asString().contains(EvidenceNotes.LOCATED_AT_SEAT).doesNotContain("按半数计");
        assertThat(evidenceAt("青海盐湖工业股份有限公司", "632800", "salt-brine")).as("盐湖's potash brine at its 海西 seat")
                .singleElement().asString().contains(EvidenceNotes.LOCATED_AT_SEAT);
        assertThat(evidenceAt("雪天盐业集团股份有限公司", "430100", "salt-brine")).as("雪天's salt at its 长沙 seat")
                .singleElement().asString().doesNotContain(EvidenceNotes.LOCATED_AT_SEAT);
        // …also after when it was founded, or after what it is (fact checks 132 and 133: 闽东电力: 公司成立于1998年12月30日，是宁德市
        // 目前唯一的国有控股上市企业 — its stations had counted at half in 宁德; 建新化工: 公司是高科技精细化工企业，位于沧州临港…)
        assertThat(evidenceAt("福建闽东电力股份有限公司", "350900", "power-generation")).as("闽东电力's stations at its 宁德 seat")
                .singleElement().asString().contains(EvidenceNotes.LOCATED_AT_SEAT).doesNotContain("按半数计");
        assertThat(evidenceAt("河北建新化工股份有限公司", "130900", null)).as("建新化工 at its 沧州 seat").isNotEmpty()
                .allMatch(evidence -> evidence.contains(EvidenceNotes.LOCATED_AT_SEAT));
        // …or after what it is as (fact check 137: 欧晶科技: 公司作为…国家级高新技术企业，成立于2011年4月，位于内蒙古呼和浩特市赛罕区)
        assertThat(evidenceAt("内蒙古欧晶科技股份有限公司", "150100", null)).as("欧晶 at its 呼和浩特 seat").isNotEmpty()
                .allMatch(evidence -> evidence.contains(EvidenceNotes.LOCATED_AT_SEAT));
        // …or is so as the city's first or one company (fact check 160: 西昌电力: 作为凉山州第一家上市公司，公司依托凉山州丰富的资源优势)
        assertThat(evidenceAt("四川西昌电力股份有限公司", "513400", "power-generation")).as("西昌电力's stations at its 凉山 seat")
                .singleElement().asString().contains(EvidenceNotes.LOCATED_AT_SEAT).doesNotContain("按半数计");
        // …or became one (fact check 182: 川宁: 在深圳证券交易所敲钟上市，成为新疆伊犁地区首家A股上市企业 — its 伊宁 works read
        // "placed at the head office, not stated")
        assertThat(evidenceAt("伊犁川宁生物技术股份有限公司", "654000", "pharma-intermediates")).as("川宁's intermediates at its 伊犁 seat")
                .singleElement().asString().contains(EvidenceNotes.LOCATED_AT_SEAT);
        // …not what of the company lies there (fact check 130: 中恒华发: 公司位于深圳地区的所有工业用地均被纳入…城市更新 — its land)
        assertThat(evidenceAt("深圳中恒华发股份有限公司", "440300", null)).as("中恒华发 at its 深圳 seat").isNotEmpty()
                .noneMatch(evidence -> evidence.contains(EvidenceNotes.LOCATED_AT_SEAT));
    }

    /**
     * Fact check 117: a 生 lost from 生产基地 in the source text leaves 产 before the site word, which names no product of
     * another kind (上海氯碱: 公司主要？产基地在…上海化学业区和…钦州港化产业园区 — its 钦州 base had made nothing, and 钦州 showed
     * basic chemicals missing).
     */
    @Test
    void aSiteWordThatLostACharacterStillNamesABase() {
        assertThat(producedAt("上海氯碱化工股份有限公司", "450700")).as("上海氯碱's 钦州 base").contains("basic-chemicals");
    }

    @Test
    void sentencesBeginAfterFullStopsAndSemicolons() {
        String text = "中药板块，建有北京基地。成品药，在天津；器械方面，,在河北";
        assertThat(BaseExtractor.split(text).clauses()).containsExactly("中药板块", "建有北京基地", "成品药", "在天津", "器械方面", "在河北");
        assertThat(BaseExtractor.split(text).starts()).containsExactlyInAnyOrder(0, 2, 4);
    }

    /** The segments a company is stored as producing in a region. */
    private java.util.List<String> producedAt(String company, String region) {
        return jdbc.queryForList("""
                select n.code from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                where e.name_zh = ? and s.region_code = ? and s.role = 'PRODUCES'""", String.class, company, region);
    }

    /** The stored evidence of a company's segments in a region: of one segment, or of all where {@code node} is null. */
    private java.util.List<String> evidenceAt(String company, String region, String node) {
        String sql = """
                select s.evidence from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                where e.name_zh = ? and s.region_code = ?""";
        return node == null ? jdbc.queryForList(sql, String.class, company, region)
                : jdbc.queryForList(sql + " and n.code = ?", String.class, company, region, node);
    }

    /**
     * Fact check 27: a subsidiary named by a province is no base, but what its name says the company makes is made in that
     * province (锦州永杉锂业's lithium salts, by 湖南永杉锂业有限公司; it makes molybdenum in 锦州); 核心 before 子公司 is no part of
     * the name.
     */
    @Test
    void whatASubsidiaryInAnotherProvinceIsNamedForIsMadeThere() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.provinceSubsidiaries("旗下核心子公司湖南永杉锂业有限公司，成立于2019年，是湖南第一个锂盐项目。"))
                .extracting(b -> b.region().code()).containsExactly("430000");
        assertThat(extractor.bases("旗下核心子公司湖南永杉锂业有限公司，成立于2019年。")).as("a province is no base").isEmpty();
        assertThat(evidenceAt("锦州永杉锂业股份有限公司", "210700", "lithium")).as("永杉锂业's lithium at its 锦州 seat").isNotEmpty().allSatisfy(evidence ->
                assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_SUBSIDIARY_ELSEWHERE));
        // a city written after its province in a subsidiary's name is where it makes what the name says (fact check 72:
        // 西藏矿业's lithium comes from 日喀则, and stood at its 拉萨 seat)
        assertThat(extractor.bases("控股子公司西藏日喀则扎布耶锂业高科技有限公司负责对公司拥有西藏扎布耶盐湖的盐湖提锂。"))
                .extracting(b -> b.region().code()).containsExactly("540200");
        assertThat(evidenceAt("西藏矿业发展股份有限公司", "540100", "lithium")).as("西藏矿业's lithium at its 拉萨 seat").singleElement()
                .satisfies(evidence -> assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.HALF_AT_SEAT));
    }

    /**
     * Where a power producer built its stations is where it runs them (fact check 25: 立新能源's 哈密 wind and solar stood
     * nowhere but at its 乌鲁木齐 seat, 在哈密、昌吉…等地建设投资了一批…新能源项目); those sites carry what it runs, not what
     * it makes, and a planned project names no site.
     */
    @Test
    void aPowerProducersBuiltProjectsAreWhereItRunsThem() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("公司在哈密、昌吉、乌鲁木齐、奎屯、塔城等地建设投资了一批具有较好经济效益和社会效益的新能源项目。"))
                .allMatch(BaseExtractor.Base::projectSite).extracting(b -> b.region().nameZh()).contains("哈密市", "昌吉回族自治州", "塔城地区");
        assertThat(extractor.bases("公司计划在哈密投资建设风电项目。")).as("a planned project").isEmpty();
        // fact check 31: an operator's own airfields (中信海直) and a builder-operator's built projects (上海环境)
        assertThat(extractor.bases("在深圳南头、天津塘沽、湛江坡头、海南东方设有4个自有直升机场。")).allMatch(BaseExtractor.Base::projectSite)
                .extracting(b -> b.region().code()).contains("440800", "120000");
        assertThat(extractor.bases("公司在上海、成都、洛阳、蒙城等地建成多个示范性标杆项目。")).allMatch(BaseExtractor.Base::projectSite)
                .extracting(b -> b.region().code()).contains("410300", "341600");
        assertThat(extractor.bases("公司在宜宾建成年产20GWh动力电池生产基地项目。")).as("a production base called a project")
                .isNotEmpty().noneMatch(BaseExtractor.Base::projectSite);
        assertThat(extractor.bases("公司在宜宾建有生产基地。")).as("a factory is no project site").noneMatch(BaseExtractor.Base::projectSite);
        java.util.List<java.util.Map<String, Object>> hami = jdbc.queryForList("""
                select n.code, s.evidence from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                join chain_node n on n.id = s.node_id
                where e.name_zh = '新疆立新能源股份有限公司' and s.region_code = '650500' and s.role = 'PRODUCES'""");
        assertThat(hami).as("立新能源's 哈密 stations").isNotEmpty()
                .allSatisfy(row -> assertThat(RealEnterprises.OPERATED.stream().map(code -> code.substring(code.indexOf('/') + 1)))
                        .contains((String) row.get("code")))
                .allSatisfy(row -> assertThat((String) row.get("evidence")).endsWith(org.chainatlas.platform.data.EvidenceNotes.RUN_AT_PROJECT));
    }

    /**
     * Places as fact checks 37 to 46 found them written: the projects a company supplied (青鸟消防's 北京奥运会…上海特斯拉工厂) and
     * what it once was (建设工业's 汉阳兵工厂) name none of its plants; a count of bases in quotes is no title (“五省市七基地”), nor
     * are plants named in quotes and counted after them (通化金马); an industry laid out in places names its plants (星星科技); a
     * place straight after its province is in it (甘肃省河西地区 is no 天津 district); a county the segmenter split is read whole;
     * places after a clause naming sites are theirs; a subsidiary named by its place only is no plant; and a power producer's
     * own projects (新天) and bases (中节能风电: 以河北张北…为基地) are where it generates.
     */
    @Test
    void placesAreReadAsTheFactChecksFoundThemWritten() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        // fact check 37
        assertThat(extractor.bases("公司还是北京奥运会、上海世博会、北京大兴国际机场、苏州东方之门、上海特斯拉工厂等项目的供应商。")).as("青鸟消防")
                .isEmpty();
        assertThat(extractor.bases("重庆建设工业前身为张之洞创办的汉阳兵工厂。")).as("建设工业's origin").isEmpty();
        assertThat(extractor.bases("目前，公司分布在重庆巴南、江津、九龙坡，四川彭州、云南昆明、河北承德、江苏盐城“五省市七基地”。"))
                .extracting(b -> b.region().code()).contains("510100", "530100", "130800", "320900");
        assertThat(extractor.bases("公司获评“浙江省智能工厂”。")).as("a quoted title still").isEmpty();
        assertThat(extractor.bases("公司产业布局在浙江台州、江西萍乡、广东珠海、广东东莞等地区。")).extracting(b -> b.region().code())
                .containsExactly("331000", "360300", "440400", "441900");
        assertThat(extractor.bases("所属光伏电站、风电场主要位于甘肃省河西地区。")).as("the Hexi corridor").extracting(b -> b.region().code())
                .doesNotContain("120000");
        assertThat(extractor.bases("公司所属张家口沽源东辛营200MW风电项目已全容量并网。")).allMatch(BaseExtractor.Base::projectSite)
                .extracting(b -> b.region().code()).containsExactly("130700");
        assertThat(evidenceAt("中节能风力发电股份有限公司", "130700", "power-generation")).as("中节能风电's 张北 base").isNotEmpty()
                .allSatisfy(evidence -> assertThat(evidence).endsWith(org.chainatlas.platform.data.EvidenceNotes.RUN_AT_PROJECT));
        // a power producer's factory of another trade is no power station (云南能投's 普洱 salt works, a 国家级绿色工厂): it makes
        // the salt (fact check 123: the class 新型电力 may work in the chemical chain)
        assertThat(producedAt("云南能源投资股份有限公司", "530800")).as("云南能投 in 普洱").doesNotContain("power-generation")
                .contains("salt-brine");
        // …nor is its equipment works: a generator's rooftop PV is run on the roofs, not made at its 鸡西 装备制造基地 (fact checks
        // 180 and 181: 嘉泽: 在黑龙江鸡西市投资建设了中车·嘉泽新能源装备制造基地、鸡冠区嘉泽数字储能电池制造园区)
        assertThat(producedAt("嘉泽新能源股份有限公司", "230300")).as("嘉泽 in 鸡西").doesNotContain("distributed-pv", "power-generation");
        assertThat(producedAt("嘉泽新能源股份有限公司", "640300")).as("嘉泽 at its 吴忠 seat").contains("distributed-pv");
        // fact check 38
        assertThat(extractor.bases("公司拥有“通化金马药业、哈尔滨圣泰制药、成都永康制药、河南源首药业”四家生产基地。"))
                .extracting(b -> b.region().code()).contains("220500", "230100", "510100");
        // fact checks 40 and 41: a county the segmenter split (洮南 + 市; 辽宁 + 彰 + 武), places after the sites' clause
        // (通富微电: 布局了九大生产基地，覆盖中国南通、合肥…), but not a network covering others' bases (盛航海运)
        assertThat(extractor.bases("建设敦化市吉林敖东工业园、洮南市吉林敖东植物化学药生产基地。")).extracting(b -> b.region().code())
                .contains("222400", "220800");
        assertThat(extractor.bases("公司在重庆北碚、湖北十堰、辽宁彰武等地建有生产基地。")).extracting(b -> b.region().code())
                .contains("500000", "420300", "210900");
        assertThat(extractor.bases("在全球范围内布局了九大生产基地，覆盖中国南通、合肥、厦门、苏州以及马来西亚槟城等地。"))
                .extracting(b -> b.region().code()).contains("320600", "340100", "350200", "320500");
        assertThat(extractor.bases("以武汉到上海的长江航线为横轴的运输网络，覆盖渤海湾、长三角等国内主要化工生产基地。")).as("盛航海运").isEmpty();
        // fact check 84: industrial parks a company built are its sites (航天晨光's 沈阳 park), the park it is located in is not
        assertThat(extractor.bases("公司在南京、北京、上海、重庆、沈阳等城市建有工业园区。")).extracting(b -> b.region().code())
                .as("航天晨光").containsExactly("320100", "110000", "310000", "500000", "210100");
        // …also where their list is long (fact check 120: 德赛电池's 长沙望城 park had not been placed)
        assertThat(extractor.bases("德赛电池拥有惠州仲恺、惠州惠南、长沙望城、越南北江等多个工业园区，配套设施齐全。"))
                .extracting(b -> b.region().code()).as("德赛电池").contains("441300", "430100");
        assertThat(extractor.bases("公司创建于1989年10月，位于杭州市钱塘区临江工业园区，主要生产各种高性能有机颜料。")).as("百合花's seat")
                .extracting(b -> b.region().code()).doesNotContain("220600");
        // fact check 86: places that hold a base or only an office (康达新材 — its 唐山 'base' had made 唐山's specialty resins present)
        assertThat(extractor.bases("公司在上海、北京、天津、深圳、西安、成都、香港、福建、唐山等地设有子公司、生产基地或分支机构。")).as("康达新材")
                .isEmpty();
        // fact check 100: laboratories and experimental bases make nothing (诺禾致源's 上海 lab had been an IVD plant)
        assertThat(extractor.bases("企业总部位于北京，在北京、天津、广州、上海、美国、英国、德国、新加坡、泰国、韩国、日本设有实验室或实验基地。"))
                .as("诺禾致源").isEmpty();
        assertThat(extractor.bases("公司拥有合川原烟气净化综合实验基地、催化剂性能检测中心和活性焦脱硫脱硝中试实验基地。")).as("远达环保").isEmpty();
        // fact check 102: the last place of the list in a short clause of its own (深南电路's 广州 substrate plant had been lost)
        assertThat(extractor.bases("公司主要生产基地位于中国深圳、江苏无锡和南通，以及广东广州。")).extracting(b -> b.region().code())
                .as("深南电路").containsExactlyInAnyOrder("440300", "320200", "320600", "440100");
        // fact check 46 (博力威's 香港子公司, beside its two 东莞 plants)
        assertThat(extractor.bases("公司拥有两大锂电池生产制造基地以及印尼子公司、比利时子公司、香港子公司。")).extracting(b -> b.region().code())
                .doesNotContain("810000");
    }

    /**
     * Fact check 43: a seed article that names a company and no plant of it gives it none (特锐德 spoke at the 2025 Sichuan
     * event: its 青岛 "factory" cited those words), while an article naming a plant gives one (宁德时代 in 宜宾).
     */
    @Test
    void aReportNamingNoPlantGivesNone() {
        assertThat(jdbc.queryForObject("""
                select count(*) from enterprise_facility f join enterprise e on e.id = f.enterprise_id
                where e.name_zh = '青岛特锐德电气股份有限公司' and f.source = 'SEED'""", Long.class)).as("特锐德's seed plants").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from enterprise_facility f join enterprise e on e.id = f.enterprise_id
                where e.name_zh = '宁德时代新能源科技股份有限公司' and f.source = 'SEED' and f.region_code = '511500'""", Long.class))
                .as("宁德时代's 宜宾 plant").isOne();
    }

    /**
     * Fact check 36: a material written out before a site word is what the base makes (有研新材, filed for targets and rare
     * earths: 现有山东德州和北京顺义两处…半导体硅材料生产基地 — 德州 showed its targets and rare earths by presumption).
     */
    @Test
    void aBaseNamedForAMaterialOfAnotherSegmentMakesNoneOfTheCompanysOthers() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.nounsBeforeSites("现有山东德州和北京顺义两处国内一流的半导体硅材料生产基地")).containsExactly("半导体硅材料");
        assertThat(extractor.productsBeforeSites("现有山东德州和北京顺义两处国内一流的半导体硅材料生产基地")).containsExactly("");
        assertThat(extractor.nounsBeforeSites("公司在北京、合肥等地拥有多个新材料生产基地")).as("材料 alone says nothing").containsExactly("");
        java.util.List<String> dezhou = jdbc.queryForList("""
                select n.code from enterprise_segment s join enterprise e on e.id = s.enterprise_id join chain_node n on n.id = s.node_id
                where e.name_zh = '有研新材料股份有限公司' and s.region_code = '371400'""", String.class);
        assertThat(dezhou).as("有研新材 in 德州").doesNotContain("sputter-target", "rare-earth");
    }

    /**
     * The product a clause writes straight before a site word is read as the plant's kind: 天山铝业's 靖西 line makes alumina
     * (在广西靖西市已建成氧化铝生产线), and 百色 showed its battery foil, made in 江阴, as present by presumption. A site word after a
     * verb, a count, a place or a general word names no product.
     */
    @Test
    void theProductWrittenBeforeASiteWordIsRead() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.productsBeforeSites("在广西靖西市已建成氧化铝生产线")).containsExactly("氧化铝");
        assertThat(extractor.productsBeforeSites("公司在新疆石河子国家级经济技术开发区已建成电解铝生产线、高纯铝生产线"))
                .containsExactly("电解铝", "高纯铝");
        assertThat(extractor.productsBeforeSites("拥有河南登封、广东英德、四川成都、山东东营、海外泰国多个铝材生产基地")).containsExactly("铝材");
        assertThat(extractor.productsBeforeSites("在广东深圳、福建宁德、四川宜宾等地建有生产基地")).containsExactly("");
        assertThat(extractor.productsBeforeSites("公司建有连云港、西宁生产基地和上海研发基地")).containsExactly("", "");
        assertThat(extractor.productsBeforeSites("拥有杭州、宁波、衢州、嘉兴、海宁五大经营基地")).containsExactly("");
        assertThat(extractor.productsBeforeSites("公司在北京、合肥、成都等地拥有多个智造基地")).containsExactly("");
        assertThat(extractor.productsBeforeSites("公司建材生产基地集中在宜宾市")).containsExactly("");
        assertThat(extractor.productsBeforeSites("在宜宾建成全自动工厂和灯塔工厂")).containsExactly("", "");
    }

    /**
     * A city that begins the name of a subsidiary that makes something is a base (fact check 19: 高测's diamond-wire works in
     * 长治, 下设全资子公司长治高测新材料科技有限公司、壶关高测新材料科技有限公司…, stood nowhere on 长治's map); a trading subsidiary,
     * a name that begins with a province, or a stake names none.
     */
    @Test
    void aCityInTheNameOfAManufacturingSubsidiaryIsABase() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("公司下设全资子公司长治高测新材料科技有限公司、壶关高测新材料科技有限公司、洛阳高测精密机械有限公司。"))
                .extracting(b -> b.region().code()).containsExactly("140400", "410300");
        assertThat(extractor.bases("子公司亨通精密铜箔科技(德阳)有限公司从事锂电铜箔的生产。")).extracting(b -> b.region().code())
                .containsExactly("510600");
        assertThat(extractor.bases("公司设有全资子公司上海示例贸易有限公司、浙江福达合金材料科技有限公司。")).isEmpty();
        assertThat(extractor.bases("公司参股子公司长治示例新材料有限公司。")).isEmpty();
        // a name after 和 or a count (宝明: 控股子公司深圳市宝明新材料技术有限公司和赣州市宝明新材料技术有限公司)
        assertThat(extractor.bases("公司设立控股子公司深圳市示例新材料技术有限公司和赣州市示例新材料技术有限公司。"))
                .extracting(b -> b.region().code()).containsExactly("440300", "360700");
        assertThat(extractor.bases("公司下设两家全资子公司长治示例新材料有限公司。")).extracting(b -> b.region().code()).containsExactly("140400");
        assertThat(extractor.bases("公司规划设立子公司长治示例新材料有限公司。")).as("a plan").isEmpty();
        // fact check 23: new-energy and carbon works, and a list introduced by 旗下
        assertThat(extractor.bases("下设全资子公司洛阳高测精密机械有限公司、乐山高测新能源科技有限公司、宜宾高测新能源科技有限公司。"))
                .extracting(b -> b.region().code()).as("高测's wafer-slicing works").containsExactly("410300", "511100", "511500");
        assertThat(extractor.bases("旗下拥有抚顺炭素有限责任公司、眉山方大蓉光炭素有限责任公司等十余家子公司。"))
                .extracting(b -> b.region().code()).as("方大炭素").containsExactly("210400", "511400");
        // fact check 31: after 拥有 too (金浦钛业's 徐州 titanium dioxide), but not the listed companies a group owns
        assertThat(extractor.bases("公司是国内硫酸法钛白粉生产企业之一，拥有南京钛白化工有限责任公司、徐州钛白化工有限责任公司。"))
                .extracting(b -> b.region().code()).as("金浦钛业").containsExactly("320100", "320300");
        assertThat(extractor.bases("拥有新乡化纤股份有限公司、北京双鹭药业股份有限公司两个上市公司和新乡白鹭精纺科技有限公司等多个子公司。"))
                .as("a group's listed companies").isEmpty();
        // fact check 87: a subsidiary the company holds (安孚电池: 公司控股的福建南平南孚电池有限公司 — its whole battery business)
        assertThat(extractor.bases("公司控股的福建南平南孚电池有限公司系中国电池行业的知名企业。")).extracting(b -> b.region().code())
                .as("安孚's 南孚").containsExactly("350700");
    }

    /**
     * Places in a clause of their own after the one naming the sites (fact check 23: 升达's LNG plants in 子洲 and 米脂), not
     * when that clause says something of its own (伟创电气's research centres).
     */
    @Test
    void placesWrittenAfterTheSitesAreTheirs() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("公司拥有三个生产基地，分别位于江苏南通、四川宜宾和湖北荆门。")).extracting(b -> b.region().code())
                .containsExactly("320600", "511500", "420800");
        assertThat(extractor.bases("公司拥有两家LNG工厂，分别为榆林金源(位于陕西省子洲县)、米脂绿源(位于陕西省米脂县)，具有较强区域竞争优势。"))
                .extracting(b -> b.region().code()).containsExactly("610800");
        assertThat(extractor.bases("公司在苏州设立研发中心和生产基地，分别在深圳、西安设立研发中心。")).extracting(b -> b.region().code())
                .containsExactly("320500");
    }

    /** A place written as an item of a list of places is one, though not tagged a place (fact check 24: 国轩高科's 金寨). */
    @Test
    void aCountyListedAmongPlacesIsOne() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("在合肥、南京、宜春、滁州、金寨等地成立十四大电池生产基地。")).extracting(b -> b.region().code())
                .containsExactly("340100", "320100", "360900", "341100", "341500");
        assertThat(extractor.bases("在南京、金寨等地成立电池生产基地。")).extracting(b -> b.region().code()).containsExactly("320100", "341500");
        // a place two clauses name is read with both (fact check 33: 旗滨's 漳州, a float-glass and a PV-glass base)
        assertThat(extractor.bases("在福建漳州、广东河源建有大型浮法玻璃原片生产基地；在湖南郴州、福建漳州建有光伏玻璃基地")).filteredOn(b ->
                b.region().code().equals("350600")).singleElement().satisfies(b -> assertThat(b.clause()).contains("浮法玻璃", "光伏玻璃"));
        // before 以及 (fact check 32: 云南白药's 武定, a county of 楚雄)
        assertThat(extractor.bases("公司在昆明、大理、文山、丽江、武定以及江苏无锡、安徽合肥等部署生产基地")).extracting(b -> b.region().code())
                .contains("532300", "530100", "532900");
        // after a municipality, whose name stands as the province of the places after it (fact check 26: 福然德's 开封)
        assertThat(extractor.bases("目前已在上海、重庆、长春、宁德、开封、武汉建立生产基地")).extracting(b -> b.region().code())
                .containsExactly("310000", "500000", "220100", "350900", "410200", "420100");
    }

    /** 在X进行…的生产 names where it produces without a site word (fact checks 19 and 20: 国晟世安's 淮北 and 淮南 lines). */
    @Test
    void whereACompanyCarriesOutProductionIsABase() {
        BaseExtractor extractor = new BaseExtractor(places, regions);
        assertThat(extractor.bases("公司相继在安徽淮北、江苏徐州和安徽淮南进行异质结电池及组件的生产。")).extracting(b -> b.region().code())
                .containsExactly("340600", "320300", "340400");
        assertThat(extractor.bases("公司计划在安徽淮南进行组件生产。")).as("a plan").isEmpty();
        assertThat(extractor.bases("公司在安徽淮南进行安全生产检查。")).as("a safety inspection").isEmpty();
    }

    @Test
    void aPlantWhoseClauseNamesAProductOfAnotherKindMakesNoneOfTheCompanysSegments() {
        java.util.Map<String, Long> byRegion = new java.util.HashMap<>();
        jdbc.query("""
                select f.region_code, count(s.id) from enterprise_facility f join enterprise e on e.id = f.enterprise_id
                left join enterprise_segment s on s.facility_id = f.id where e.name_zh = '天山铝业集团股份有限公司'
                group by f.region_code""", rs -> {
            byRegion.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(byRegion).as("天山铝业's plants and their segments").containsEntry("451000", 0L).containsEntry("659002", 0L);
        assertThat(byRegion.get("320200")).as("江阴, where its battery foil lines are").isPositive();
    }

    /**
     * A segment nothing places is counted at the seat and says so (光正眼科's eye hospitals stand in 乌鲁木齐, its seat, by
     * presumption; its introduction names 上海、北京、广深、成渝 for the chain); power stations nothing places count there at half,
     * as they stand where the water or wind is (华能澜沧江's hydropower stood in 昆明 as a fact, while its dams are on the 澜沧江;
     * 中国长江电力's in 北京). A company whose introduction names a base in its seat's city (宁波韵升: 在宁波、包头、北京及青岛拥有
     * 四个生产基地) is not so marked, and plants never are.
     */
    @Test
    void aSegmentPlacedAtTheSeatOnlyBecauseItIsTheSeatSaysSo() {
        assertThat(evidenceAt("光正眼科医院集团股份有限公司", "650100", "hospitals")).as("光正眼科 at its seat")
                .singleElement().asString().endsWith(org.chainatlas.platform.data.EvidenceNotes.PLACED_AT_SEAT);
        assertThat(evidenceAt("华能澜沧江水电股份有限公司", "530100", "power-generation")).as("华能澜沧江 at its seat")
                .singleElement().asString().endsWith(org.chainatlas.platform.data.EvidenceNotes.STATIONS_HALF_AT_SEAT);
        assertThat(evidenceAt("中国长江电力股份有限公司", "110000", "power-generation")).as("长江电力 at its seat")
                .singleElement().asString().endsWith(org.chainatlas.platform.data.EvidenceNotes.STATIONS_HALF_AT_SEAT);
        assertThat(jdbc.queryForList("""
                select s.evidence from enterprise_segment s where s.facility_id is not null and s.evidence like ?""", String.class,
                "%" + org.chainatlas.platform.data.EvidenceNotes.PLACED_AT_SEAT + "%")).as("plants never say it").isEmpty();
        java.util.List<String> ningbo = jdbc.queryForList("""
                select s.evidence from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                where e.name_zh = '宁波韵升股份有限公司' and s.region_code = e.hq_region_code and s.facility_id is null
                and s.role = 'PRODUCES'""", String.class);
        assertThat(ningbo).as("宁波韵升 names 宁波 among its bases").isNotEmpty()
                .noneMatch(evidence -> evidence.contains(org.chainatlas.platform.data.EvidenceNotes.PLACED_AT_SEAT));
    }

    /**
     * A segment the introduction says is made at bases elsewhere, and not at the seat, counts at the seat at half: a head
     * office is no plant. Every segment so halved has a plant of the same company making it in another city.
     */
    @Test
    void aSegmentMadeAtBasesElsewhereCountsAtTheSeatAtHalf() {
        java.util.List<java.util.Map<String, Object>> halved = jdbc.queryForList("""
                select s.enterprise_id, s.node_id, s.confidence from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                where s.region_code = e.hq_region_code and s.facility_id is null and s.evidence like '%总部按半数计%'""");
        assertThat(halved).as("companies whose introductions name bases elsewhere for a segment").isNotEmpty();
        for (java.util.Map<String, Object> h : halved) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                    where s.enterprise_id = ? and s.node_id = ? and s.facility_id is not null and s.region_code <> e.hq_region_code""",
                    Long.class, h.get("enterprise_id"), h.get("node_id"))).as("a plant elsewhere makes it: " + h).isPositive();
            assertThat(((Number) h.get("confidence")).doubleValue()).isLessThanOrEqualTo(0.5 + 1e-9);
        }
    }
}
