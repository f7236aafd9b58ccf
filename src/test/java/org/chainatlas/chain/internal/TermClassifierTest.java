package org.chainatlas.chain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chainatlas.chain.CompanyText;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.chain.SegmentMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Rules of the dictionary classifier that exploratory testing showed wrong on real companies. */
class TermClassifierTest {

    private static TermClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = ShippedChains.classifier();
    }

    /** Every hit of the text containing {@code term} (there is one at least) is, or is not, in an application clause. */
    private static void assertApplication(String text, String term, boolean application) {
        assertThat(classifier.hits(text)).as(term + " in " + text).filteredOn(h -> h.text().contains(term)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.application()).isEqualTo(application));
    }

    /** The one hit of {@code term} in the text is, or is not, read as something the company makes. */
    private static void assertMade(String text, String term, boolean made, String why) {
        assertThat(classifier.hits(text)).as(term + " in " + text).filteredOn(h -> h.text().equals(term)).singleElement()
                .satisfies(h -> assertThat(h.made()).as(why).isEqualTo(made));
    }

    /** The one hit of {@code term} in the text is excluded for {@code node} (for every segment it names, with null). */
    private static void assertExcluded(String text, String term, String node) {
        assertThat(classifier.hits(text)).as(term + " in " + text).filteredOn(h -> h.text().equals(term)).singleElement()
                .satisfies(h -> assertThat(h.terms()).filteredOn(t -> node == null || node.equals(t.nodeCode()))
                        .extracting(Dictionary.Term::strength).containsOnly(Dictionary.Strength.EXCLUDE));
    }

    private static List<String> nodes(CompanyText text) {
        return classifier.company(text).stream().filter(m -> m.nodeCode() != null).map(SegmentMatch::nodeCode).toList();
    }

    /**
     * A company an exploratory fact check found misfiled (or not filed), as its texts read: the segments it must be filed
     * for, and those it must not (one row of {@code classifier/fact-checked-companies.tsv}, grouped there by what the
     * rows show, each group with the fact check that found it).
     */
    @ParameterizedTest(name = "{1}")
    @CsvFileSource(resources = "/classifier/fact-checked-companies.tsv", delimiter = '\t', quoteCharacter = '\u0001',
            maxCharsPerColumn = 65536)
    void aFactCheckedCompanyIsFiledAsItsTextsSay(String group, String who, String name, String mainBusiness, String introduction,
            String industryClass, String filed, String notFiled) {
        assertThat(filed != null || notFiled != null).as("a row says what the company must or must not be filed for").isTrue();
        List<String> nodes = nodes(new CompanyText(name, mainBusiness, introduction, industryClass));
        if (filed != null) {
            assertThat(nodes).as(who + " (" + group + ")").contains(filed.trim().split(" +"));
        }
        if (notFiled != null) {
            assertThat(nodes).as(who + " (" + group + ")").doesNotContain(notFiled.trim().split(" +"));
        }
    }

    /**
     * Fact check 117: a wholesaler whose main business says 医药产品的批发 is filed for distributing as surely as its main
     * business says it (柳药集团, Guangxi's largest: 0.56 from its introduction's 医药批发 alone, below its own manufacturing, and
     * only WEAK in 柳州).
     */
    @Test
    void drugWholesaleAsTheExchangeWritesItIsDistribution() {
        double confidence = classifier.company(new CompanyText("示例医药集团股份有限公司", "公司主要从事药品,医疗器械等医药产品的批发和零售业务.",
                "公司经过七十多年来在医药大健康领域的深耕细作，形成以“医药批发、医药零售、医药工业为主业，供应链增值服务、医药互联网服务、终端健康服务等"
                        + "多元化业务协同发展。", "医药商业")).stream().filter(m -> "distribution".equals(m.nodeCode()))
                .mapToDouble(SegmentMatch::confidence).max().orElse(0);
        assertThat(confidence).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * Fact checks 106 and 107: where a company began is no product (光莆: 公司从半导体集成电路封装起步), nor the technologies it
     * uses (厦门路桥信息: 运用…云计算等新一代信息技术), nor what related equipment is for (星云电子: 锂电池相关研发、生产设备), nor
     * the hospitals a distributor deals with (浙江震元), nor the fields a business covers (南方路面: 覆盖…建筑垃圾资源化再生利用等
     * 领域 — not 业务覆盖, its own businesses); float glass listed before glass for cars is made (福耀).
     */
    @Test
    void beginningsTechnologiesUsedRelatedEquipmentAndDealingsAreNoProducts() {
        assertApplication("公司从半导体集成电路封装起步，以半导体光传感技术为核心驱动力", "集成电路封装", true);
        assertApplication("公司从事半导体集成电路封装业务", "集成电路封装", false);
        assertApplication("运用人工智能,物联网,大数据,云计算等新一代信息技术为交通领域提供信息化产品", "大数据", true);
        assertApplication("运用人工智能,物联网,大数据,云计算等新一代信息技术为交通领域提供信息化产品", "云计算", true);
        assertApplication("公司提供大数据和云计算服务", "云计算", false);
        assertApplication("除了锂电池相关研发、生产设备及检测服务外，公司还布局新能源", "锂电池", true);
        assertApplication("与省内公立医院、民营医院、基层医疗卫生机构等长年保持业务往来", "民营医院", true);
        assertApplication("公司下属民营医院三家", "民营医院", false);
        assertApplication("从事浮法玻璃及汽车用玻璃制品的生产及销售", "浮法玻璃", false);
        assertApplication("从事浮法玻璃及汽车用玻璃制品的生产及销售", "汽车", true);
        assertApplication("覆盖矿山破碎筛分、骨料加工处理、建筑及筑路材料搅拌、建筑垃圾资源化再生利用等领域", "建筑垃圾资源化", true);
        assertApplication("业务覆盖多剂型的创新药、生物药、仿制药及特色原料药等多个领域", "仿制药", false);
    }

    /**
     * Fact checks 110 and 111: what a company turned from is no product (凯盛新能源: 从传统平板玻璃向信息显示玻璃的全面转型), nor a
     * clause of plans (伟明环保: 规划产品线涵盖…电池级硫酸镍), nor a registered scope pasted after the main business (天宏锂电:
     * …一般项目:…变压器,整流器和电感器制造); a main business that is the scope alone is read as it is.
     */
    @Test
    void formerBusinessesPlansAndPastedScopesAreNoProducts() {
        assertApplication("2015年，公司实现了从传统平板玻璃向信息显示玻璃的全面转型", "平板玻璃", true);
        assertApplication("下游在国内建设锂电池新材料产业基地，规划产品线涵盖冰镍、电池级硫酸镍、电解镍", "硫酸镍", true);
        assertApplication("公司生产电池级硫酸镍", "硫酸镍", false);
        assertThat(TermClassifier.withoutRegisteredScope("锂离子电池模组的研发,设计,组装及销售一般项目:电池制造;变压器,整流器和电感器制造"))
                .isEqualTo("锂离子电池模组的研发,设计,组装及销售");
        assertThat(TermClassifier.withoutRegisteredScope("许可项目:药品生产;兽药生产")).isEqualTo("许可项目:药品生产;兽药生产");
        assertThat(TermClassifier.withoutRegisteredScope("危险废物经营(依法须经批准的项目,经相关部门批准后方可开展经营活动)一般项目:大气污染治理"))
                .startsWith("危险废物经营").endsWith("大气污染治理");
    }

    /**
     * Fact check 106: 橡塑 (rubber and plastics at large, 橡塑制品 their products) names no engineering plastics (浙江仙居经济开发区:
     * 医药、橡塑、工艺美术品 — 台州 showed engineering plastics weak on it).
     */
    @Test
    void rubberAndPlasticsAtLargeAreNoEngineeringPlastics() {
        assertThat(classifier.phrase("医药、橡塑、工艺美术品")).extracting(SegmentMatch::nodeCode).doesNotContain("eng-plastics");
        assertThat(classifier.phrase("橡塑制品、机械、商贸物流")).extracting(SegmentMatch::nodeCode).doesNotContain("eng-plastics");
        assertThat(classifier.phrase("工程塑料、新材料")).extracting(SegmentMatch::nodeCode).contains("eng-plastics");
        // fact check 108: nor do energy-saving window profiles name wall materials (山东河口经济开发区: 石化、节能型材、石油装备)
        assertThat(classifier.phrase("石化、节能型材、石油装备")).extracting(SegmentMatch::nodeCode).doesNotContain("wall-insulation");
    }

    /**
     * Fact check 84: 包括用于X的Y lists Y as made, X as its use (中触媒: 公司主要产品包括用于环保行业的脱硝分子筛 — 大连's DeNOx
     * catalyst maker had no segment); nothing says the products are Y in 产品主要用于X的Y.
     */
    @Test
    void aProductNamedAfterItsUseIsMade() {
        assertApplication("公司主要产品包括用于环保行业的脱硝分子筛、用于能源化工及精细化工行业的催化剂", "脱硝分子筛", false);
        assertApplication("公司主要产品包括用于环保行业的脱硝分子筛", "环保", true);
        assertApplication("公司的正极材料主要用于新能源汽车的动力电池", "动力电池", true);
    }

    /** Fact check 138: brands a product goes into are customers (英力, laptop casings); a brand of the company's own is its product. */
    @Test
    void theBrandsAProductGoesIntoAreCustomersAndABrandOfItsOwnIsMade() {
        assertApplication("服务的笔记本电脑终端应用品牌包括联想、戴尔、惠普、宏碁等全球主流笔记本电脑品牌。", "笔记本电脑", true);
        assertApplication("产品最终应用于联想、惠普等全球主流笔记本电脑品牌", "笔记本电脑", true);
        assertApplication("传音旗下拥有新兴市场知名手机品牌TECNO、itel及Infinix", "手机", false);
        assertApplication("构建了阿维塔、深蓝汽车等五大自主汽车品牌", "汽车", false);
        assertApplication("公司生产的笔记本电脑品牌营销覆盖全国", "笔记本电脑", false);
    }

    /** Fact check 140: an item ending in the word after a later item's 用 is a product of that kind, not what it is for (华菱). */
    @Test
    void aProductOfTheKindListedBeforeXUsedYIsMade() {
        assertMade("已成功开发出耐磨钢、中高碳合金钢、电工钢、汽车用钢等系列产品", "电工钢", true, "electrical steel, beside steel for cars");
        assertMade("主要产品为乘用车、商用车用轮胎", "乘用车", false, "tyres for cars and trucks");
    }

    /**
     * Fact check 178: the 三七 park's 三七生物资源加工 is the herb segment (文山, the centre of 三七 growing, showed herbs missing:
     * 三七, a weak word, counted 0.34 inside the longer phrase).
     */
    @Test
    void aZoneProcessingTheHerbItGrowsIsTheHerbSegment() {
        assertThat(classifier.phrase("三七生物资源加工")).filteredOn(m -> m.confidence() >= SegmentClassifier.ACCEPT)
                .extracting(SegmentMatch::nodeCode).contains("tcm-herbs");
    }

    /**
     * Fact check 185: a zone's 盐碱化工 is salt and the soda made from it (德令哈, 海西's soda-ash works, showed basic chemicals
     * missing: the phrase read as brine only).
     */
    @Test
    void aZonesSaltAndSodaChemistryIsBrineAndBasicChemicals() {
        assertThat(classifier.phrase("盐碱化工")).filteredOn(m -> m.confidence() >= SegmentClassifier.ACCEPT)
                .extracting(SegmentMatch::nodeCode).contains("salt-brine", "basic-chemicals");
    }

    /**
     * Fact check 143: a zone's coal processing (煤炭加工: 水城, 大方, 纳雍) is the coal-coking segment, as the labels have it; coal
     * mining alone is labelled no coking (煤炭开采洗选).
     */
    @Test
    void aZonesCoalProcessingIsCokingAndItsMiningAloneIsNot() {
        assertThat(classifier.phrase("煤炭加工")).filteredOn(m -> m.confidence() >= SegmentClassifier.ACCEPT)
                .extracting(SegmentMatch::nodeCode).contains("coal-coking");
        assertThat(classifier.phrase("煤炭开采洗选")).filteredOn(m -> m.confidence() >= SegmentClassifier.ACCEPT).isEmpty();
    }

    /** Fact check 144: a capacity straight before a product makes it, unless the clause builds or plans it. */
    @Test
    void aCapacityBeforeAProductMakesItUnlessItIsBuiltOrPlanned() {
        assertThat(nodes(new CompanyText("示例化工股份有限公司", "主要产品:磷铵,水泥.", "公司拥有30万吨磷铵、100万吨原盐、40万吨硫酸生产规模。",
                "化工原料"))).contains("salt-brine");
        assertThat(nodes(new CompanyText("示例化工股份有限公司", "主要产品:磷铵,水泥.", "公司正在建设100万吨原盐、40万吨硫酸装置。",
                "化工原料"))).doesNotContain("salt-brine");
    }

    /** Fact check 145: a zone's 冶金 is iron and steel (承德: 黑色金属采冶压延加工, 钢延产品, 矿山冶金), 有色冶金 is not. */
    @Test
    void aZonesMetallurgyIsSteelAndItsNonFerrousMetallurgyIsNot() {
        for (String phrase : List.of("冶金", "黑色金属采冶压延加工", "钢延产品", "矿山冶金")) {
            assertThat(classifier.phrase(phrase)).as(phrase).filteredOn(m -> m.confidence() >= SegmentClassifier.ACCEPT)
                    .extracting(SegmentMatch::nodeCode).contains("steel");
        }
        assertThat(classifier.phrase("有色冶金")).extracting(SegmentMatch::nodeCode).doesNotContain("steel");
    }

    /** Fact check 145: a zone's 复合材料 is glass-fibre FRP as much as aircraft composites (枣强, 冀州), as the labels have it. */
    @Test
    void aZonesCompositesAreGlassFibreAsWellAsAircraftComposites() {
        assertThat(classifier.phrase("复合材料")).filteredOn(m -> m.confidence() >= SegmentClassifier.ACCEPT)
                .extracting(SegmentMatch::nodeCode).contains("composites", "carbon-composite");
    }

    /**
     * Fact check 85: the operators and equipment makers a service provider works for are its customers (中通国脉, network
     * services: 为基础电信运营商和通信设备商提供…), and the names of licences in quotes are no products (its “通信基站/线路代维甲级资质”).
     */
    @Test
    void operatorsServedAndLicencesNamedAreNoProducts() {
        assertApplication("致力于为基础电信运营商和通信设备商提供通信网络工程和维护综合技术服务", "通信设备", true);
        assertThat(classifier.hits("公司拥有“通信基站/线路代维甲级资质”等二十余项资质")).extracting(TermClassifier.Hit::text)
                .doesNotContain("基站");
        assertThat(classifier.hits("公司生产通信基站天线")).extracting(TermClassifier.Hit::text).contains("基站");
    }

    /**
     * Fact check 88: what a product range leaves out (除X外的) is not made, also across a comma list (威海广泰: 产品涵盖了除旅客登机
     * 廊桥,摆渡车,垃圾车,飞机维修作业平台外的大部分地面空港设备 — 威海's only aircraft-maintenance company); 海外的 closes no 除.
     */
    @Test
    void whatARangeLeavesOutIsNotMade() {
        assertApplication("产品涵盖了除旅客登机廊桥,摆渡车,垃圾车,飞机维修作业平台外的大部分地面空港设备", "飞机维修", true);
        assertApplication("公司提供飞机维修服务,并承接海外的工程", "飞机维修", false);
        assertApplication("主要产品为除草剂,飞机维修作业平台外的其他设备由子公司生产", "飞机维修", false);
    }

    /**
     * Fact check 84: X及配套Y is Y of the company's own (智达信: 智慧公交领域系统平台软件,硬件及配套嵌入式软件 — 大连's only embedded
     * software company had no segment), while 为X配套 names what its products go into.
     */
    @Test
    void whatGoesWithAProductIsMade() {
        assertApplication("智慧公交领域系统平台软件,硬件及配套嵌入式软件", "嵌入式软件", false);
        assertApplication("公司为多家整车厂配套嵌入式软件", "嵌入式软件", true);
    }

    /**
     * Fact check 75: a kind singled out of a list (特别是…) and the list before it share the part word after it (杭可, 杭州's
     * only cell maker on the map: 致力于各类可充电电池,特别是锂离子电池的后处理系统 — formation equipment, no cells).
     */
    @Test
    void aKindSingledOutSharesThePartWordWithItsList() {
        assertApplication("致力于各类可充电电池,特别是锂离子电池的后处理系统的设计,研发,生产与销售.", "电池", true);
        assertApplication("公司生产各类可充电电池,特别是锂离子电池。", "电池", false);
    }

    /**
     * Fact check 74: an honour's name after 获得 names a field, not a product (宇瞳光学, lenses: 并获得中国智慧城市建设推荐品牌、
     * 安防行业创新奖 — 东莞's only smart-city company); a term that a quoted award name follows later still counts.
     */
    @Test
    void anHonourAfterItsVerbNamesAField() {
        assertApplication("并获得中国智慧城市建设推荐品牌、安防行业创新奖、中国安防百强企业等荣誉", "智慧城市", true);
        assertApplication("先后获得北京市政基础设施竣工“长城杯金质奖”", "基础设施", false);
    }

    /**
     * Fact check 76: a part used for a product's packaging is for the product (天洋新材: 太阳能电池封装用EVA胶膜 — film, no
     * cells), and for that product only: the item before it in a list is a product of its own (聚合: 风电叶片用环氧树脂、电子封装用
     * 环氧树脂); 用电 is electricity use (朗新: 电力信息化行业的用电领域).
     */
    @Test
    void aPartUsedForAProductsPackagingIsForTheProductOnly() {
        assertApplication("主要产品:太阳能电池封装用EVA胶膜,热熔胶膜", "太阳能电池", true);
        assertApplication("主营业务为风电叶片用环氧树脂、电子封装用环氧树脂的研发", "叶片用环氧树脂", false);
        assertApplication("公司业务主要集中于电力信息化行业的用电领域", "电力信息化", false);
    }

    /**
     * An item carrying its abbreviation or an example in brackets stays in the list a part word after its 等 qualifies
     * (东华软件: 与国产芯片(飞腾)、国产操作系统(统信、麒麟)、国产数据库(达梦数据库)等生态厂商适配验证 — partners, no database of its own).
     */
    @Test
    void anItemWithItsBracketStaysInItsList() {
        assertApplication("积极与国产芯片(飞腾)、国产操作系统(统信、麒麟)、国产数据库(达梦数据库)等生态厂商适配验证", "国产数据库", true);
        assertApplication("公司自主研发国产数据库(达梦)和中间件", "国产数据库", false);
    }

    /**
     * Fact check 80: a system that tests or assembles a product, after words saying how, is no product of its own (星云电子:
     * 锂电池成品检测系统, 动力电池工况模拟测试系统 — 福州's only 'cell and pack maker').
     */
    @Test
    void aSystemThatTestsOrAssemblesAProductIsNoProduct() {
        assertApplication("主要产品:锂电池保护板检测系统,锂电池成品检测系统", "锂电池", true);
        assertApplication("公司研发的第三代动力电池工况模拟测试系统", "动力电池", true);
        assertApplication("公司生产锂电池成品，配套检测", "锂电池", false);
    }

    /** Fact check 77: the platforms software runs on are no operating system of its own (金山办公's WPS Office). */
    @Test
    void thePlatformsSoftwareRunsOnAreNotItsProduct() {
        assertApplication("WPS Office能在Windows、Linux、Android等众多主流操作系统上流畅运行", "操作系统", true);
        // fact check 103: 在X、Y…等应用上 names uses (帝科, silver paste — 无锡's cells rested on it)
        assertApplication("公司正面银浆在常规单/多晶电池、金刚线黑硅电池、PERC单/多晶电池、N-PERT电池及高目数细线径网版和无网结网版印刷等各个应用上的"
                + "技术水平及产品质量得到客户广泛认可。", "多晶电池", true);
        // fact check 105: research topics closed by 等…技术攻关 (佛燃, a gas distributor — 佛山's only 'fuel-cell maker'), not research on
        // the company's own products (天能重工's towers)
        assertApplication("并持续开展SOFC固体氧化物燃料电池、氢能装备制造研发等科技技术攻关", "燃料电池", true);
        assertApplication("深化大功率海上风电塔筒及基础结构的技术攻关", "塔筒", false);
        // fact check 101: the whole list of platforms, however long (金山办公's first item had counted as an OS of its own)
        assertApplication("WPS Office办公软件及WPS云文档等产品能在Windows、Linux、macOS、Android、iOS、HarmonyOS等众多主流操作系统上流畅运行",
                "LINUX", true);
        assertApplication("公司自主研发的操作系统已在多款设备上运行", "操作系统", false);
    }

    /** 宁德时代 was filed as a vehicle maker for the standard 《电动客车安全技术条件》 named in its introduction. */
    @Test
    void aTitleInBookMarksSaysWhatTheTextIsAboutNotWhatTheCompanyMakes() {
        String standard = "公司参与起草了《电动客车安全技术条件》等多项国家标准。";
        assertThat(TermClassifier.insideTitles(standard)[standard.indexOf("电动客车")]).isTrue();
        assertThat(TermClassifier.insideTitles(standard)[standard.indexOf("多项")]).isFalse();
        assertThat(classifier.hits(standard)).extracting(TermClassifier.Hit::text).doesNotContain("电动客车");
        assertThat(classifier.hits("公司生产电动客车。")).extracting(TermClassifier.Hit::text).contains("电动客车");
        assertThat(nodes(new CompanyText("示例电池有限公司", "动力电池系统、储能系统的研发、生产和销售", standard, null)))
                .doesNotContain("vehicle");
        // a segment written straight before another of its chain qualifies it: 新能源汽车动力电池系统 is a battery system
        List<String> batteries = nodes(new CompanyText("示例电池有限公司", "新能源汽车动力电池系统、储能系统的研发、生产和销售", null, null));
        assertThat(batteries).contains("battery-pack").doesNotContain("vehicle");
        assertThat(classifier.hits("新能源汽车动力电池系统")).filteredOn(h -> h.text().equals("新能源汽车"))
                .singleElement().satisfies(h -> assertThat(h.application()).isTrue());
        // the same words outside the marks still count
        assertThat(nodes(new CompanyText("示例客车有限公司", "电动客车的研发、生产和销售", "公司主要生产电动客车。", null)))
                .contains("vehicle");
    }

    /** 四川福蓉科技 makes aluminium housings for phones and laptops, not phones and laptops (成都's 智能手机 was 已具备 for it). */
    @Test
    void aProductWrittenBeforeAPartWordIsWhatThePartIsFor() {
        String fulong = "从事消费电子产品铝制结构件材料的研发,生产及销售.公司产品包括智能手机外壳和中框材料,平板电脑外壳材料,笔记本电脑外壳材料等,"
                + "主要是智能手机外壳和中框的精锯件.";
        assertThat(classifier.hits(fulong)).filteredOn(h -> h.text().equals("智能手机")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.application()).isTrue());
        // a list shares the part word: 乘用车、客车、商用车车轮 are wheels for each
        assertThat(classifier.hits("乘用车、客车、商用车车轮的生产")).filteredOn(h -> h.terms().stream().anyMatch(t -> t.nodeCode() != null))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isTrue());
        // the product alone, or before a word that is no part of it, still counts
        assertThat(classifier.hits("公司生产智能手机和平板电脑")).filteredOn(h -> h.text().equals("智能手机"))
                .singleElement().satisfies(h -> assertThat(h.application()).isFalse());
        assertThat(classifier.hits("乘用车、客车的研发")).filteredOn(h -> h.text().equals("乘用车"))
                .allSatisfy(h -> assertThat(h.application()).isFalse());
        // …nor a list of members of the class its head term names, in the same segment (和胜, fact check 133: battery enclosures
        // are battery structural parts), while a list before another segment's part stays what the part is for (福蓉)
        assertApplication("新能源业务的主要产品包括：新能源汽车电池箱体、电池箱体配件、模组结构件、电芯外壳等电池结构件产品", "电芯外壳", false);
        assertApplication("主要产品包括电池箱体、电芯外壳等电池结构件产品", "电池箱体", false);
        assertApplication("手机、平板电脑、笔记本电脑等消费电子产品铝制结构件材料", "笔记本电脑", true);
    }

    /**
     * Wrong facts a locality official caught (2026-12-04 review): 太阳电缆 filed under silicones for its 硅橡胶电缆, 重庆国际复材
     * under limestone for the ores its glass fibre is melted from, 长虹美菱 under data storage for its ultra-low-temperature
     * freezers, 欧普康视 under contract research for the trials of its own lenses.
     */
    @Test
    void cablesRawMaterialsFreezersAndOwnTrialsAreNotWhatTheCompanyMakes() {
        assertThat(nodes(new CompanyText("示例电缆股份有限公司", "主要产品:交联电力电缆,硅橡胶电缆,耐高温电缆,船用电缆", null, "电气设备")))
                .doesNotContain("silicones");
        assertThat(nodes(new CompanyText("示例硅橡胶有限公司", "硅橡胶、硅油的研发、生产和销售", null, "化工原料"))).contains("silicones");

        String glassFibre = "玻璃纤维是一种以白泡石、叶蜡石、高岭土、石英砂、石灰石等天然无机非金属矿石为原料，经高温熔制、拉丝而成的无机纤维。";
        assertThat(classifier.hits(glassFibre)).filteredOn(h -> h.text().equals("石灰石")).singleElement()
                .satisfies(h -> assertThat(h.application()).isTrue());
        assertThat(nodes(new CompanyText("示例复合材料股份有限公司", "玻璃纤维及其制品的研发,生产,销售.", glassFibre, "玻璃")))
                .doesNotContain("limestone").contains("composites");
        assertThat(classifier.hits("公司开采石灰石，年产石灰石500万吨。")).filteredOn(h -> h.text().equals("石灰石"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());

        assertThat(nodes(new CompanyText("示例家电股份有限公司", "主要产品:冰箱柜,空调,洗衣机和生物医疗低温存储设备等", null, "家用电器")))
                .doesNotContain("memory-storage");
        assertThat(nodes(new CompanyText("示例存储科技有限公司", "企业级存储设备、存储系统的研发和销售", null, "IT设备"))).contains("memory-storage");

        assertThat(nodes(new CompanyText("示例眼视光股份有限公司", "硬性角膜接触镜及护理产品的设计,研发,生产和销售",
                "公司产品已完成临床试验和注册申报。", "医疗保健"))).doesNotContain("cro");
        assertThat(nodes(new CompanyText("示例医药研发有限公司", "为医药企业提供临床研究服务和药物安全性评价", null, "医疗保健"))).contains("cro");
    }

    /**
     * Fact check 19 (2026-12-05): 中一科技's copper foil is 锂离子电池…制造的重要材料 (no cells), 山河药辅 makes 口服固体制剂类药用辅料
     * (excipients, no tablets), 万泰电子 plans clouds and data (未来…将进一步融合…云计算、大数据), 宿迁联盛's additives are used in
     * 改性塑料 (…等行业得到广泛应用).
     */
    @Test
    void whatAProductIsMaterialForCategoryOfPlannedOrUsedInIsNotMade() {
        String foil = "电解铜箔是锂离子电池、覆铜板和印制电路板制造的重要材料。";
        assertThat(classifier.hits(foil)).filteredOn(h -> h.text().equals("锂离子电池")).singleElement()
                .satisfies(h -> assertThat(h.application()).isTrue());
        assertThat(classifier.hits("公司生产锂离子电池。")).filteredOn(h -> h.text().equals("锂离子电池")).singleElement()
                .satisfies(h -> assertThat(h.application()).isFalse());

        assertThat(nodes(new CompanyText("示例药用辅料股份有限公司", "主要产品涵盖填充剂,黏合剂,崩解剂等常用口服固体制剂类药用辅料.", null, "化学制药")))
                .contains("excipients-packaging").doesNotContain("chem-drugs");
        assertThat(nodes(new CompanyText("示例制药股份有限公司", "主要产品为口服固体制剂和注射剂.", null, "化学制药"))).contains("chem-drugs");
        // what is written back to back before a term so joined names the same thing (黄山谷捷, heat sinks: 是新能源汽车电机控制器用
        // 功率半导体模块的重要组成部件 — no motors)
        assertThat(classifier.hits("产品是新能源汽车电机控制器用功率半导体模块的重要组成部件.")).filteredOn(h -> h.text().contains("电机"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isTrue());

        String plan = "公司主要从事矿用防爆设备的生产。未来在立足于软硬件产品的基础上，公司将进一步融合人工智能、云计算、大数据等技术。";
        assertThat(classifier.hits(plan)).filteredOn(h -> h.text().equals("云计算")).singleElement()
                .satisfies(h -> assertThat(h.application()).isTrue());
        String goingOn = "未来，公司将继续深耕云计算服务。";
        assertThat(classifier.hits(goingOn)).filteredOn(h -> h.text().contains("云计算")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.application()).isFalse());

        String used = "产品在农膜、塑编、人造草、木塑、改性塑料、涂料等行业得到广泛应用。";
        assertThat(classifier.hits(used)).filteredOn(h -> h.text().equals("改性塑料")).singleElement()
                .satisfies(h -> assertThat(h.application()).isTrue());
    }

    /**
     * Fact check 20 (2026-12-05): the institutions 翔宇医疗 supplies are no hospitals it runs (为全国各级医疗机构…提供系列康复产品),
     * 星星科技's 平板电脑等产品的视窗防护屏 are cover glass, not tablets, and 江钨稀贵装备's float glass is its former business
     * (公司原是以…浮法玻璃生产…为主业). A company that 为 introduces as what it is (公司为…制造商) is no customer.
     */
    @Test
    void whoACompanySuppliesWhatItCoversAndWhatItWasAreNotWhatItMakes() {
        String supplies = "公司持续研发康复装备，为各级医院提供较全系列装备和综合服务。";
        assertThat(classifier.hits(supplies)).filteredOn(h -> h.text().equals("医院")).singleElement()
                .satisfies(h -> assertThat(h.application()).isTrue());
        assertThat(classifier.hits("为全国各级医疗机构,养老机构,残疾人康复中心等机构以及家庭提供系列康复产品."))
                .filteredOn(h -> h.text().equals("医疗机构")).singleElement().satisfies(h -> assertThat(h.application()).isTrue());
        assertThat(classifier.hits("公司为锂电池龙头企业,向客户提供储能系统."))
                .filteredOn(h -> h.text().equals("锂电池")).isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());
        assertThat(classifier.hits("公司为国内领先的动力电池制造商，为客户提供储能系统。"))
                .filteredOn(h -> h.text().startsWith("动力电池")).isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());
        assertThat(nodes(new CompanyText("示例光电股份有限公司", "主要产品:手机,平板电脑等产品的视窗防护屏.", null, "元器件")))
                .doesNotContain("laptop-tablet");
        // titanium dioxide whose route is not written is no chloride-route TiO2 (惠云钛业 writes 硫酸法 and 金红石型)
        assertThat(nodes(new CompanyText("示例钛业股份有限公司", "主要产品为硫酸法金红石型钛白粉.", null, "化工原料")))
                .contains("tio2-sulphate").doesNotContain("tio2-chloride");
        assertThat(nodes(new CompanyText("示例钛业股份有限公司", "主要产品为氯化法钛白粉.", null, "化工原料"))).contains("tio2-chloride");
        String former = "公司原是以浮法玻璃生产为主业的企业，现主要从事煤炭开采。";
        assertThat(classifier.hits(former)).filteredOn(h -> h.text().contains("浮法玻璃")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.application()).isTrue());
        // …but not what it does now, written after 现 or in the clauses after (国美通讯: …主营业务变更为智能移动终端)
        assertThat(classifier.hits("公司原是一家浮法玻璃企业，现主营业务变更为锂离子电池的生产。")).filteredOn(h -> h.text().contains("锂离子电池"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());
        // a 为 that says what the business is is no customer's (主营业务为X,…提供; 主要产品为X,同时提供…)
        assertThat(classifier.hits("主营业务为锂离子电池的研发,生产和销售,致力于向客户提供储能解决方案."))
                .filteredOn(h -> h.text().contains("锂离子电池")).isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());
        assertThat(classifier.hits("主要产品为智能应用处理器芯片,同时提供技术服务.")).filteredOn(h -> h.text().contains("处理器芯片"))
                .allSatisfy(h -> assertThat(h.application()).isFalse());
        // a term the company's own verb takes, after a 为 that says what it is, is its own (公司为高新技术企业,生产锂电池,提供…)
        assertThat(classifier.hits("公司为高新技术企业,生产锂离子电池,提供储能解决方案.")).filteredOn(h -> h.text().contains("锂离子电池"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());
        // 作为/成为 before the term say what the company is (成为新能源汽车零部件领先企业,为客户提供服务)
        assertThat(classifier.hits("公司致力于成为锂离子电池领先制造商,为客户提供服务.")).filteredOn(h -> h.text().contains("锂离子电池"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isFalse());
        // a base or frame for a product is a part (湘潭永达: 风电机组机舱底座、机座 — structural parts, no nacelles)
        assertThat(classifier.hits("主要产品包括风电机组机舱底座、机座、转子支架等。")).filteredOn(h -> h.text().contains("机舱"))
                .allSatisfy(h -> assertThat(h.application()).isTrue());
        assertThat(classifier.hits("公司主要从事浮法玻璃生产。")).filteredOn(h -> h.text().contains("浮法玻璃")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.application()).isFalse());
    }

    /** 计算机 as a zone's leading industry (重庆西永综合保税区: 计算机、电子) is computer making; in a company's text it is mostly software. */
    @Test
    void aZoneOnlyTermCountsInZonePhrasesAndNotInCompanyTexts() {
        assertThat(classifier.phrase("计算机")).extracting(SegmentMatch::nodeCode).contains("laptop-tablet");
        assertThat(nodes(new CompanyText("示例软件股份有限公司", "计算机软件开发,计算机信息系统集成", "公司是一家计算机应用服务商。", "软件服务")))
                .doesNotContain("laptop-tablet");
    }

    /**
     * More wrong facts of the second review (2026-12-04): 京东方's 显示器件 (panels) made it a monitor maker, 炬光科技's
     * 高功率半导体激光 a power-device maker, 江特电机's 锂离子电池用材料 a cell maker, 德方纳米's conductive paste 添加至…负极材料 an
     * anode maker, 明冠新材's 锂电池封装膜 a cell maker.
     */
    @Test
    void whatAProductIsForOrAddedToIsNotWhatTheCompanyMakes() {
        assertThat(nodes(new CompanyText("示例显示有限公司", "主要产品:薄膜晶体管液晶显示器件,小尺寸显示器件.", null, "元器件")))
                .contains("tft-lcd").doesNotContain("tv-monitor");
        assertThat(nodes(new CompanyText("示例显示有限公司", "主要产品:显示器终端产品,液晶电视.", null, "元器件"))).contains("tv-monitor");
        assertThat(nodes(new CompanyText("示例激光有限公司", "高功率半导体激光元器件的研发,生产和销售", null, "元器件")))
                .doesNotContain("power-device", "power-semiconductor");
        assertThat(nodes(new CompanyText("示例功率半导体有限公司", "功率半导体器件的研发,生产和销售", null, "半导体"))).contains("power-device");
        assertThat(nodes(new CompanyText("示例电机股份有限公司", "主要业务为电动机,发电机,锂离子电池用材料,矿产品等的生产和销售.", null, "小金属")))
                .doesNotContain("cell");
        assertThat(classifier.hits("动力电池用于电动汽车")).filteredOn(h -> h.text().equals("动力电池")).singleElement()
                .satisfies(h -> assertThat(h.application()).as("X用于… is X put to a use: still what is made").isFalse());
        assertThat(nodes(new CompanyText("示例纳米科技股份有限公司", "碳纳米管导电液,可添加至电池正极或负极材料中", null, "化工原料")))
                .doesNotContain("anode");
        assertThat(classifier.hits("锂电池封装膜和锂电池用铝塑膜")).filteredOn(h -> h.text().equals("锂电池"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isTrue());
        assertThat(nodes(new CompanyText("示例新材料股份有限公司", "主要从事液晶显示材料,OLED显示材料及其它精细化学品的研发,生产和销售.", null,
                "化工原料"))).doesNotContain("amoled", "tft-lcd");
        // a foundry's platform list names its customers' chips (晶合集成 was a chip designer for it)
        String foundry = "主要从事12英寸晶圆代工业务。公司已实现显示驱动芯片(DDIC)、微控制器(MCU)、电源管理(PMIC)等平台各类产品量产。";
        assertThat(nodes(new CompanyText("示例集成电路股份有限公司", null, foundry, "半导体"))).contains("wafer-fab")
                .doesNotContain("analog-ic", "digital-ic");
        assertThat(nodes(new CompanyText("示例芯片设计有限公司", "显示驱动芯片、微控制器的设计与销售", null, "半导体"))).contains("analog-ic");
    }
    /**
     * The industries a company serves, listed with ASCII commas as the exchange writes 、, are no products of its own:
     * 海目星 makes laser equipment "for consumer electronics, power batteries…", 皖仪科技 instruments "applied in …, new-energy
     * lithium batteries, … 等领域", 精测电子 OLED inspection systems. A list of its own products or fields stays its own.
     */
    @Test
    void theIndustriesACompanyServesAreNotWhatItMakes() {
        String laser = "主要从事消费电子,动力电池,钣金加工等行业激光及自动化设备的研发,设计,生产及销售";
        assertApplication(laser, "动力电池", true);
        String instruments = "形成了四大产品体系.产品主要应用于环保,化工,电力,汽车制造,新能源锂电池,制冷,生物医药,科研等领域.";
        assertApplication(instruments, "锂电池", true);
        assertThat(classifier.hits("主要产品:模组检测系统,面板检测系统,OLED检测系统")).filteredOn(h -> h.text().equals("OLED"))
                .allSatisfy(h -> assertThat(h.application()).isTrue());
        // equipment for making the product: 赢合科技
        assertThat(classifier.hits("主营业务为锂离子电池自动化生产设备的研发,设计,制造")).extracting(h -> h.terms().get(0).nodeCode())
                .as("one term, the equipment").containsExactly("battery-equipment");
        // its own products and its own fields, even closed by 等领域, are what it makes
        assertApplication("主要产品包括动力电池,储能电池等产品", "动力电池", false);
        assertApplication("公司专注于动力电池,储能系统等领域", "动力电池", false);
    }
    /** A programme undertaken names a field, not a product: 宁德时代 was still filed as a vehicle maker for one. */
    @Test
    void aProgrammeUndertakenIsNoProduct() {
        String catl = "公司承担了“十二五”国家新能源汽车产业技术创新工程项目、“十三五”国家重点研发计划新能源汽车专项项目。";
        assertApplication(catl, "新能源汽车", true);
        assertThat(nodes(new CompanyText("示例电池有限公司", "动力电池系统、储能系统的研发、生产和销售", catl, null))).doesNotContain("vehicle");
    }

    /**
     * A class that works in a chain does not make every segment of it: the exploratory fact check found equipment makers
     * (赢合科技, 誉辰, 信宇人, 先导智能: 专用机械) and material suppliers (新宙邦, 星源材质: 化工原料) on the cell maps of 深圳 and
     * 无锡, and PV equipment makers (迈为, 罗博特科) on 苏州's PV cell map, for the cells their texts name as their customers'.
     */
    @Test
    void aSegmentTheCompanysClassDoesNotMakeIsNotFiledForIt() {
        String equipment = "主要产品为锂离子电池智能制造装备与消费电子类智能制造设备.";
        String introduction = "公司主要产品为锂离子电池智能装备，为锂电池的专业化组装及测试提供智能制造装备。";
        assertThat(nodes(new CompanyText("示例智能装备股份有限公司", equipment, introduction, "电气设备")))
                .as("the same texts from a class that makes cells").contains("cell");
        assertThat(nodes(new CompanyText("示例智能装备股份有限公司", equipment, introduction, "专用机械"))).doesNotContain("cell");
        String pv = "主营产品为太阳能电池丝网印刷生产线成套设备,异质结高效电池制造整体解决方案.";
        assertThat(nodes(new CompanyText("示例科技股份有限公司", pv, null, "专用机械"))).doesNotContain("cell");
        // the same words from a company of a class that makes them still count
        assertThat(nodes(new CompanyText("示例电池股份有限公司", "锂离子动力电池的研发、生产和销售", null, "电气设备"))).contains("cell");
        assertThat(nodes(new CompanyText("示例电池股份有限公司", "锂离子动力电池的研发、生产和销售", null, "化工原料")))
                .doesNotContain("cell");
    }

    /**
     * The same for vehicles: parts makers (拓普, 金固, 欣锐, 松芝 …: 汽车配件) and component makers (智动力, 安洁: 元器件) were
     * 新能源整车 producers on the maps of 宁波, 深圳 and 重庆 for the vehicles their texts name as their customers'; so were
     * the charger, power-supply, cell and battery-material makers classed 电气设备 (优优绿能, 核达中远通, 孚能, 振华新材 …).
     */
    @Test
    void aPartsMakerIsNoVehicleMaker() {
        String text = "新能源汽车、乘用车及商用车的研发、制造和销售";
        assertThat(nodes(new CompanyText("示例汽车股份有限公司", text, null, "汽车整车"))).contains("vehicle");
        assertThat(nodes(new CompanyText("示例汽车股份有限公司", text, null, "汽车配件"))).doesNotContain("vehicle");
        assertThat(nodes(new CompanyText("示例精密股份有限公司", text, null, "元器件"))).doesNotContain("vehicle");
        assertThat(nodes(new CompanyText("示例绿能股份有限公司", "新能源汽车直流充电设备核心部件及新能源汽车的研发、生产和销售", null, "电气设备")))
                .contains("charging-swapping").doesNotContain("vehicle");
        assertThat(nodes(new CompanyText("示例汽车零部件股份有限公司", "新能源汽车驱动电机及控制器的研发、生产和销售", null, "汽车配件")))
                .as("what a parts maker does make still counts").contains("motor");
    }

    /**
     * The fact check of 合肥, 武汉, 长沙 and 成都 (2026-12-04) found services and supplies filed as products: 颀中, which
     * packages display-driver chips, as a chip designer; 吉和昌's battery additives as cells; 华民's wafers, which "可满足…N型高端太阳能电池的需要", as solar cells.
     */
    @Test
    void whatACompanyPackagesOrSuppliesIsNotWhatItMakes() {
        assertApplication("目前主要聚焦于显示驱动芯片封测领域", "显示驱动芯片", true);
        assertThat(nodes(new CompanyText("示例新材料股份有限公司", "表面工程化学品,新能源锂电池添加剂和精细化工原料的生产,研发,销售", null,
                "化工原料"))).doesNotContain("cell");
        assertApplication("可满足包括TOPCon、HJT、IBC等N型高端太阳能电池的需要", "电池", true);
        // the product written after the demand it meets is made (天奥电子: 满足…需求的系列化铷原子钟)
        assertApplication("公司推出了满足新能源汽车需求的系列化动力电池", "动力电池", false);
        // the same products, made
        assertApplication("主要从事显示驱动芯片的研发与设计", "显示驱动芯片", false);
        assertThat(nodes(new CompanyText("示例电机股份有限公司", "新能源汽车驱动电机的研发、生产和销售", null, "电气设备"))).contains("motor");
    }

    /**
     * 2026-12-05: the makers a company provides for are its customers (光庭信息, a software house: 为…汽车整车制造商提供…软件
     * 定制化开发; 宇顺: 为智能手机整机制造商提供…解决方案), and testing a product is a service to its makers (光庭: 智能网联汽车测试;
     * 华盛昌's 电动车充电站测试适配器).
     */
    @Test
    void theMakersACompanyProvidesForAndWhatItTestsAreNotWhatItMakes() {
        assertApplication("公司为智能手机整机制造商提供全方位触控显示一体化解决方案", "智能手机", true);
        assertApplication("主要为动力电池制造企业提供核心设备及全面的解决方案", "动力电池", true);
        assertApplication("公司在智能座舱、智能驾驶、智能网联汽车测试等领域形成了竞争实力", "智能网联汽车", true);
        // what it provides to them is still made, and so is what a company that is a maker says it is
        assertApplication("公司为智能手机整机制造商提供触控显示模组", "显示模组", false);
        assertApplication("为整车制造商提供动力电池并提供售后服务", "动力电池", false);
        assertApplication("公司为国内领先的动力电池制造商并致力于为客户提供储能系统", "动力电池", false);
        assertApplication("公司作为专业的光伏组件制造商为客户提供高效产品", "光伏组件", false);
        assertApplication("公司为全球领先的光伏组件制造商和智慧能源解决方案提供商", "光伏组件", false);
        // across a list written with ASCII commas (精研科技), but not past the end of a sentence or from 以…为主 (永清环保)
        assertApplication("主营业务:为智能手机,可穿戴设备,笔记本及平板计算机等消费电子领域和汽车领域大批量提供定制化MIM零部件", "可穿戴设备", true);
        assertApplication("业务内容以脱硫为主,同时向脱硝,除尘领域拓展.节能方面,公司面向钢铁等行业,提供热电联产", "除尘", false);
        // a test kit is a product (PCR检测试剂), testing a product is not
        assertApplication("主要产品为新冠病毒PCR检测试剂盒", "PCR", false);
        assertApplication("主要从事动力电池检测服务", "动力电池", true);
    }

    /**
     * The sixth fact check (西安, 郑州, 常州, 包头, 贵阳, 赣州) and a survey of product segments by industry class found parts,
     * materials and equipment filed as what they go into: junction boxes (通灵) and silver paste (帝科) as PV modules, inverters
     * (锦浪) as modules, cathode material (振华新材) as cells, cell caps (中瑞) as cells, fab equipment (北方华创)
     * and a fabless designer (圣邦) as wafer fabs, dicing saws (光力) as packaging and test.
     */
    @Test
    void partsMaterialsAndEquipmentAreNotWhatTheyGoInto() {
        // (since fact check 103 光伏组件接线盒 is a junction-box term of its own; 泽润's module segment had come from it)
        assertThat(nodes(new CompanyText("示例新能股份有限公司", "公司主要产品为太阳能光伏组件接线盒", null, "电气设备")))
                .contains("junction-box").doesNotContain("module");
        assertApplication("公司主要产品为光伏组件配套的接线盒", "光伏组件", true);
        assertApplication("其主要用途为将太阳能电池组件产生的电能变为交流电", "电池组件", true);
        assertApplication("公司于2022年实现钠离子电池正极材料产业化", "钠离子电池", true);
        assertApplication("主要产品为圆柱动力电池盖帽", "动力电池", true);
        // with a word between the product and the part (中瑞: caps and safety parts for cylindrical cells)
        assertApplication("公司主要从事圆柱锂电池精密安全结构件的研发、制造及销售", "锂电池", true);
        assertThat(nodes(new CompanyText("示例电子科技股份有限公司", "主要产品包括动力型、容量型锂电池组合盖帽系列产品", null, "电气设备")))
                .contains("structural-parts").doesNotContain("cell", "battery-pack");
        assertApplication("公司主要为智能手机、可穿戴设备等消费电子领域提供精密零部件", "智能手机", true);
        assertThat(nodes(new CompanyText("示例电子股份有限公司", "主要产品为大规模集成电路制造设备和电子元件", null, "半导体")))
                .doesNotContain("wafer-fab");
        assertThat(nodes(new CompanyText("示例微电子股份有限公司", "模拟芯片的研发和销售", "作为一家无晶圆厂模拟半导体公司，公司专注于模拟芯片",
                "半导体"))).contains("analog-ic").doesNotContain("wafer-fab");
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "半导体封测设备制造业务", null, "专用机械")))
                .contains("backend-equip").doesNotContain("pack-test");
        // the products themselves, made
        assertApplication("公司主要产品为光伏组件", "光伏组件", false);
        assertApplication("公司主要产品为磷酸铁锂正极材料", "正极材料", false);
        // and a mixed-signal designer is one (龙迅: 高速混合信号芯片)
        assertThat(nodes(new CompanyText("示例半导体股份有限公司", "高速混合信号芯片的研发设计和销售", null, "半导体"))).contains("analog-ic");
    }

    /**
     * The atlas had no rare-earth segment: 北方稀土 (包头) and 中国稀土 (赣州) were weak magnet makers and 广晟 nothing at all
     * (2026-12-05). Rare earths mined, smelted and separated are the segment; steel, aluminium, rubber or fertiliser made
     * with a rare-earth additive are not, nor is an institute named as a partner or a magnet maker's sourcing region.
     */
    @Test
    void rareEarthsSmeltedAndSeparatedAreTheirOwnSegment() {
        assertThat(nodes(new CompanyText("示例稀土集团股份有限公司", "稀土原料产品(稀土盐类,稀土氧化物及稀土金属),稀土功能材料产品",
                "公司是全球最大的稀土原料生产基地。", "小金属"))).contains("rare-earth");
        assertThat(nodes(new CompanyText("示例有色金属股份有限公司", "主营业务:稀土,钨的采选,冶炼,加工及销售",
                "公司建有采矿选矿、冶炼分离、精深加工一条龙稀土产业体系，是以中重稀土为主业的上市公司。", "小金属"))).contains("rare-earth");
        assertThat(classifier.phrase("稀土")).extracting(SegmentMatch::nodeCode).contains("rare-earth");
        assertThat(classifier.phrase("稀土材料及应用")).extracting(SegmentMatch::nodeCode).contains("rare-earth", "magnetic-materials");
        // made with rare earths, or sourced from where they are mined: no evidence for the segment at all
        for (String text : List.of("公司形成了稀土钢、稀土铝等特色产品。", "稀土顺丁橡胶业务市场占有率国内超60%。", "三元稀土复肥",
                "公司在上游产业与我国稀土原料主产区紧密合作。", "与包头稀土研究院建立了长期的战略合作关系。", "公司位于包头稀土高新区。")) {
            assertThat(classifier.hits(text)).as(text).flatExtracting(TermClassifier.Hit::terms)
                    .noneMatch(t -> "rare-earth".equals(t.nodeCode()) && t.strength() != Dictionary.Strength.EXCLUDE);
        }
        assertThat(nodes(new CompanyText("示例磁材股份有限公司", "主要产品:钕铁硼永磁材料",
                "公司在上游产业与我国稀土原料主产区紧密合作。", "矿物制品")))
                .contains("magnetic-materials").doesNotContain("rare-earth");
    }

    /**
     * The seventh fact check (重庆, 南昌, 沈阳, 长春, 昆明, 芜湖; 2026-12-05): 富创精密's parts for chip equipment made it a wafer fab
     * (随着晶圆制造向7纳米…制程工艺发展), 长信科技's coated glass a TFT-LCD maker (液晶显示(LCD)用ITO导电膜玻璃), 新铝时代's battery boxes a
     * pack maker (电池系统铝合金零部件; 动力电池系统的关键组成部分), 紫建电子's small cells a consumer-electronics maker (以…消费类电子产品为
     * 主要应用领域), 诺德's copper foil a cell maker (动力电池材料), 广泰真空's furnaces a magnet maker (尤其是稀土永磁行业) and 重药控股
     * a hospital operator.
     */
    @Test
    void aMarketsTrendAPartsMaterialAndTheIndustryServedAreNotTheProduct() {
        assertApplication("随着晶圆制造向7纳米以及更先进的制程工艺发展，半导体设备的工艺规格越来越高", "晶圆制造", true);
        // the trend of the company's own plant is its product (兆驰: LED chips in 南昌)
        assertApplication("随着兆驰南昌LED芯片产业园的顺利达产，兆驰股份将掌握核心技术", "LED芯片", false);
        assertApplication("主导产品包括液晶显示(LCD)用ITO导电膜玻璃", "液晶显示", true);
        assertApplication("主要产品为液晶显示(LCD)检测设备", "液晶显示", true);
        assertApplication("公司主要从事新能源汽车电池系统铝合金零部件的研发", "电池系统", true);
        assertApplication("公司主要产品为电池盒箱体，是新能源汽车动力电池系统的关键组成部分", "动力电池系统", true);
        assertApplication("产品以各类小型消费类电子产品为主要应用领域", "消费类电子", true);
        assertThat(nodes(new CompanyText("示例新材料股份有限公司", "主要产品:高档电解铜箔产品,动力电池材料等", null, "电气设备")))
                .doesNotContain("cell");
        assertThat(classifier.hits("公司致力于功能材料领域，尤其是稀土永磁行业，主要产品包括真空烧结炉")).flatExtracting(TermClassifier.Hit::terms)
                .noneMatch(t -> "magnetic-materials".equals(t.nodeCode()) && t.strength() != Dictionary.Strength.EXCLUDE);
        // a list opened by 包括 after a clause about uses names more uses, across ASCII commas too; after a clause about a
        // service provided it names the services
        assertApplication("产品以各类小型消费类电子产品为主要应用领域,包括蓝牙耳机,智能穿戴设备(智能手表,手环,VR/AR眼镜等),智能音箱,便携式医疗器械等.",
                "智能音箱", true);
        assertApplication("公司致力于为客户提供全方位的信息技术支持和服务，主要包括信息技术外包(ITO)服务", "信息技术外包", false);
        // not from a long clause of the company's own, and not after a clause that only mentions a use
        assertApplication("产品应用于新能源汽车领域，如比亚迪、蔚来，公司同时生产储能电池", "储能电池", false);
        assertApplication("主要产品为应用于石油炼化催化的催化剂分子筛，主要包括ZSM-5系列分子筛和锂电池隔膜", "锂电池隔膜", false);
        assertApplication("主要产品:石化空冷器,电站空冷器,核电站空气处理机组", "核电站", true);
        // the agricultural class makes veterinary vaccines and drugs, and the chain's segments are human ones (金宇, 申联, 普莱柯)
        assertThat(nodes(new CompanyText("示例生物股份有限公司", "主要产品为口蹄疫疫苗", "公司涵盖细菌/病毒灭活疫苗、mRNA疫苗等生产线。", "农业综合")))
                .doesNotContain("vaccines");
        assertThat(nodes(new CompanyText("示例生物股份有限公司", "主要产品为口蹄疫疫苗", "公司涵盖细菌/病毒灭活疫苗、mRNA疫苗等生产线。", "生物制药")))
                .contains("vaccines");
        // a partner is no product (重药控股, a drug distributor, as a hospital operator: 与大型综合医院开展合作)
        assertApplication("利用院内智能物流技术手段，与大型综合医院开展合作，实现库房前移", "综合医院", true);
        assertApplication("公司从事研发与生产动力电池并开展国际合作", "动力电池", false);
        assertApplication("公司与蔚来汽车签订动力电池战略合作协议", "动力电池", false);
        assertApplication("与此同时公司加大锂电池投入并与高校合作", "锂电池", false);
        // the products themselves still count
        assertApplication("公司主要产品为液晶显示模组", "液晶显示", false);
        assertApplication("公司主要从事锂电池的研发、生产和销售", "锂电池", false);
    }

    /**
     * 国轩高科 was a vehicle maker on 合肥's map: no term of its texts says it makes vehicles, but its customers, named five
     * times (产品广泛应用于纯电动乘用车、商用车、专用车…等新能源汽车领域) and once before its own cells (新能源汽车动力锂离子电池),
     * added up past the acceptance line. A segment needs one term written as made; one that only qualifies the next term of
     * its chain still may be (隆利: LED背光显示模组 — backlights).
     */
    @Test
    void customersNamedManyTimesMakeNoMaker() {
        String intro = "公司系国内早期从事新能源汽车动力锂离子电池自主研发、生产和销售的企业之一，主要产品为磷酸铁锂材料及电芯。"
                + "产品广泛应用于纯电动乘用车、商用车、专用车、轻型车等新能源汽车领域。";
        assertThat(classifier.hits(intro)).filteredOn(h -> h.terms().stream().anyMatch(t -> "vehicle".equals(t.nodeCode())))
                .hasSizeGreaterThanOrEqualTo(5).noneMatch(TermClassifier.Hit::made);
        assertThat(nodes(new CompanyText("示例电池股份有限公司", null, intro, "电气设备"))).doesNotContain("vehicle");
        assertThat(nodes(new CompanyText("示例汽车股份有限公司", "纯电动乘用车、商用车的研发、生产和销售", intro, "汽车整车")))
                .as("the same customers beside a vehicle the company makes").contains("vehicle");
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "主要产品:LED背光显示模组.主营业务:背光显示模组的研发,生产和销售.",
                "公司是一家专注于整体背光显示模组解决方案的提供商。", "元器件"))).contains("backlight");
    }

    /**
     * A segment row of the industry-class file names a real segment and says "none", or "core" in a chain the class is only
     * possible in; a wrong one names row and column.
     */
    @Test
    void aSegmentRowOfTheClassFileIsChecked() {
        List<org.chainatlas.chain.ChainGraph> graphs = ShippedChains.graphs();
        String header = "industry,chain_code,fit,note\n专用机械,nev-battery,possible,\n";
        Dictionary ok = Dictionary.of(graphs, java.util.Map.of(), table(header + "专用机械,nev-battery/cell,none,\n"));
        assertThat(ok.fit("专用机械", "nev-battery", "cell")).isEqualTo(Dictionary.Fit.NONE);
        assertThat(ok.fit("专用机械", "nev-battery", "battery-equipment")).isEqualTo(Dictionary.Fit.POSSIBLE);
        assertThat(ok.fit("专用机械", "crystalline-pv")).as("a chain the class has no row for").isEqualTo(Dictionary.Fit.NONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dictionary.of(graphs, java.util.Map.of(),
                table(header + "专用机械,nev-battery/cells,none,\n"))).hasMessageContaining("row 3").hasMessageContaining("chain_code");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dictionary.of(graphs, java.util.Map.of(),
                table(header + "专用机械,nev-battery/cell,possible,\n"))).hasMessageContaining("row 3").hasMessageContaining("fit");
        // core raises one segment of a chain the class is only possible in (fact checks 100 and 101: a steel mill's electrical
        // steel), and says nothing in a chain the class is core in
        Dictionary raised = Dictionary.of(graphs, java.util.Map.of(), table(header + "专用机械,nev-battery/battery-equipment,core,\n"));
        assertThat(raised.fit("专用机械", "nev-battery", "battery-equipment")).isEqualTo(Dictionary.Fit.CORE);
        assertThat(raised.fit("专用机械", "nev-battery", "cell")).isEqualTo(Dictionary.Fit.POSSIBLE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dictionary.of(graphs, java.util.Map.of(),
                table("industry,chain_code,fit,note\n专用机械,nev-battery,core,\n专用机械,nev-battery/cell,core,\n")))
                .hasMessageContaining("row 3").hasMessageContaining("fit");
        // a segment row for a chain the class has no row for says nothing, and for an unknown class it would rule out every chain
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dictionary.of(graphs, java.util.Map.of(),
                table(header + "专用机械,crystalline-pv/cell,none,\n"))).hasMessageContaining("row 3").hasMessageContaining("chain_code");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dictionary.of(graphs, java.util.Map.of(),
                table(header + "专用机器,nev-battery/cell,none,\n"))).hasMessageContaining("row 3");
    }

    /**
     * Superalloys are a special-steel mill's own product and titanium alloys a minor-metal maker's: their main businesses
     * name them, and their classes count as the segment's own, not as only possible in the aerospace chain (fact checks 166
     * and 167: 宝鸡, the 宝钛 home, and 抚顺, 抚顺特钢's, showed titanium alloys and superalloys WEAK at 0.67 each).
     */
    @Test
    void superalloysAndTitaniumAlloysAreTheMetalMakersOwn() {
        String mill = "主要产品:合金结构钢,工模具钢,不锈钢和高温合金.主要业务:特殊钢和合金材料的研发制造.";
        assertThat(classifier.company(new CompanyText("示例特殊钢股份有限公司", mill, null, "特种钢")))
                .filteredOn(m -> "superalloy".equals(m.nodeCode())).singleElement()
                .satisfies(m -> assertThat(m.confidence()).as("0.56 as a class only possible in the chain").isGreaterThanOrEqualTo(0.65));
        // …and its special steel is the steel segment's own (抚顺 showed no steel at all: 特殊钢 is a weak term of it)
        assertThat(nodes(new CompanyText("示例特殊钢股份有限公司", mill, null, "特种钢"))).contains("steel");
        String titanium = "主要产品:各种规格的钛及钛合金板,带,箔,管,棒,线,锻件,铸件等加工材和各种金属复合材产品.主营业务:钛及钛合金的生产,加工和销售.";
        assertThat(classifier.company(new CompanyText("示例钛业股份有限公司", titanium, null, "小金属")))
                .filteredOn(m -> "titanium-alloy".equals(m.nodeCode())).singleElement()
                .satisfies(m -> assertThat(m.confidence()).as("0.56 as a class only possible in the chain").isGreaterThanOrEqualTo(0.65));
    }

    /**
     * Fact check 170: a recombinant human protein is a biologic by name — 通化东宝, one of the country's insulin makers, was
     * filed for biologics on 胰岛素 alone (0.84), under its injections and infusions as chemical drugs, and 通化 showed
     * biologics WEAK.
     */
    @Test
    void recombinantHumanProteinsAreBiologics() {
        String insulin = "主要产品为重组人胰岛素冻干粉及注射液,大输液制品,镇脑宁胶囊,东宝甘泰片,塑钢窗等.";
        List<SegmentMatch> got = classifier.company(new CompanyText("示例药业股份有限公司", insulin, null, "生物制药"));
        double biologics = got.stream().filter(m -> "biologics".equals(m.nodeCode())).findFirst().orElseThrow().confidence();
        double chemical = got.stream().filter(m -> "chem-drugs".equals(m.nodeCode())).findFirst().orElseThrow().confidence();
        assertThat(biologics).as("the insulin maker's biologics against its injections").isGreaterThan(chemical).isGreaterThanOrEqualTo(0.9);
    }

    private static org.chainatlas.platform.data.CsvTable table(String csv) {
        return org.chainatlas.platform.data.CsvTable.read("industry-classes.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The fact check found 深圳 without AI servers and 中兴通讯 and 传音 without any segment: 工业富联 (云服务设备), 中兴
     * (无线通信系统, 光通信系统, 移动通信终端) and 传音 (手机, classed 通信设备) wrote their products in words the dictionary lacked.
     */
    @Test
    void telecomEquipmentServersAndHandsetsAreFound() {
        String fii = "主要从事各类电子设备产品的设计,研发,制造与销售业务.公司主要产品涵盖通信网络设备,云服务设备,精密工具和工业机器人.";
        assertThat(nodes(new CompanyText("示例工业互联网股份有限公司", fii, null, "通信设备"))).contains("ai-server", "comm-datacenter");
        String zte = "主要业务为无线通信系统,有线交换和接入系统,数据通讯系统,光通信系统,移动通信终端.";
        assertThat(nodes(new CompanyText("示例通讯股份有限公司", zte, null, "通信设备"))).contains("comm-datacenter", "smartphone");
        String phones = "主营业务是从事以手机为核心的智能终端的设计,研发,生产,销售和品牌运营,主要产品为三大品牌手机.";
        assertThat(nodes(new CompanyText("示例控股股份有限公司", phones, null, "通信设备"))).contains("smartphone");
    }

    /**
     * The ninth fact check (绵阳, 德阳, 大连, 襄阳, 石家庄, 乌鲁木齐 …): what is made for a product was read as the product —
     * 大连瑞克's catalysts as methanol and nitric acid, 华锐's turbine castings as turbines, 豪森's production lines as fuel
     * cells and motors, 超卓's repairs as avionics, 美利信's die-cast housings as base stations, 保立佳's emulsions as waterproofing, 德力佳's gearboxes as power plants;
     * 元道通信 as a maker of the telecom equipment its customers make; 大中, 宝地 and 金岭 (ordinary iron ore) as
     * vanadium-titanium miners; 西宁特钢 had no segment at all, nor 天赐 its electrolyte.
     */
    @Test
    void whatIsMadeForAProductIsNotTheProduct() {
        assertApplication("公司主要产品包括甲醇合成催化剂,草酸酯加氢催化剂,稀硝酸还原催化剂等催化新材料", "甲醇", true);
        assertApplication("主要产品为火电蒸汽轮机汽缸缸体,阀体", "汽轮机", true);
        assertApplication("主要产品包括氢燃料电池智能生产线和新能源汽车驱动电机智能生产线", "燃料电池", true);
        assertApplication("主要从事定制化增材制造和机载计算机维修业务", "机载计算机", true);
        assertApplication("主要产品涵盖建筑乳液、防水乳液、纺织乳液", "防水", true);
        assertApplication("主要产品为风力发电传动设备", "风力发电", true);
        assertApplication("通信领域产品主要为4G、5G通信基站机体和屏蔽盖等结构件", "基站", true);
        assertApplication("磷酸铁主要用来制作磷酸铁锂正极材料", "正极材料", true);
        // 应用至 as 应用于 (雷电微力, phased-array parts: 未来也可拓展应用至…移动终端“动中通”等通用领域 — fact check 128)
        assertApplication("未来也可拓展应用至商业卫星链路系统、移动终端动中通等通用领域", "动中通", true);
        assertApplication("针对半固态/凝聚态/固态电池等高能量密度的应用场景，自主研发了正极材料", "固态电池", true);
        assertApplication("公司构建了适应动力电池、储能电池、消费类电池的全量产品线", "储能电池", true);
        // what follows the aim is the company's own; a drug's indication (适应症) or 自适应 is no aim
        assertApplication("针对高海拔地区的特点开发了风电机组", "风电机组", false);
        assertApplication("新增适应症为带状疱疹疫苗", "带状疱疹疫苗", false);
        assertApplication("有力支撑了百万千瓦超超临界火电机组", "火电机组", true);
        assertApplication("为大型水电,火电机组配套的大型铸锻件", "火电机组", true);
        assertApplication("产品与服务的主要消费群体包括国内著名的化工原料企业", "化工原料", true);
        // other companies named by what they make (A、B等X制造商) are customers or peers
        assertApplication("主要客户为中兴,爱立信等通信设备制造商", "通信设备", true);
        assertApplication("是光刻胶等电子化学品领先企业", "电子化学品", false);
        assertApplication("公司是领先的通信设备制造商", "通信设备", false);
        // …also with their field between 等 and the product (fact check 181: 金凯生科, a CDMO, names its customers so), not a field
        // of the company's own products listed before 等
        assertApplication("核心客户包括拜耳、强生，Biogen、Principia等特色治疗领域的创新药企业。", "创新药", true);
        assertApplication("是光刻胶等半导体领域的电子化学品领先企业", "电子化学品", false);
        // what a tool or consumable cuts is no product of its own (fact check 184: 美畅), cutting done as the business is
        assertApplication("美畅金刚石线，是光伏硅片高效切割的开拓者", "光伏硅片", true);
        assertApplication("持续领先者、光伏硅片切割新生态的构建者", "硅片切割", true);
        assertApplication("公司迅速拓展硅片切割加工服务项目", "硅片切割", false);
        assertApplication("为客户提供硅片切割的代加工服务", "硅片切割", false);
        // what it imports and exports is traded, not the licence's own item of goods and technology (fact check 187: 安达科技), and
        // a market's trend is the setting (安达 again; 信捷电气)
        assertApplication("成品以及磷酸铁锂,三元材料,锂电池(各规格,型号)及本企业生产产品等系列研发与制造所需的相关设备,仪器仪表的进出口贸易业务", "锂电池", true);
        assertApplication("风力发电设备,钢结构,化工设备制造安装,货物和技术的进出口业务", "钢结构", false);
        assertApplication("桥梁工程维护,水处理设备及配件研发,制造,销售以及代理各类商品和技术的进出口业务", "水处理设备", false);
        assertApplication("主要从事船用节能环保设备的研发,从事技术与货物的进出口业务", "环保设备", false);
        assertApplication("立足于锂电池材料和锂电池的现状及发展趋势", "锂电池", true);
        assertApplication("顺应当前工业互联网和智能机器人的发展趋势，公司采取行业营销", "智能机器人", true);
        // …and its technical roadmap, and what the product acts on (fact check 189: 泽润, junction boxes)
        assertApplication("公司始终紧跟全球太阳能光伏组件的技术发展路线，通过持续技术创新", "光伏组件", true);
        assertApplication("还能够对光伏组件实现发电效率智能优化、智能关断", "光伏组件", true);
        // (a roadmap of its own stays the company's)
        assertApplication("公司坚持磷酸铁锂动力电池的技术路线", "动力电池", false);
        // …and a tool that acts on the company's product is the customers' (fact check 190: 路维光电, photomasks)
        assertApplication("掩膜版产品是下游客户光刻工艺图形转移的刚需母版，光刻机/曝光机通过对掩膜版曝光", "光刻机", true);
        // what it helps its customers with is theirs (金凯生科 again: 协助其解决创新药研发过程中化合物合成的工艺开发)
        assertApplication("提供定制研发生产服务,协助其解决创新药研发过程中化合物合成的工艺开发", "创新药", true);
        assertApplication("提供IPTV、互联网电视等新媒体.公司目前", "新媒体", false);
        // the product itself, without the word for what is made for it, still counts
        assertApplication("公司主要生产甲醇、合成氨", "甲醇", false);
        assertApplication("公司主要产品为汽轮机、燃气轮机", "汽轮机", false);

        assertThat(nodes(new CompanyText("示例矿业股份有限公司", "主要产品为铁精粉,主营业务为铁矿石的开采,选矿加工和铁精粉销售.", null, "普钢")))
                .doesNotContain("vtm-mining");
        assertThat(nodes(new CompanyText("示例钒钛股份有限公司", "主要产品为钒钛磁铁精矿、钛精矿", null, "小金属"))).contains("vtm-mining");
        assertThat(nodes(new CompanyText("示例特殊钢股份有限公司", "从事特殊钢的冶炼和金属压延加工业务.", null, "特种钢")))
                .contains("steel-alloys");
        // injections name chemical drugs, recombinant ones biologics (人福's main business lists its drugs only by name)
        assertThat(nodes(new CompanyText("示例医药集团股份公司", "枸橼酸芬太尼注射液,注射用盐酸瑞芬太尼,咪达唑仑注射液", null, "化学制药")))
                .contains("chem-drugs");
        List<Dictionary.Term> recombinant = classifier.hits("注射用重组人白介素-11").stream().flatMap(h -> h.terms().stream()).toList();
        assertThat(recombinant).filteredOn(t -> "chem-drugs".equals(t.nodeCode())).extracting(Dictionary.Term::strength)
                .containsOnly(Dictionary.Strength.EXCLUDE);
        assertThat(recombinant).filteredOn(t -> "biologics".equals(t.nodeCode())).extracting(Dictionary.Term::strength)
                .containsOnly(Dictionary.Strength.STRONG);
        // a business the introduction says the company has long worked in counts as if its main business said so
        String tinci = "公司核心业务为锂离子电池材料和日化材料两大板块。公司深耕锂电池电解液业务十余载。";
        assertThat(nodes(new CompanyText("示例高新材料股份有限公司", "精细化工材料的研发,生产和销售", tinci, "化工原料"))).contains("electrolyte");
        assertThat(nodes(new CompanyText("示例高新材料股份有限公司", "精细化工材料的研发,生产和销售", "公司曾研究锂电池电解液。", "化工原料")))
                .doesNotContain("electrolyte");
    }

    /** 电子元器件 as a zone's leading industry (四川绵阳出口加工区) is electronics in general, not aerospace components. */
    @Test
    void aCompanyOnlyTermSaysNothingInAZonePhrase() {
        assertThat(classifier.phrase("电子元器件")).extracting(SegmentMatch::nodeCode).doesNotContain("electronic-parts");
        // in a company's text it still counts, weakly: with a second weak word it makes an aerospace-parts maker
        assertThat(nodes(new CompanyText("示例电子股份有限公司", "电子元器件,射频连接器的研发与生产", null, "航空")))
                .contains("electronic-parts");
        assertThat(classifier.hits("公司主要从事电子元器件的研发和生产")).filteredOn(h -> h.text().equals("电子元器件"))
                .singleElement().satisfies(h -> assertThat(h.terms()).extracting(Dictionary.Term::strength)
                        .contains(Dictionary.Strength.COMPANY));
    }

    /**
     * The tenth fact check (宜春, 赣州, 岳阳, 衡阳, 新乡, 焦作, 蚌埠, 滁州, 马鞍山, 铜陵, 安庆, 自贡): 芳源's precursors (锂电池…前驱体)
     * and 明冠's pouch film (锂电池封装铝塑膜) made cells, 富乐德's equipment cleaning made deposition equipment, 凯盛's
     * display modules made liquid crystal, 百利工程's engineering for coal chemistry made it a coal chemical producer.
     */
    @Test
    void whatSuppliesAProductOrServesItsIndustryIsNotTheProduct() {
        // a segment's term written straight before a term of a segment that supplies it is what that supply is for
        assertThat(classifier.hits("锂电池三元材料及其前驱体的研发")).filteredOn(h -> h.text().equals("锂电池")).singleElement()
                .satisfies(h -> assertThat(h.made()).isFalse());
        assertThat(classifier.hits("新能源汽车动力电池系统")).filteredOn(h -> h.text().equals("新能源汽车")).singleElement()
                .satisfies(h -> assertThat(h.made()).isFalse());
        // …but before a segment it supplies it may still be made (背光显示模组: backlights go into modules; since fact check 98 the
        // whole phrase is a backlight term, and no display module: 隆利, 南极光)
        assertThat(classifier.hits("背光显示模组")).singleElement().satisfies(h -> {
            assertThat(h.made()).isTrue();
            assertThat(h.terms()).extracting(Dictionary.Term::nodeCode).containsExactly("backlight");
        });
        assertApplication("锂电池封装铝塑膜、太阳能电池封装胶膜", "锂电池", true);
        assertApplication("显示面板设备清洗服务(TFT设备洗净,OLED设备洗净)", "OLED设备", true);
        assertApplication("主营TFT玻璃减薄、镀膜", "TFT", true);
        assertExcluded("TFT液晶显示模组", "TFT液晶显示", null);
        // 为X行业提供: X is an industry served; not the 为 of 主营业务为 (what the company is)
        assertApplication("为石油化工,现代煤化工行业提供工程咨询,设计及工程总承包", "煤化工", true);
        assertApplication("公司主营业务为煤化工产品的生产,并为下游企业提供技术服务", "煤化工", false);
        // words of other trades that only look like a segment's
        assertExcluded("业务涵盖房屋建筑,水利水电,市政", "水利水电", "power-generation");
        assertApplication("为电子信息领域提供高纯化学品", "电子信息", true);
        assertApplication("主要为新能源汽车企业提供动力电池", "新能源汽车", true);
        assertApplication("主要为新能源汽车企业提供动力电池", "动力电池", false);
        assertThat(classifier.phrase("硅基新材料")).extracting(SegmentMatch::nodeCode).doesNotContain("silicones");
        assertThat(nodes(new CompanyText("示例新材料股份有限公司", "主要产品为高抗拉双光锂电铜箔", null, "元器件"))).contains("foil");
    }

    /**
     * The eleventh fact check (苏州, 无锡, 常州, 宁波, 厦门, 佛山, 东莞, 惠州, 青岛, 烟台, 潍坊, 淄博): short words with a second
     * meaning (一诺威's cast polyurethane CPU, 恒坤's spin-on carbon SOC) made chip designers; primary and zinc-carbon batteries
     * made power cells; covers, fabric kits and parts for a product made the product; uses written with 运用于 or 广泛覆盖
     * counted as products.
     */
    @Test
    void secondMeaningsPrimaryBatteriesAndPartsForProductsAreNotTheProduct() {
        assertThat(nodes(new CompanyText("示例聚氨酯股份有限公司", "聚氨酯弹性体类系列产品,包括CPU,TPU,聚氨酯胶粘剂", null, null)))
                .doesNotContain("digital-ic");
        assertThat(nodes(new CompanyText("示例微电子股份有限公司", "CPU、GPU芯片的设计与销售", "公司是国内领先的CPU设计企业。", "半导体")))
                .contains("digital-ic");
        assertThat(nodes(new CompanyText("示例光电科技股份有限公司", "新型高技术信息处理器件的研发与生产", null, "元器件")))
                .doesNotContain("digital-ic");
        for (String primary : List.of("碳性电池", "锂一次电池")) {
            assertExcluded("主要产品为" + primary, primary, "cell");
        }
        // products missed for want of a word (景嘉微's GPUs, 高测's diamond wire, 逸飞's cell assembly lines)
        assertThat(nodes(new CompanyText("示例微电子股份有限公司", "高可靠军用电子产品的研发", "是国内成功自主研发国产化图形处理芯片(GPU)并产业化的企业。",
                "元器件"))).contains("digital-ic");
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "高硬脆材料切割设备,高硬脆材料切割耗材的研发,生产,销售", null, "专用机械")))
                .contains("wafer-consumables");
        assertThat(nodes(new CompanyText("示例激光股份有限公司", "主要产品包括锂电池电芯自动装配线,模组/PACK自动装配线", null, "专用机械")))
                .contains("battery-equipment").doesNotContain("cell");
        assertApplication("主要产品为风电机组罩体、机舱罩", "风电机组", true);
        assertApplication("主要产品为风机叶片套裁布", "叶片", true);
        assertApplication("产品主要运用于智能手机、平板电脑、笔记本电脑", "平板电脑", true);
        assertApplication("核心技术广泛覆盖智慧城市、智慧园区等多个领域", "智慧城市", true);
        // short items after a clause of uses are uses too, written with commas; a clause of the company's own is not
        assertApplication("主要产品为微型麦克风,广泛应用于移动通讯设备及其周边产品,笔记本电脑,平板电视", "平板电视", true);
        assertApplication("产品广泛应用于新能源汽车,公司主要产品为锂电池", "锂电池", false);
        // a list closed by 等X产品的…器件 names what the parts are for; a list of the company's own products does not
        assertApplication("主要产品为手机,平板电脑,笔记本电脑,智能穿戴设备等消费电子产品的精密功能性器件", "平板电脑", true);
        assertApplication("主要产品为手机,平板电脑,笔记本电脑,智能穿戴设备等消费电子产品", "平板电脑", false);
    }

    /** The twelfth fact check: 颀中 and 汇成, who package and test display-driver chips, were 合肥's chip designers. */
    @Test
    void aPackagingHouseDesignsNoChips() {
        String packager = "主要从事集成电路的先进封装与测试业务,目前主要聚焦于显示驱动芯片封测领域和以电源管理芯片,射频前端芯片为代表的非显示类芯片封测领域."
                + "可为客户提供全方位的集成电路封测综合服务,覆盖显示驱动芯片,电源管理芯片,射频前端芯片等多类产品.";
        assertThat(TermClassifier.packagesOnly(packager)).isTrue();
        assertThat(nodes(new CompanyText("示例科技股份有限公司", packager, null, "半导体"))).contains("pack-test")
                .doesNotContain("analog-ic", "driver-ic");
        // a design house or an IDM that also packages writes 设计 too
        String idm = "集成电路芯片设计与制造,封装测试;主要产品为电源管理芯片,功率器件.";
        assertThat(TermClassifier.packagesOnly(idm)).isFalse();
        assertThat(nodes(new CompanyText("示例微电子股份有限公司", idm, null, "半导体"))).contains("analog-ic");
    }

    /** Fact check 150: a contractor that drills for oil and gas owns none (贝肯能源 in 克拉玛依); a producer that also serves fields does. */
    @Test
    void anOilfieldServicesContractorProducesNoGas() {
        String driller = "主营业务:从事油气勘探和开发过程中的钻井工程技术服务及其他油田技术服务,具体包括钻井,固井,钻井液,定向井,欠平衡等.";
        assertThat(TermClassifier.servesOilfields(driller)).isTrue();
        assertThat(nodes(new CompanyText("示例能源控股集团股份有限公司", driller,
                "公司是国内领先的油气资源开发综合服务商，在川渝页岩气市场的钻井、压裂工程技术指标创造了多项国内纪录。", "石油开采")))
                .doesNotContain("natural-gas");
        String producer = "主营业务:天然气的勘探开发和销售,煤层气开采,并提供油田工程技术服务.";
        assertThat(TermClassifier.servesOilfields(producer)).isFalse();
        assertThat(nodes(new CompanyText("示例燃气股份有限公司", producer, null, "石油开采"))).contains("natural-gas");
    }

    /** Fact check 151: goods resold, or the related goods a service business sells, are not made (华康世纪, 楚环); a bare 的销售 says nothing (东山精密). */
    @Test
    void goodsOnlySoldAreNotMade() {
        assertThat(nodes(new CompanyText("示例洁净科技股份有限公司", "主营业务包括医疗净化系统研发,设计,实施和运维,相关医疗设备和医疗耗材的销售.",
                null, "医疗保健"))).doesNotContain("consumables");
        assertThat(nodes(new CompanyText("示例环保科技股份有限公司", "公司主要产品为废气恶臭治理设备.同时,公司还提供水处理设备的代理销售及设备维修服务.",
                null, "专用机械"))).doesNotContain("water-equipment");
        assertThat(nodes(new CompanyText("示例精密制造股份有限公司", "公司主要从事电子电路产品,LED显示器件,触控面板及液晶显示模组以及精密组件等产品的销售.",
                null, "元器件"))).contains("touch");
    }

    /** Fact check 13: longer words that hold a segment's term and mean something else (南天信息, 兰石重装, 新强联). */
    @Test
    void aWordInsideALongerOneWithAnotherMeaningIsNotTheSegment() {
        String nantian = "结合人工智能、云计算、大数据、数字人民币、知识图谱、元宇宙等技术";
        assertExcluded(nantian, "数字人民币", "digital-content");
        assertThat(classifier.hits(nantian)).extracting(TermClassifier.Hit::text).doesNotContain("数字人");
        assertThat(classifier.hits("公司打造虚拟数字人平台")).extracting(TermClassifier.Hit::text).contains("虚拟数字人");
        String lanshi = "公司拥有压力容器设计制造许可证、环保工程专业承包壹级资质、石油化工工程施工总承包资质";
        assertExcluded(lanshi, "环保工程专业承包", "env-epc");
        assertThat(nodes(new CompanyText("示例重装股份有限公司", "炼油化工装备的设计、制造", lanshi, null))).doesNotContain("env-epc");
        assertThat(nodes(new CompanyText("示例环境股份有限公司", "环保工程总承包", null, null))).contains("env-epc");
        assertThat(nodes(new CompanyText("示例轴承股份有限公司", "风电主轴轴承、偏航变桨轴承的研发、生产和销售", null, null)))
                .contains("bearings").doesNotContain("castings-forgings");
        assertThat(nodes(new CompanyText("示例锻造股份有限公司", "风电主轴、轮毂铸件的研发、生产和销售", null, null)))
                .contains("castings-forgings");
        // ferroalloys are mostly silicon, manganese and chromium: no vanadium zone for 铁合金 (武川经济开发区), vanadium for 钒铁合金
        assertThat(classifier.phrase("铁合金")).extracting(SegmentMatch::nodeCode).doesNotContain("vanadium-alloys");
        assertThat(classifier.phrase("钒铁合金")).extracting(SegmentMatch::nodeCode).contains("vanadium-alloys");
        // fact check 14: a carbon-fibre production base makes carbon fibre (吉林化纤); 硅单晶棒 is a wafer maker's word order (神工)
        assertThat(nodes(new CompanyText("示例化纤股份有限公司", "粘胶纤维的生产和销售", "公司是以碳纤维、粘胶纤维为主的大型国有企业，是全国最大的碳纤维生产基地。", "化纤")))
                .contains("hp-fibres");
        assertThat(nodes(new CompanyText("示例半导体股份有限公司", "半导体级硅单晶材料的研发、生产和销售", "公司提供硅单晶棒及硅片。", "半导体")))
                .contains("silicon-wafer");
        assertThat(nodes(new CompanyText("示例碳化硅股份有限公司", "碳化硅单晶衬底材料的研发、生产和销售", null, "半导体")))
                .doesNotContain("silicon-wafer");
        // what a plant is built to go with is not what it makes (甘肃电投, hydropower, was 兰州's grid)
        String peaking = "公司所属电站是祁韶±800千伏特高压直流输电工程的配套调峰电源";
        assertApplication(peaking, "特高压", true);
        assertThat(nodes(new CompanyText("示例能源股份有限公司", "水力发电", peaking, null))).doesNotContain("grid");
        assertThat(nodes(new CompanyText("示例电气股份有限公司", "特高压输电设备的研发、生产和销售", null, null))).contains("grid");
    }

    /** Fact check 15 (新余, 遂宁, 乐山, 攀枝花, 宝鸡 …): words a city's official would find wrong, or miss. */
    @Test
    void setTopBoxesCableInsulationAndEndDevicesAreNotTheProductWhileTitaniumMillWordsAre() {
        // a set-top box is no TV (创维数字, 遂宁)
        assertExcluded("数字电视机顶盒及前端系统", "电视机顶盒", "tv-monitor");
        assertThat(nodes(new CompanyText("示例数字股份有限公司", "数字电视机顶盒及前端系统", null, "家用电器"))).doesNotContain("tv-monitor");
        assertThat(nodes(new CompanyText("示例电视股份有限公司", "液晶电视机的研发、生产和销售", null, "家用电器"))).contains("tv-monitor");
        // what a cable is insulated with is no product of its maker (尚纬, 乐山)
        assertApplication("公司产品包括氟聚合物绝缘防火电缆", "氟聚合物", true);
        // the devices a product ends up in (沃格, display glass, 新余)
        assertApplication("公司产品应用终端包括智能手机、笔电/pad、车载显示", "智能手机", true);
        // two characters with one meaning in the vanadium-titanium chain (攀钢钒钛: 钛渣), and the head of a list (宝钛)
        assertThat(nodes(new CompanyText("示例钒钛股份有限公司", "主要产品:氧化钒,钒铁,钛白粉,钛渣等", null, "小金属"))).contains("titanium-slag");
        assertThat(nodes(new CompanyText("示例钛业股份有限公司", "主要产品:各种规格的钛及钛合金板,带,箔,管,棒,线,锻件等加工材", null, "小金属")))
                .contains("titanium-mill");
        // a zone's 钒钛钢铁 is its steel (攀枝花钒钛高新区), and the V-Ti ironmaking it is made from (fact check 127: the 钒钛之都
        // showed 钒钛磁铁矿冶炼 without evidence); a company's text naming 钒钛钢铁 says nothing of ironmaking
        assertThat(classifier.phrase("钒钛钢铁")).extracting(SegmentMatch::nodeCode).contains("vt-steel", "vt-ironmaking");
        assertThat(nodes(new CompanyText("示例钢铁股份有限公司", "主要产品为钒钛钢铁", null, "普钢"))).doesNotContain("vt-ironmaking");
    }

    /** An introduction's list of its main business or products counts as main business, item by whole item. */
    @Test
    void aWholeItemOfTheMainBusinessAnIntroductionListsCountsAsMainBusiness() {
        // 盐湖股份 (海西): the main-business field says only 氯化钾; its lithium carbonate is in the introduction's list
        String salt = "公司是柴达木循环经济试验区内的龙头骨干企业。公司主营业务氯化钾、碳酸锂等产品。";
        assertThat(nodes(new CompanyText("示例盐湖股份有限公司", "主要产品:氯化钾.", salt, "农药化肥"))).contains("lithium");
        assertThat(listed(salt, "碳酸锂")).isTrue();
        // 攀钢钒钛: 主要产品包括…钒电解液、钛白粉、钛渣等; 藏格: 主要从事电池级碳酸锂的生产、销售
        String vt = "主要产品包括氧化钒、钒铁、钒氮合金、钒铝合金、钒电解液、钛白粉、钛渣等。";
        assertThat(listed(vt, "钒电解液")).isTrue();
        String zangge = "全资孙公司格尔木藏格锂业有限公司，主要从事电池级碳酸锂的生产、销售和技术咨询。";
        assertThat(listed(zangge, "电池级碳酸锂")).isTrue();
        // not a term that qualifies another noun of its item, a field, works built, goods traded or an associate's products
        String converters = "公司主要产品包括风力发电产品、光伏发电产品、储能产品。";
        assertThat(listed(converters, "光伏发电")).isFalse();
        String builder = "公司主要从事城市道路、桥梁、污水处理、房屋建筑等工程建设。";
        assertThat(listed(builder, "污水处理")).isFalse();
        assertThat(nodes(new CompanyText("示例建设股份有限公司", "市政工程施工", builder, "建筑工程"))).doesNotContain("water-ops");
        String wholesaler = "公司主营业务涵盖药品、医疗器械、中药饮片、保健产品的医药纯销、商业批发、零售连锁。";
        assertThat(listed(wholesaler, "中药饮片")).isFalse();
        assertThat(listed("公司主要产品为显示模组类设备。", "显示模组")).isFalse();
        // a kind of equipment after the list's last item qualifies every item; 及其 joins a noun to what it qualifies (春秋电子)
        assertThat(listed("公司主要产品为显示模组、触控模组类设备。", "显示模组")).isFalse();
        assertThat(listed("公司的主要产品为笔记本电脑及其他电子消费品的结构件模组。", "笔记本电脑")).isFalse();
        // …while 以及 separates items (盛富莱: 高折射率玻璃微珠及制品以及光学膜的生产)
        assertThat(listed("主营业务为高折射率玻璃微珠及制品以及光学膜的生产、研发、销售。", "光学膜")).isTrue();
        // an associate's products, named in the sentence after the stake (长征天成)
        String associate = "公司通过参股海外锆钛矿企业香港长城矿业开发有限公司获取投资收益。香港长城主要从事矿产资源勘探，目前的主要产品为锆中矿和钛精矿。";
        assertThat(listed(associate, "钛精矿")).isFalse();
        assertThat(listed("香港长城主要从事矿产资源勘探，目前的主要产品为钛精矿。", "钛精矿")).isTrue();
    }

    /** Whether the term's hit in the text is a whole item of a main-business list there (the hit must exist). */
    private static boolean listed(String text, String term) {
        List<TermClassifier.Hit> hits = classifier.hits(text);
        TermClassifier.Hit hit = hits.stream().filter(h -> h.text().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " is no hit of " + text));
        return TermClassifier.listedAsMainBusiness(text, hit, hits);
    }

    /** Fact check 16 (十堰, 常德, 郴州, 昌吉 …): the flagship of 昌吉 had no segment; parts and materials for a product are not it. */
    @Test
    void aTransformerMakerMakesTransformersAndWhatIsForAProductAfter的IsNotTheProduct() {
        // 特变电工 (昌吉): its main business names 变压器 bare; oil, parts and test power for transformers are no transformers
        assertThat(nodes(new CompanyText("示例电工股份有限公司", "主要业务:变压器,电线电缆及其辅助设备的制造与销售.", null, "电气设备")))
                .contains("transformers");
        assertThat(nodes(new CompanyText("示例润滑油股份有限公司", "主要产品:变压器油,液压油,内燃机油,齿轮油", null, "化工原料")))
                .doesNotContain("transformers");
        assertExcluded("变压器有载分接开关和无励磁分接开关", "变压器有载分接开关", "transformers");
        // a glassmaker's 光伏光电玻璃 is PV glass (旗滨, 郴州)
        assertThat(classifier.hits("光伏光电玻璃")).extracting(TermClassifier.Hit::text).containsExactly("光伏光电玻璃");
        // cathodes for cells after 的 (万润, 十堰) and inserts for blades (飞沃, 常德) are not cells or blades
        assertApplication("主要生产锂离子动力电池、储能电池的正极材料及其前驱体", "储能电池", true);
        assertApplication("主要生产锂离子动力电池、储能电池的正极材料及其前驱体", "锂离子动力电池", true);
        assertThat(nodes(new CompanyText("示例紧固件股份有限公司", "风电叶片预埋螺套,风电叶片螺栓", null, "机械基件"))).doesNotContain("blades");
    }

    /** Fact check 17 (咸阳, 安顺 …): where a product is used, and what it is a raw material for, are not what is made. */
    @Test
    void whereAProductIsUsedAndWhatItIsARawMaterialForAreNotTheProduct() {
        // 彩虹 (咸阳) makes panels, not the laptops they go into
        String panels = "产品为32“-100”超高清TFT-LCD面板，在高端平板电脑、笔记本电脑、大尺寸电视等中拥有广泛的应用领域。";
        assertApplication(panels, "笔记本电脑", true);
        assertApplication("公司在合肥建有笔记本电脑生产基地，产品中有多款轻薄机型。", "笔记本电脑", false);
        // 红星发展 (安顺) makes barium carbonate, a raw material for picture tubes and monitors
        String barium = "碳酸钡和碳酸锶是生产电视机显像管、计算机显示器、工业监视器、电子元器件的重要原料。";
        assertApplication(barium, "计算机显示器", true);
        // a producer's own product written before 的…原材料 is its own (not 是生产X的原料)
        assertApplication("公司主要生产碳酸锂等锂电池的关键原材料。", "碳酸锂", false);
    }

    /** Fact check 18 (许昌 …): the words its flagships use for what they make. */
    @Test
    void electronicSilaneGasPowerSwitchesAndChargingSystemsAreFound() {
        // 硅烷科技: its only product was filed under silicones for the bare 硅烷, not under the specialty gases
        assertThat(nodes(new CompanyText("示例硅烷股份有限公司", "电子级硅烷气的研发、生产和销售", "公司主要从事电子级硅烷气的研发、生产和销售。", "化工原料")))
                .contains("specialty-gas");
        // 许继: 电力开关 and 电动汽车智能充换电系统
        assertThat(classifier.phrase("电力开关")).extracting(SegmentMatch::nodeCode).contains("switchgear");
        // battery precision structural parts are battery structural parts (科达利, 震裕), other precision parts are not
        assertThat(nodes(new CompanyText("示例精密股份有限公司", "锂电池精密结构件和汽车结构件的研发及制造", null, "电气设备")))
                .contains("structural-parts");
        assertThat(nodes(new CompanyText("示例精密股份有限公司", "消费电子精密结构件的研发及制造", null, "元器件")))
                .doesNotContain("structural-parts");
        assertThat(classifier.hits("电动汽车智能充换电系统")).filteredOn(h -> h.text().equals("充换电系统")).singleElement()
                .satisfies(h -> assertThat(h.terms()).extracting(Dictionary.Term::nodeCode).contains("charging-swapping"));
    }

    /** Fact check 21: machines, lenses and flame retardants for a product, a market's chance and a customer's demand. */
    @Test
    void machinesLensesAndAdditivesForAProductAreNotIt() {
        assertThat(nodes(new CompanyText("示例机电股份有限公司", "本公司的主要产品包括全自动单晶硅生长炉,多晶硅铸锭炉及单晶硅生长炉控制系统.",
                "公司主营产品为全自动单晶生长炉、区熔硅单晶炉、单晶硅滚圆机、单晶硅截断机、全自动硅片抛光机、单晶硅棒切磨复合加工一体机等。",
                "专用机械"))).as("晶盛机电 makes the machines").contains("pv-equipment").doesNotContain("ingot-wafer", "silicon-wafer");
        assertThat(nodes(new CompanyText("示例光学股份有限公司", "主要产品包括数字安防镜头,无人机镜头,智能巡检镜头等精密光学镜头.", null, "元器件")))
                .as("中润光学 makes lenses").doesNotContain("industrial-uav");
        assertThat(nodes(new CompanyText("示例化学股份有限公司", "主要从事有机磷系阻燃剂的生产,包括应用于聚氨酯材料领域和工程塑料领域的阻燃剂.", null,
                "化工原料"))).as("万盛 makes flame retardants").doesNotContain("eng-plastics");
        assertThat(classifier.hits("公司注意到锂离子电池行业的发展机会，决定转型。")).filteredOn(h -> h.text().equals("锂离子电池"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("an industry's chance is a market (尚太)").isTrue());
        assertThat(classifier.hits("公司是锂离子电池行业的龙头企业。")).filteredOn(h -> h.text().equals("锂离子电池"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("a leader in the industry makes it").isFalse());
        assertThat(classifier.hits("公司根据光伏、风力发电场的需求研制开发了一系列箱式变电站。")).filteredOn(h -> h.text().equals("风力发电场"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("a customer's demand (北辰互邦)").isTrue());
        assertThat(classifier.hits("公司根据市场需求生产锂离子电池。")).filteredOn(h -> h.text().equals("锂离子电池"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("made after the demand is the company's own").isFalse());
        assertThat(nodes(new CompanyText("示例新能源股份有限公司", "主要从事锂离子电池三元正极材料前驱体的研发,生产和销售.", null, "电气设备")))
                .as("帕瓦 makes precursors, not cathodes or cells").contains("precursor").doesNotContain("cathode", "cell");
        assertThat(nodes(new CompanyText("示例光伏股份有限公司", "主营业务为高效晶体硅太阳能电池及组件的研发、生产和销售.", null, "电气设备")))
                .contains("cell", "module");
    }

    /** 为客户提供X is what the company makes; customers named otherwise, or an industry's equipment, are not. */
    @Test
    void whatACompanyProvidesToItsCustomersIsItsOwn() {
        assertThat(classifier.hits("公司为客户提供电工钢、汽车板、镀锡板等优质产品。")).filteredOn(h -> h.text().equals("电工钢"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("首钢股份's electrical steel").isFalse());
        assertThat(classifier.hits("公司的客户包括多家锂离子电池企业。")).filteredOn(h -> h.text().equals("锂离子电池"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("customers named").isTrue());
        assertThat(classifier.hits("东旭光电是为高端客户提供TFT-LCD、OLED平板显示行业高端智能装备的企业。"))
                .filteredOn(h -> h.text().equals("TFT-LCD")).singleElement()
                .satisfies(h -> assertThat(h.application()).as("equipment for the panel industry").isTrue());
        assertThat(nodes(new CompanyText("示例微电子股份有限公司", "主营各类半导体元器件,也可向客户提供定制化的封测代工业务.", null, "半导体")))
                .as("银河世纪's foundry is a packaging one").doesNotContain("wafer-fab");
    }

    /** Fact check 21's missing products: electronic-grade chlorosilanes, the phenol-acetone chain, motors for new-energy cars. */
    @Test
    void productsTheFlagshipsTextsNameAreFound() {
        assertThat(nodes(new CompanyText("示例硅业股份有限公司", "主要从事三氯氢硅及氢氧化钾等精细化工产品的研发,生产和销售.",
                "公司产品包括电子级二氯二氢硅、电子级三氯氢硅等。", "化工原料"))).as("三孚硅业").contains("specialty-gas");
        assertThat(nodes(new CompanyText("示例化学股份有限公司", "有机化学新材料产品的研发,生产与销售,主要包括苯酚,丙酮,双酚A,聚碳酸酯和异丙醇.",
                null, "化工原料"))).as("利华益维远").contains("basic-chemicals", "eng-plastics");
        assertThat(nodes(new CompanyText("示例电气股份有限公司", "主营业务:车用智能电源控制器,新能源车用电机及控制系统等汽车智能核心电子产品.", null,
                "汽车配件"))).as("云意电气").contains("motor");
        assertThat(classifier.hits("主要产品为4-氯-2-三氟乙酰基苯胺水合物盐酸盐(E2)、异丙醇(IPA)等。")).extracting(TermClassifier.Hit::text)
                .as("a hydrochloride is no hydrochloric acid (联盛化学)").doesNotContain("盐酸").contains("异丙醇");
        // fact check 22
        assertThat(nodes(new CompanyText("示例半导体股份有限公司", "公司产品以光伏组件保护功率器件为主,产品线涵盖整流,肖特基等二极管.", null,
                null))).as("钜芯: diodes protecting modules").contains("power-device").doesNotContain("module");
        assertThat(classifier.hits("公司为集成电路、电子元器件、偏光片企业配套生产系列产品")).filteredOn(h -> h.text().equals("偏光片"))
                .singleElement().satisfies(h -> assertThat(h.application()).as("洁美: polarizer makers are customers").isTrue());
        assertThat(nodes(new CompanyText("示例特材股份有限公司", "工业用不锈钢无缝管,不锈钢焊接管的生产,销售",
                "公司是国内具备较大规模的工业用不锈钢管专业生产企业，产品为特殊钢管材。", "特种钢")))
                .as("久立特材").contains("steel-alloys");
        assertThat(nodes(new CompanyText("示例药业股份有限公司", "主要产品:核黄素.", "是全球领先的维生素B2(核黄素)生产商之一。", "化学制药")))
                .as("广济药业").contains("api");
        assertThat(classifier.phrase("冶金机械")).extracting(SegmentMatch::nodeCode)
                .as("麻城经济开发区: metallurgical machinery is no vanadium-titanium equipment").doesNotContain("vt-equipment");
        assertThat(nodes(new CompanyText("示例锂电股份有限公司", "锂离子电池模组的研发,设计,组装及销售.", null, "电气设备")))
                .as("天宏锂电 assembles modules from bought cells").contains("battery-pack").doesNotContain("cell");
    }

    /** Fact check 23: what a company left, a patent's title, scenes its products serve and kaolin are not what it makes. */
    @Test
    void whatACompanyLeftAPatentTitleAndScenesServedAreNotItsProducts() {
        assertMade("战略性退出煤炭、煤制乙二醇、天然气制甲醇及其下游产业，做精天然碱和氮肥两大主业", "煤制乙二醇", false,
                "博源化工 left coal-to-glycol");
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "电子级硅烷气",
                "公司的主要产品为高纯度电子级硅烷气。截至报告期末，公司已取得“颗粒状多晶硅生产工艺及硅晶种制造系统”、“一种电催化合成高纯乙硅烷的系统”等多项发明专利。",
                null))).as("兴洋科技: a patent's title").contains("specialty-gas").doesNotContain("polysilicon");
        assertMade("公司产品应用终端包括智能手机、显示器，透明显示等各类智慧化显示场景以及大型AI算力服务器、数据中心、光通信、"
                + "CPO光模块等高性能计算应用场景。", "光模块", false, "沃格光电: scenes its glass serves");
        assertMade("我们以智慧能源、智慧城市、智慧交通为业务应用场景", "智慧城市", true, "恒泰实达 serves the scenes it names");
        assertThat(classifier.phrase("陶瓷、高岭土、煤炭")).extracting(SegmentMatch::nodeCode)
                .as("准格尔经济开发区: kaolin is no limestone").doesNotContain("limestone");
    }

    /** Fact check 24: what a licence scope excepts is not done; products the flagships name (plasters, recycled plastics, resins). */
    @Test
    void whatAScopeExceptsIsNotDoneAndFactCheck24sProductsAreFound() {
        assertMade("许可项目:建设工程施工(除核电站建设经营,民用机场建设);", "核电站建设", false, "皖创环保 builds no nuclear plants");
        assertThat(nodes(new CompanyText("示例制药股份有限公司", "主要业务:中药橡胶膏剂,颗粒剂,酊剂,片剂,胶囊剂的生产和销售.", null, "中成药")))
                .as("羚锐制药").contains("chinese-patent");
        assertThat(nodes(new CompanyText("示例再生资源股份有限公司", "致力于可再生塑料的回收,再生,利用.", null, "环境保护")))
                .as("英科再生").contains("waste-ops");
        assertThat(nodes(new CompanyText("示例新材料股份有限公司", "主营业务是研发,生产和销售吸附分离树脂并提供应用解决方案.", null, "化工原料")))
                .as("蓝晓科技").contains("specialty-resins");
    }

    /**
     * Fact check 25: a pipe is made of the material named before it (青龙管业's PVC and concrete pipes: it makes neither PVC
     * nor cement), while products listed before the pipe are products (双达泵业's pumps), and 管 inside 管理 is no pipe; an
     * association names the industry a company belongs to (中国混凝土与水泥制品协会).
     */
    @Test
    void aPipeIsMadeOfTheMaterialBeforeItAndAnAssociationMakesNothing() {
        assertThat(nodes(new CompanyText("示例管业集团股份有限公司",
                "主要产品:混凝土管和塑料管两大系列,其中混凝土管道包括钢筋混凝土排水管道(RCP);塑料管道包括硬质给水用聚氯乙烯(PVC-U)管和高密度聚乙烯(HDPE)管两大类产品.",
                "公司曾获得中国混凝土与水泥制品协会“企业信用评价AAA级信用企业”。", "塑料")))
                .as("青龙管业").doesNotContain("basic-chemicals", "cement");
        assertThat(nodes(new CompanyText("示例泵业股份有限公司", "特种工业泵、复合材料管道及其他装备", null, "专用机械")))
                .as("双达泵业").contains("pumps-fans");
        // fact check 28: a pipe named after a grade (PVC-U给排水管) or a series (聚氯乙烯(PVC)系列管道); a diode is no pipe
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "主要生产PVC-U给排水管,PVC-M高抗冲给水管,PVC-C高压电力护套管等产品.",
                "主要产品有聚氯乙烯(PVC)系列管道、聚乙烯(PE)系列管道。", "塑料"))).as("顾地科技").doesNotContain("basic-chemicals");
        assertThat(TermClassifier.pipeItem("功率器件(功率二极管、功率三极管)", 4)).as("a diode after a bracket").isFalse();
        assertThat(nodes(new CompanyText("示例汽车零部件股份有限公司", "新能源汽车热管理系统的研发,生产和销售.", null, "汽车配件")))
                .as("a thermal-management maker").contains("thermal-management");
    }

    /**
     * Fact check 32: oxime silane crosslinkers are silicones (锦华新材), precipitated silica is not (确成), an etching liquid
     * is a wet chemical and no etching machine (中巨芯), and a PV-glass base makes no building glass (旗滨's 昭通).
     */
    @Test
    void productsOfFactCheck32AreRead() {
        assertThat(nodes(new CompanyText("示例新材料股份有限公司", "主要产品包括硅烷交联剂,羟胺盐,甲氧胺盐酸盐,乙醛肟等.", null, "化工原料")))
                .as("锦华新材").contains("silicones");
        assertThat(nodes(new CompanyText("示例硅化学股份有限公司", "研发,生产无机粉体填料(限白炭黑,二氧化硅,纳米二氧化硅)", null, "化工原料")))
                .as("确成").doesNotContain("silicones");
        assertThat(nodes(new CompanyText("示例芯科技股份有限公司", "主要产品为电子级氢氟酸,电子级硝酸,缓冲氧化物刻蚀液,硅刻蚀液,高纯氯气.", null, "化工原料")))
                .as("中巨芯").contains("wet-chemicals").doesNotContain("etch-equip");
        assertThat(classifier.phrase("在湖南郴州、福建漳州、浙江宁波、云南昭通、马来西亚沙巴州建有或在建光伏玻璃基地"))
                .extracting(SegmentMatch::nodeCode).as("旗滨's PV-glass bases").contains("pv-glass").doesNotContain("glass");
    }

    /**
     * A company that calls itself a distributor and says nothing of making in its main business, or names itself a distributor
     * there, makes nothing it sells.
     */
    @Test
    void aDistributorMakesNothingItSells() {
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "电子元器件的分销,IC设计及方案开发服务.",
                "公司是国内领先的IC授权分销商，代理处理器、传感器芯片、功率放大器等产品。", "元器件"))).as("a distributor that also designs")
                .isNotEmpty();
        assertThat(nodes(new CompanyText("示例实业股份有限公司", "工程塑料,偏光片,手机配件等产品的分销.",
                "公司是专业的电子材料分销商，主要产品包括工程塑料、偏光片等。", "商贸代理"))).as("同益实业").isEmpty();
        assertThat(TermClassifier.distributorOnly(new CompanyText("示例电气股份有限公司", "工业电气产品的分销及成套制造.",
                "公司是工业电气产品的专业分销商。", "电气设备"))).as("one that also makes").isFalse();
        // …unless its main business itself names it a distributor (众业达, fact check 131)
        assertThat(TermClassifier.distributorOnly(new CompanyText("示例电气股份有限公司",
                "主营业务:工业电气产品的专业分销商,通过自有的销售网络分销签约供应商的工业电气元器件产品,以及进行系统集成产品和成套制造产品的生产和销售.",
                "公司是工业电气产品的专业分销商。", "电气设备"))).as("众业达").isTrue();
    }

    /**
     * Fact check 34: orthopaedic implants written 植入医疗器械 are implants (威高骨科), chromatography purification equipment is
     * pharmaceutical equipment (汉邦), and a vinyl group or a hydroxylamine salt in a product's name is no ethylene or acid (艾科维).
     */
    @Test
    void productsOfFactCheck34AreRead() {
        assertThat(nodes(new CompanyText("示例骨科材料股份有限公司", "主要产品包括骨科植入医疗器械以及骨科手术器械工具.", null, "医疗保健")))
                .as("威高骨科").contains("implants");
        assertThat(classifier.hits("色谱分离纯化装备")).extracting(h -> h.terms().get(0).nodeCode()).as("汉邦科技")
                .containsExactly("pharma-equipment");
        assertThat(nodes(new CompanyText("示例科技股份有限公司", "主要产品有乙烯基三丁酮肟基硅烷,硫酸羟胺,盐酸羟胺.", null, "化工原料")))
                .as("艾科维").doesNotContain("basic-chemicals");
    }

    /** Fact check 37: 蓄电池 in a zone's industries is a lead-acid battery (贵州台江经济开发区: 蓄电池、再生铅), no power-battery cell. */
    @Test
    void aZoneOfStorageBatteriesIsNoPowerBatteryZone() {
        assertThat(classifier.phrase("蓄电池、再生铅")).extracting(SegmentMatch::nodeCode).doesNotContain("cell");
        assertThat(classifier.phrase("锂离子电池")).extracting(SegmentMatch::nodeCode).contains("cell");
    }

    /**
     * Fact checks 130 and 131: a zone's 新能源汽车及零部件 names vehicle making as its bare 新能源汽车 does (武汉蔡甸: 武汉 had shown
     * no vehicles), and so does its 新能源车 (河北大城); a port's 整车进口 makes none (福州保税港区), and 化工塑料 is chemicals and
     * plastics in general, no engineering plastics (汕头高新区).
     */
    @Test
    void zonePhrasesOfFactChecks130And131AreRead() {
        assertThat(classifier.phrase("新能源汽车及零部件")).extracting(SegmentMatch::nodeCode).contains("vehicle").containsNull();
        assertThat(classifier.phrase("新能源车")).extracting(SegmentMatch::nodeCode).contains("vehicle");
        assertThat(classifier.phrase("整车进口")).extracting(SegmentMatch::nodeCode).doesNotContain("vehicle");
        assertThat(classifier.phrase("化工塑料")).extracting(SegmentMatch::nodeCode).containsExactly((String) null);
    }

    /**
     * Fact check 132: a zone's 钢铁 is steel making (唐山曹妃甸: 港口物流、钢铁、石化 — 唐山 showed steel weak on one zone's 钢材),
     * and so are its kinds (丰南: 钢铁及压延); a company's text naming 钢铁 as its market says nothing of making it.
     */
    @Test
    void aZonesSteelIsSteelMaking() {
        assertThat(classifier.phrase("钢铁")).extracting(SegmentMatch::nodeCode).contains("steel");
        assertThat(classifier.phrase("钢铁及压延")).extracting(SegmentMatch::nodeCode).contains("steel");
        assertThat(nodes(new CompanyText("示例环保股份有限公司", "主要为钢铁行业提供烟气治理服务", null, "环境保护"))).doesNotContain("steel");
    }

    /** Fact check 35: 中药制造 is patent medicine (广誉远), reactor coolant pumps nuclear equipment (佳木斯电机), 云通信 cloud (梦网). */
    @Test
    void productsOfFactCheck35AreRead() {
        assertThat(classifier.hits("其主营业务聚焦于中药制造与销售")).extracting(h -> h.terms().get(0).nodeCode()).as("广誉远")
                .contains("chinese-patent");
        assertThat(classifier.hits("核电屏蔽式反应堆主冷却剂泵电机、核主泵")).extracting(h -> h.terms().get(0).nodeCode()).as("佳木斯电机")
                .contains("nuclear-equipment");
        assertThat(classifier.hits("公司是国内领先的5G消息及云通信服务商")).extracting(h -> h.terms().get(0).nodeCode()).as("梦网")
                .contains("cloud");
    }

    /** Fact check 160: a utility's own supply network is the grid (广西能源: 拥有完整的发、供电网络). */
    @Test
    void aUtilitysSupplyNetworkIsTheGrid() {
        assertThat(classifier.hits("公司同时拥有电厂和电网，拥有完整的发、供电网络")).filteredOn(h -> "供电网络".equals(h.text()))
                .extracting(h -> h.terms().get(0).nodeCode()).as("广西能源").containsExactly("grid");
    }

    @Test
    void classifiesOnManyThreadsAsOnOne() throws Exception {
        // the start reads the companies on every core: each thread segments with its own segmenter, and the dictionary and
        // rules are shared read-only, so what a company is filed for may not depend on what another thread reads meanwhile
        List<CompanyText> texts = new java.util.ArrayList<>();
        for (org.chainatlas.platform.data.CsvTable.Row r : org.chainatlas.platform.data.CsvTable
                .fromClasspath("data/real/listed_company_profiles.csv", "ts_code").rows()) {
            if (texts.size() < 400) {
                texts.add(new CompanyText(r.optional("公司名称"), r.optional("主营业务"), r.optional("公司简介"), null));
            }
        }
        List<List<SegmentMatch>> once = texts.stream().map(classifier::company).toList();
        assertThat(once).as("the sample files some companies").anyMatch(m -> !m.isEmpty());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<SegmentMatch>>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 97;
                // each thread starts elsewhere in the list, so that the threads read different companies at once
                runs.add(pool.submit(() -> java.util.stream.IntStream.range(0, texts.size())
                        .mapToObj(i -> classifier.company(texts.get((i + offset) % texts.size()))).toList()));
            }
            for (int t = 0; t < runs.size(); t++) {
                List<List<SegmentMatch>> got = runs.get(t).get();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(got.get(i)).as("thread " + t + ": " + texts.get((i + t * 97) % texts.size()).name())
                            .isEqualTo(once.get((i + t * 97) % texts.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
