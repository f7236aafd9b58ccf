package org.chainatlas.park.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.chainatlas.platform.data.DataQuality;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where a catalogue zone is placed, against the census boundaries: a point in the city its row names is kept, a point
 * elsewhere is moved to that city's centre and flagged, and a city column that is no place name is read from the point
 * when the point is usable — a one-character guess (湽博 → 淄博) only when it is not.
 */
@AtlasTest
class ZonePlacementTest {

    @Autowired
    Places places;
    @Autowired
    Regions regions;

    private ZonePlacement.Placement place(String name, String province, String city, double lng, double lat, String precision) {
        CatalogueFile.Zone zone = new CatalogueFile.Zone(2, "T000001", name, province, city, true, "经济技术开发区", "2000.01", 100.0,
                "装备制造", lng, lat, precision, false);
        RegionView p = places.province(province).orElseThrow();
        return new ZonePlacement(places, regions, Map.of()).place(zone, p);
    }

    private static boolean flagged(ZonePlacement.Placement placement, String kind) {
        return placement.flags().stream().map(DataQuality.Flag::kind).anyMatch(kind::equals);
    }

    @Test
    void aPointInItsNamedCityIsKeptAndExactOnlyWithAFineGeocode() {
        ZonePlacement.Placement fine = place("宜宾临港经济技术开发区", "四川省", "宜宾", 104.63, 28.76, "兴趣点");
        assertThat(fine.regionCode()).isEqualTo("511500");
        assertThat(fine.precision()).isEqualTo("EXACT");
        assertThat(fine.longitude()).isEqualTo(104.63);
        assertThat(fine.flags()).isEmpty();
        assertThat(place("宜宾临港经济技术开发区", "四川省", "宜宾", 104.63, 28.76, "市").precision()).isEqualTo("AREA");
    }

    /**
     * Fact check 135: a fine point one other zone has too is kept in its city but not called exact, and flagged (平顶山高新区
     * and 宝丰高新区 share one; 平新 and 石龙 sit on 鲁山's county town).
     */
    @Test
    void aPointSharedWithOneOtherZoneIsKeptButNotExact() {
        CatalogueFile.Zone zone = new CatalogueFile.Zone(2, "T000001", "宜宾临港经济技术开发区", "四川省", "宜宾", true, "经济技术开发区",
                "2000.01", 100.0, "装备制造", 104.63, 28.76, "兴趣点", false);
        ZonePlacement.Placement shared = new ZonePlacement(places, regions, Map.of(ZonePlacement.pointKey(104.63, 28.76), 2))
                .place(zone, places.province("四川省").orElseThrow());
        assertThat(shared.regionCode()).isEqualTo("511500");
        assertThat(shared.longitude()).isEqualTo(104.63);
        assertThat(shared.precision()).isEqualTo("AREA");
        assertThat(flagged(shared, "ZONE_POINT_SHARED_PAIR")).isTrue();
        assertThat(new ZonePlacement(places, regions, Map.of(ZonePlacement.pointKey(104.63, 28.76), 1))
                .place(zone, places.province("四川省").orElseThrow()).precision()).isEqualTo("EXACT");
    }

    @Test
    void aMisplacedZoneIsMovedToItsCitysCentreAndFlagged() {
        ZonePlacement.Placement moved = place("宜宾临港经济技术开发区", "四川省", "宜宾", 104.07, 30.67, "兴趣点");
        RegionView yibin = regions.find("511500").orElseThrow();
        assertThat(moved.regionCode()).isEqualTo("511500");
        assertThat(moved.precision()).isEqualTo("CITY");
        assertThat(moved.longitude()).isEqualTo(yibin.longitude());
        assertThat(flagged(moved, "ZONE_OTHER_CITY")).as("the point lay in 成都").isTrue();

        ZonePlacement.Placement outside = place("宜宾临港经济技术开发区", "四川省", "宜宾", 114.5, 38.0, "兴趣点");
        assertThat(outside.regionCode()).isEqualTo("511500");
        assertThat(flagged(outside, "ZONE_OUTSIDE_PROVINCE")).as("the point lay in 河北").isTrue();
    }

    @Test
    void aNameGivingSeveralCitiesTakesTheOneThatHoldsThePoint() {
        // 杭州湾 is a bay: the zone is in 上虞, a district of 绍兴
        ZonePlacement.Placement shangyu = place("杭州湾上虞经济技术开发区", "浙江省", "杭州湾上虞", 120.87, 30.03, "兴趣点");
        assertThat(shangyu.regionCode()).isEqualTo("330600");
        assertThat(shangyu.precision()).isEqualTo("EXACT");
        assertThat(flagged(shangyu, "ZONE_OTHER_CITY")).isFalse();
        // a zone of 顺德 (佛山) in 英德 (清远)
        ZonePlacement.Placement yingde = place("广东顺德清远英德经济合作区", "广东省", "顺德清远英德", 113.40, 24.18, "兴趣点");
        assertThat(yingde.regionCode()).isEqualTo("441800");
        // a point in none of the named cities is still moved to the first of them
        ZonePlacement.Placement elsewhere = place("杭州湾上虞经济技术开发区", "浙江省", "杭州湾上虞", 120.67, 28.00, "兴趣点");
        assertThat(elsewhere.regionCode()).isEqualTo("330100");
        assertThat(flagged(elsewhere, "ZONE_OTHER_CITY")).isTrue();
    }

    @Test
    void jilinInJilinProvinceIsTheCityOfJilin() {
        ZonePlacement.Placement jilin = place("吉林经济技术开发区", "吉林省", "吉林", 126.55, 43.84, "兴趣点");
        assertThat(jilin.regionCode()).isEqualTo("220200");
        assertThat(flagged(jilin, "ZONE_CITY_UNREAD")).isFalse();
        assertThat(places.resolve("吉林市", "220000")).map(RegionView::code).contains("220200");
        assertThat(places.resolve("吉林市", null)).map(RegionView::code).contains("220200");
        assertThat(places.resolve("吉林", null)).as("alone, 吉林 is the province").map(RegionView::code).contains("220000");
    }

    @Test
    void aCityColumnThatIsNoPlaceNameIsReadFromAUsablePointNotGuessed() {
        // 旅顺 is a district of 大连; one character from 抚顺, which the guess would have picked
        ZonePlacement.Placement lushun = place("旅顺经济技术开发区", "辽宁省", "旅顺", 121.26, 38.81, "兴趣点");
        assertThat(lushun.regionCode()).isEqualTo("210200");
        assertThat(lushun.longitude()).isEqualTo(121.26);
        assertThat(flagged(lushun, "ZONE_CITY_SIMILAR_NAME")).isFalse();
        assertThat(flagged(lushun, "ZONE_CITY_UNREAD")).isTrue();

        // with the point outside the province the typo 湽博 is read as 淄博, flagged
        ZonePlacement.Placement zibo = place("湽博高新技术产业开发区", "山东省", "湽博", 114.5, 38.0, "兴趣点");
        assertThat(zibo.regionCode()).isEqualTo("370300");
        assertThat(zibo.precision()).isEqualTo("CITY");
        assertThat(flagged(zibo, "ZONE_CITY_SIMILAR_NAME")).isTrue();
        assertThat(flagged(zibo, "ZONE_OUTSIDE_PROVINCE")).isTrue();

        // 江苏省锡沂… leaves 省锡沂 in the city column: 锡沂 (in 新沂, 徐州) is not read as 无锡 for the 锡 after 省
        ZonePlacement.Placement xiyi = place("江苏省锡沂高新技术产业开发区", "江苏省", "省锡沂", 114.5, 38.0, "兴趣点");
        assertThat(xiyi.regionCode()).isEqualTo("320300");
        assertThat(flagged(xiyi, "ZONE_CITY_SIMILAR_NAME")).isFalse();
    }

    @Test
    void aCorpsDivisionIsTheCityItIsMergedWith() {
        // 第七师 is 胡杨河市: the zone's point there is kept, though 奎屯 in its name is a city of 伊犁
        ZonePlacement.Placement tianbei = place("第七师奎屯天北新区工业园区", "新疆维吾尔自治区", "第七师奎屯天北", 84.998561, 44.576261, "住宅区");
        assertThat(tianbei.regionCode()).isEqualTo("659010");
        assertThat(tianbei.longitude()).isEqualTo(84.998561);
        assertThat(flagged(tianbei, "ZONE_OTHER_CITY")).isFalse();
        // 第十师 is 北屯市: a point outside the province goes to 北屯's centre, not the province's
        ZonePlacement.Placement tunnan = place("第十师屯南工业园区", "新疆维吾尔自治区", "第十师屯南", 114.01745, 23.064011, "村庄");
        assertThat(tunnan.regionCode()).isEqualTo("659005");
        assertThat(tunnan.precision()).isEqualTo("CITY");
    }

    @Test
    void aCountysShortNameCountsOnlyAsAWholeName() {
        // 和丰 is 和布克赛尔 (塔城): before the alias it was guessed as 和田, one character away
        ZonePlacement.Placement hefeng = place("和丰工业园区", "新疆维吾尔自治区", "和丰", 111.056296, 23.41085, "村庄");
        assertThat(hefeng.regionCode()).isEqualTo("654200");
        assertThat(flagged(hefeng, "ZONE_CITY_SIMILAR_NAME")).isFalse();
        assertThat(flagged(hefeng, "ZONE_OUTSIDE_PROVINCE")).isTrue();
        assertThat(places.resolve("和丰", "650000")).map(RegionView::code).contains("654200");
        assertThat(places.mentions("公司拥有技术和丰富经验", "650000")).as("和丰 inside 和丰富 is no place").isEmpty();
        assertThat(places.mentions("新疆生产建设兵团第十三师", "650000")).extracting(m -> m.region().code())
                .containsExactly("650000", "659011");
    }

    @Test
    void townsAndPartnersInAZonesNameAreRead() {
        // 燕郊 is a town of 三河 (廊坊); the catalogue's point is a default shared by many zones
        ZonePlacement.Placement yanjiao = place("燕郊高新技术产业开发区", "河北省", "燕郊", 114.5, 30.0, "住宅区");
        assertThat(yanjiao.regionCode()).isEqualTo("131000");
        assertThat(yanjiao.precision()).isEqualTo("CITY");
        // 上都 counts as a whole city column only
        assertThat(place("上都工业园区", "内蒙古自治区", "上都", 115.69022, 25.005804, "村庄").regionCode()).isEqualTo("152500");
        assertThat(places.mentions("产品在国内市场上都有销售", "150000")).isEmpty();
        // 黑龙江 helps build a park in 富蕴 (阿勒泰): the county after the partner province is read in 新疆
        ZonePlacement.Placement fuyun = place("黑龙江富蕴工业园区", "新疆维吾尔自治区", "黑龙江富蕴", 126.655979, 45.740264, "省");
        assertThat(fuyun.regionCode()).isEqualTo("654300");
        assertThat(flagged(fuyun, "ZONE_CITY_UNREAD")).isFalse();
    }

    @Test
    void aPointGeocodedToTheProvinceOnlyDoesNotTellTheCity() {
        // 东乡 is 东乡族自治县 (临夏) in 甘肃, read as a whole name; 江西's 东乡 is the district of 抚州
        assertThat(place("甘肃东乡经济开发区", "甘肃省", "东乡", 103.824358, 36.060947, "省").regionCode()).isEqualTo("622900");
        assertThat(place("江西东乡经济开发区", "江西省", "东乡", 116.595883, 28.242515, "未知").regionCode()).isEqualTo("361000");
        // a city that cannot be read is not taken from the provincial seat the geocoder fell back to
        ZonePlacement.Placement unread = place("甘肃某某经济开发区", "甘肃省", "某某", 103.824358, 36.060947, "省");
        assertThat(unread.regionCode()).isEqualTo("620000");
        assertThat(unread.precision()).isEqualTo("PROVINCE");
        assertThat(place("甘肃某某经济开发区", "甘肃省", "某某", 103.824358, 36.060947, "住宅区").regionCode()).isEqualTo("620100");
    }

    @Test
    void zonesWhosePointLiesInAnotherCityAreMovedToTheCityTheirNameGives() {
        // the catalogue's rows as written: 江苏中关村科技产业园 is in 溧阳 (常州), its point in 淮安
        ZonePlacement.Placement zhongguancun = place("江苏省中关村高新技术产业开发区", "江苏省", "省中关村", 119.040635, 33.638646, "住宅区");
        assertThat(zhongguancun.regionCode()).isEqualTo("320400");
        assertThat(zhongguancun.precision()).isEqualTo("CITY");
        assertThat(flagged(zhongguancun, "ZONE_OTHER_CITY")).as("the point lay in 淮安").isTrue();
        // 宝泉岭 is in 萝北 (鹤岗); the point lay between 伊春 and 绥化
        ZonePlacement.Placement baoquanling = place("黑龙江宝泉岭经济开发区", "黑龙江省", "宝泉岭", 128.49241, 46.80925, "住宅区");
        assertThat(baoquanling.regionCode()).isEqualTo("230400");
        assertThat(flagged(baoquanling, "ZONE_CITY_UNREAD")).isFalse();
        // 红旗渠 is 林州's (安阳), not 新乡's 红旗区; the point lay in 长治 across the Shanxi border (fact check 165: 新乡 showed steel)
        ZonePlacement.Placement hongqiqu = place("红旗渠经济技术开发区", "河南省", "红旗渠", 113.255211, 36.23424, "住宅区");
        assertThat(hongqiqu.regionCode()).isEqualTo("410500");
        assertThat(flagged(hongqiqu, "ZONE_OUTSIDE_PROVINCE")).isTrue();
        // 陕西航空经开区 is 阎良's aviation base (西安); the geocoder put its column's 航空 in 汉中
        ZonePlacement.Placement aviation = place("陕西航空经济技术开发区", "陕西省", "航空", 107.196203, 33.150322, "住宅区");
        assertThat(aviation.regionCode()).isEqualTo("610100");
        assertThat(flagged(aviation, "ZONE_OTHER_CITY")).as("the point lay in 汉中").isTrue();
        assertThat(places.mentions("产品广泛应用于航空、航天领域", "610000")).as("a text's 航空 is no place").isEmpty();
        // 龙港新区 is 玉林's 龙潭 and 北海's 铁山东港; the geocoder put its column's 北部湾 in a 南宁 residential area
        ZonePlacement.Placement longgang = place("广西北部湾经济区龙港新区", "广西壮族自治区", "北部湾", 108.213658, 22.640016, "住宅区");
        assertThat(longgang.regionCode()).isEqualTo("450900");
        assertThat(flagged(longgang, "ZONE_OTHER_CITY")).as("the point lay in 南宁").isTrue();
        assertThat(places.mentions("公司位于北部湾经济区", "450000")).as("a text's 北部湾 is no city").isEmpty();
        // the whole name only: 中关村 in a sentence is still Beijing's
        assertThat(places.mentions("在北京中关村设有研发中心", "110000")).noneMatch(m -> m.region().code().startsWith("32"));
    }
}
