package org.chainatlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Registering enterprises and their needs through the API: validation with field paths, conflicts, search. */
@AtlasTest
@Tag("db")
class EnterpriseApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private final JsonMapper json = JsonMapper.builder().build();

    private long node(String chain, String code) {
        return jdbc.queryForObject("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = ? and n.code = ?",
                Long.class, chain, code);
    }

    private long enterprises() {
        return jdbc.queryForObject("select count(*) from enterprise", Long.class);
    }

    @Test
    void anInvalidUsccIsRefusedWithItsFieldAndNothingIsStored() throws Exception {
        long before = enterprises();
        mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "校验码错误公司", "uscc", "91510100MA61234567",
                                "hqRegionCode", "510100"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].message", containsString("check character")));
        assertThat(enterprises()).isEqualTo(before);
    }

    /** A plant entered or removed through the registry moves the enterprise into or out of a search by its place. */
    @Test
    void aPlantEnteredMakesTheEnterpriseFoundWhereItProduces() throws Exception {
        String uscc = org.chainatlas.enterprise.Uscc.compose("440300", 87_100_011L).value();
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("nameZh", "深圳遂宁建厂检索测试科技有限公司", "uscc", uscc,
                "hqRegionCode", "440300", "facilities", List.of(Map.of("regionCode", "440300"), Map.of("nameZh", "遂宁工厂",
                        "regionCode", "510900"))));
        String created = mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(jdbc.queryForObject("select plant_regions from enterprise where id = ?", String.class, id)).isEqualTo("440300;510900");
        mvc.perform(get("/api/v1/enterprises").with(Users.ADMIN.auth()).param("q", "建厂检索测试").param("region", "510000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].plantRegionCode").value("510900"));
        mvc.perform(get("/api/v1/enterprises").with(Users.ADMIN.auth()).param("q", "遂宁 建厂检索测试"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(id));

        body.put("facilities", List.of(Map.of("regionCode", "440300")));
        mvc.perform(put("/api/v1/enterprises/" + id).with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select plant_regions from enterprise where id = ?", String.class, id)).isEqualTo("440300");
        mvc.perform(get("/api/v1/enterprises").with(Users.ADMIN.auth()).param("q", "建厂检索测试").param("region", "510000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
    }

    /** A city's investment bureau keeps its city's enterprises (and no other city's); their needs stay with organisers. */
    @Test
    void aLocalityKeepsTheEnterprisesOfItsOwnCity() throws Exception {
        String uscc = org.chainatlas.enterprise.Uscc.compose("511500", 87_100_001L).value();
        String created = mvc.perform(post("/api/v1/enterprises").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "宜宾属地登记测试企业", "uscc", uscc, "hqRegionCode", "511500",
                                "segments", java.util.List.of(Map.of("nodeId", node("nev-battery", "cathode"), "regionCode", "511500",
                                        "role", "PRODUCES"))))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment where enterprise_id = ? and region_code = '511500'",
                Long.class, id)).as("what the bureau adds counts at once").isEqualTo(1);
        mvc.perform(put("/api/v1/enterprises/" + id).with(Users.YIBIN_LOCALITY.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("nameZh", "宜宾属地登记测试企业",
                                "uscc", uscc, "hqRegionCode", "511500", "descriptionZh", "正极材料生产"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.descriptionZh").value("正极材料生产"));
        // the official tags are the organisers': not set by the bureau, neither on its new enterprise nor on one it keeps
        mvc.perform(put("/api/v1/enterprises/" + id).with(Users.YIBIN_LOCALITY.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("nameZh", "宜宾属地登记测试企业",
                                "uscc", uscc, "hqRegionCode", "511500", "tags", List.of("CHAIN_LEADER")))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/enterprises").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "宜宾自封链主测试企业", "uscc",
                                org.chainatlas.enterprise.Uscc.compose("511500", 87_100_004L).value(), "hqRegionCode", "511500",
                                "tags", List.of("CHAIN_LEADER")))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name_zh = '宜宾自封链主测试企业'", Long.class)).isZero();
        mvc.perform(put("/api/v1/enterprises/" + id).with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("nameZh", "宜宾属地登记测试企业",
                                "uscc", uscc, "hqRegionCode", "511500", "tags", List.of("CHAIN_LEADER")))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tags[0]").value("CHAIN_LEADER"));
        mvc.perform(post("/api/v1/enterprises").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "成都企业", "uscc",
                                org.chainatlas.enterprise.Uscc.compose("510100", 87_100_002L).value(), "hqRegionCode", "510100"))))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(post("/enterprises/new").with(org.chainatlas.support.SignedIn.as(users, "yibin-locality"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lang", "zh").param("nameZh", "成都页面测试企业").param("uscc",
                                org.chainatlas.enterprise.Uscc.compose("510100", 87_100_003L).value()).param("hqRegionCode", "510100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("您无权在地区 成都市（510100） 登记", "value=\"成都页面测试企业\"");
        long chengdu = jdbc.queryForObject("select min(id) from enterprise where hq_region_code = '510100' and deleted_at is null",
                Long.class);
        mvc.perform(get("/enterprises/" + chengdu + "/edit").with(org.chainatlas.support.SignedIn.as(users, "yibin-locality")))
                .andExpect(status().isForbidden());
        // posting the form anyway is refused for the right, not for its fields
        mvc.perform(post("/enterprises/" + chengdu + "/edit").with(org.chainatlas.support.SignedIn.as(users, "yibin-locality"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("nameZh", "改名").param("hqRegionCode", "510100"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/" + id + "/edit").with(org.chainatlas.support.SignedIn.as(users, "yibin-locality")))
                .andExpect(status().isOk());
        mvc.perform(get("/enterprises/" + id + "/needs/new").with(org.chainatlas.support.SignedIn.as(users, "yibin-locality")))
                .andExpect(status().isForbidden());
    }

    /**
     * An enterprise's own user edits its profile: the official tags are shown, not offered, and a tag sent anyway neither
     * changes them nor throws away what was typed (it answered a bare 403 page).
     */
    @Test
    void anEnterpriseEditsItsProfileWithoutItsOfficialTags() throws Exception {
        long id = jdbc.queryForObject("select enterprise_id from app_user where username = 'galactic-enterprise'", Long.class);
        var signedIn = org.chainatlas.support.SignedIn.as(users, "galactic-enterprise");
        String form = mvc.perform(get("/enterprises/" + id + "/edit").with(signedIn)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).containsPattern("id=\"tag-CENTRAL_SOE\"[^>]*disabled");
        java.util.Map<String, Object> row = jdbc.queryForMap("select name_zh, uscc, hq_region_code, tags, version from enterprise where id = ?", id);
        var edit = post("/enterprises/" + id + "/edit");
        // the form's own segments: those at the seat (plants elsewhere are kept by the form)
        jdbc.queryForList("select distinct node_id from enterprise_segment where enterprise_id = ? and role = 'PRODUCES' and region_code = ?",
                Long.class, id, row.get("hq_region_code")).forEach(n -> edit.param("producesNodeIds", String.valueOf(n)));
        jdbc.queryForList("select distinct node_id from enterprise_segment where enterprise_id = ? and role = 'BUYS' and region_code = ?",
                Long.class, id, row.get("hq_region_code")).forEach(n -> edit.param("buysNodeIds", String.valueOf(n)));
        long sites = jdbc.queryForObject("select count(*) from enterprise_facility where enterprise_id = ?", Long.class, id);
        long segments = jdbc.queryForObject("select count(*) from enterprise_segment where enterprise_id = ?", Long.class, id);
        mvc.perform(edit.with(signedIn).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("nameZh", (String) row.get("name_zh"))
                        .param("uscc", (String) row.get("uscc")).param("hqRegionCode", (String) row.get("hq_region_code"))
                        .param("tags", "CENTRAL_SOE").param("descriptionZh", "标签不可自改测试").param("version", String.valueOf(row.get("version"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select tags from enterprise where id = ?", Integer.class, id)).isEqualTo(row.get("tags"));
        assertThat(jdbc.queryForObject("select description_zh from enterprise where id = ?", String.class, id)).isEqualTo("标签不可自改测试");
        // an unchanged profile adds no site and no segment (an empty "plant" appeared at the head office)
        assertThat(jdbc.queryForObject("select count(*) from enterprise_facility where enterprise_id = ?", Long.class, id)).isEqualTo(sites);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment where enterprise_id = ?", Long.class, id))
                .isEqualTo(segments);
    }

    /**
     * The edit page's form as a browser would send it untouched: every input's value, every textarea's text, every select's
     * selected options, every checked box (and its csrf token) — "unchanged" means all of it, not a few fields.
     */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder unchanged(long id,
            org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        String page = mvc.perform(get("/enterprises/" + id + "/edit").with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String form = page.substring(page.indexOf("<form"), page.indexOf("</form>", page.indexOf("name=\"nameZh\"")));
        var post = post("/enterprises/" + id + "/edit");
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input([^>]*)>").matcher(form);
        while (input.find()) {
            String attrs = input.group(1);
            String name = attribute(attrs, "name");
            String type = attribute(attrs, "type");
            if (name == null || name.equals("_csrf") || attrs.contains("disabled")
                    || ("checkbox".equals(type) || "radio".equals(type)) && !attrs.contains("checked")) {
                continue;
            }
            String value = attribute(attrs, "value");
            post.param(name, value == null ? "" : org.springframework.web.util.HtmlUtils.htmlUnescape(value));
        }
        java.util.regex.Matcher area = java.util.regex.Pattern.compile("<textarea([^>]*)>([^<]*)</textarea>").matcher(form);
        while (area.find()) {
            post.param(attribute(area.group(1), "name"), org.springframework.web.util.HtmlUtils.htmlUnescape(area.group(2)));
        }
        java.util.regex.Matcher select = java.util.regex.Pattern.compile("(?s)<select([^>]*)>(.*?)</select>").matcher(form);
        while (select.find()) {
            java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option([^>]*)>").matcher(select.group(2));
            while (option.find()) {
                if (option.group(1).contains("selected")) {
                    post.param(attribute(select.group(1), "name"), attribute(option.group(1), "value"));
                }
            }
        }
        return post.with(user).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
    }

    private static String attribute(String attrs, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    /** 宁德时代 saving its profile unchanged (segments at its seat, no site there) gets no new "platform-entered" site. */
    @Test
    void savingUnchangedAddsNoSiteWhereSegmentsStoodWithout() throws Exception {
        long id = jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        String profile = "select name_zh, uscc, hq_region_code, revenue_band, employees, description_zh, contact_name, tags from enterprise where id = ?";
        java.util.Map<String, Object> before = jdbc.queryForMap(profile, id);
        long sites = jdbc.queryForObject("select count(*) from enterprise_facility where enterprise_id = ?", Long.class, id);
        mvc.perform(unchanged(id, org.chainatlas.support.SignedIn.as(users, "catl-enterprise"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from enterprise_facility where enterprise_id = ?", Long.class, id)).isEqualTo(sites);
        assertThat(jdbc.queryForMap(profile, id)).as("nothing else moved either").isEqualTo(before);
    }

    /**
     * Saving one's profile unchanged keeps every site at the seat as it was — its name and its source (星空's 达州市工厂,
     * cited from 四川日报): it was replaced by an unnamed site without a source.
     */
    @Test
    void savingAProfileUnchangedKeepsTheNamedAndSourcedSitesAtTheSeat() throws Exception {
        long id = jdbc.queryForObject("select enterprise_id from app_user where username = 'starspace-enterprise'", Long.class);
        String hq = jdbc.queryForObject("select hq_region_code from enterprise where id = ?", String.class, id);
        String sitesSql = "select id, name_zh, region_code, source, evidence from enterprise_facility where enterprise_id = ? order by id";
        List<java.util.Map<String, Object>> before = jdbc.queryForList(sitesSql, id);
        assertThat(before).as("a named, sourced site at the seat").anyMatch(f -> hq.equals(f.get("region_code"))
                && f.get("name_zh") != null && f.get("evidence") != null);
        mvc.perform(unchanged(id, org.chainatlas.support.SignedIn.as(users, "starspace-enterprise"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList(sitesSql, id)).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedWithItsPath() throws Exception {
        long before = enterprises();
        mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "多处错误公司", "uscc", Uscc.compose("510100", 55_000_001L).value(),
                                "hqRegionCode", "510100", "employees", -3,
                                "facilities", List.of(Map.of("regionCode", "510100", "longitude", 200.0, "latitude", 30.0)),
                                "segments", List.of(Map.of("nodeId", node("nev-battery", "cell")), Map.of("nodeId", 999_999))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("employees")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("facilities[0].longitude")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("segments[1].nodeId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("unknown segment id 999999")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void aDuplicateUsccIsAConflict() throws Exception {
        String body = json.writeValueAsString(Map.of("nameZh", "重复代码公司", "uscc", Uscc.compose("510100", 55_000_002L).value(),
                "hqRegionCode", "510100"));
        mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("uscc"));
    }

    @Test
    void needsAreValidatedAndInvestmentInTheWrongUnitIsNamed() throws Exception {
        long catl = jdbc.queryForObject("select min(id) from enterprise where name_zh = '宁德时代新能源科技股份有限公司'", Long.class);
        long before = jdbc.queryForObject("select count(*) from enterprise_need", Long.class);
        mvc.perform(post("/api/v1/enterprises/" + catl + "/needs").with(Users.CATL.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("kind", "EXPANSION", "nodeId", node("nev-battery", "cell"),
                                "investmentCny", 50, "landMu", -10, "preferredProvinces", List.of("510100"), "startBy", "1900-01-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("investmentCny")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startBy")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("landMu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("preferredProvinces[0]")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("not 万元 or 亿元"))));
        assertThat(jdbc.queryForObject("select count(*) from enterprise_need", Long.class)).isEqualTo(before);
        // a new plan starts today or later
        mvc.perform(post("/api/v1/enterprises/" + catl + "/needs").with(Users.CATL.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("kind", "EXPANSION", "nodeId", node("nev-battery", "cell"),
                                "investmentCny", 500_000_000L, "startBy", "2020-01-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("is in the past"))));
        assertThat(jdbc.queryForObject("select count(*) from enterprise_need", Long.class)).isEqualTo(before);
    }

    /**
     * Someone who may read a need but not keep it (Chongqing's organiser, the need preferring Chongqing) posting its edit
     * form with a malformed field is refused for the right, not shown the form back with the field's refusal.
     */
    @Test
    void aReaderWhoMayNotKeepANeedIsRefusedBeforeItsFields() throws Exception {
        long catl = jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        long need = json.readTree(mvc.perform(post("/api/v1/enterprises/" + catl + "/needs").with(Users.CATL.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "EXPANSION",
                                "nodeId", node("nev-battery", "cell"), "investmentCny", 500_000_000L, "preferredProvinces", List.of("500000")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        var chongqing = org.chainatlas.support.SignedIn.as(users, "chongqing-organiser");
        mvc.perform(get("/api/v1/needs/" + need).with(Users.CHONGQING_ORGANISER.auth())).andExpect(status().isOk());
        mvc.perform(post("/needs/" + need + "/edit").with(chongqing).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("investmentWan", "abc"))
                .andExpect(status().isForbidden());
    }

    /** An enterprise's own user edits it but is not offered a removal it would be refused; its seat's organiser is. */
    @Test
    void onlyThoseWhoMayRemoveAnEnterpriseAreOfferedTo() throws Exception {
        long id = jdbc.queryForObject("select enterprise_id from app_user where username = 'starspace-enterprise'", Long.class);
        String own = mvc.perform(get("/enterprises/" + id).with(org.chainatlas.support.SignedIn.as(users, "starspace-enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("/enterprises/" + id + "/edit").doesNotContain("/enterprises/" + id + "/delete");
        String organiser = mvc.perform(get("/enterprises/" + id).with(org.chainatlas.support.SignedIn.as(users, "sichuan-organiser")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(organiser).contains("/enterprises/" + id + "/delete");
    }

    /** An enterprise's user changing its seat is told so at the seat's field (it was said at the name), the rest kept. */
    @Test
    void anIdentityChangeByTheEnterpriseItselfIsSaidAtTheFieldChanged() throws Exception {
        long id = jdbc.queryForObject("select enterprise_id from app_user where username = 'galactic-enterprise'", Long.class);
        java.util.Map<String, Object> row = jdbc.queryForMap("select name_zh, uscc, hq_region_code, version from enterprise where id = ?", id);
        var edit = post("/enterprises/" + id + "/edit").with(org.chainatlas.support.SignedIn.as(users, "galactic-enterprise"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("nameZh", (String) row.get("name_zh")).param("hqRegionCode", "511500").param("descriptionZh", "改址测试")
                .param("version", String.valueOf(row.get("version")));
        if (row.get("uscc") != null) {
            edit.param("uscc", (String) row.get("uscc"));
        }
        String page = mvc.perform(edit).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String seat = page.substring(page.indexOf("id=\"hqRegionCode\""));
        seat = seat.substring(0, seat.indexOf("</div>"));
        assertThat(seat).contains("invalid-feedback").contains("组织方");
        String name = page.substring(page.indexOf("id=\"nameZh\""));
        assertThat(name.substring(0, name.indexOf("</div>"))).doesNotContain("invalid-feedback");
        assertThat(page).contains("改址测试");
        assertThat(jdbc.queryForObject("select hq_region_code from enterprise where id = ?", String.class, id)).isEqualTo(row.get("hq_region_code"));
    }

    /** A segment a news report gives (confidence 1) says its source on the page, not "registered on the platform". */
    @Test
    void aReportedSegmentSaysItsSource() throws Exception {
        java.util.Map<String, Object> row = jdbc.queryForList("select s.enterprise_id, s.evidence from enterprise_segment s "
                + "where s.confidence >= 1 and s.evidence is not null and s.evidence <> '' order by s.id").getFirst();
        String page = mvc.perform(get("/enterprises/" + row.get("enterprise_id"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String evidence = (String) row.get("evidence");
        String prefix = evidence.length() > 12 ? evidence.substring(0, 12) : evidence;
        // in the cell's text (the title attribute had it before), where "登记" stood
        assertThat(page).containsPattern("\">\\s*" + java.util.regex.Pattern.quote(org.springframework.web.util.HtmlUtils.htmlEscape(prefix)));
    }

    @Test
    void chineseSearchFindsAWordInsideLongerWordsAndFilters() throws Exception {
        long lithium = node("nev-battery", "cell");
        mvc.perform(post("/api/v1/enterprises").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nameZh", "遂宁锂电池测试科技有限公司", "uscc",
                        Uscc.compose("510900", 55_000_003L).value(), "hqRegionCode", "510900",
                        "segments", List.of(Map.of("nodeId", lithium)))))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/enterprises").param("q", "电池").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].nameZh", hasItem("遂宁锂电池测试科技有限公司")))
                .andExpect(jsonPath("$.content[0].nameHighlight", containsString("<mark>")));
        // the name is highlighted where the word is, inside a longer word
        mvc.perform(post("/api/v1/enterprises").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nameZh", "攀枝花新能源高亮测试有限公司", "uscc",
                        Uscc.compose("510400", 55_000_005L).value(), "hqRegionCode", "510400")))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/enterprises").param("q", "能源").param("region", "510400").param("size", "100"))
                .andExpect(jsonPath("$.content[?(@.nameZh == '攀枝花新能源高亮测试有限公司')].nameHighlight",
                        hasItem(containsString("<mark>能源</mark>"))));
        String inSichuan = mvc.perform(get("/api/v1/enterprises").param("q", "锂电池").param("region", "510000").param("size", "100"))
                .andExpect(jsonPath("$.content[*].nameZh", hasItem("遂宁锂电池测试科技有限公司")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // each seated in Sichuan, or producing there (and then the hit names the plant's region)
        json.readTree(inSichuan).get("content").valueStream().forEach(h -> assertThat(h.get("plantRegionCode").isNull()
                ? h.get("hqRegionCode").asString() : h.get("plantRegionCode").asString()).as(h.toString()).startsWith("51"));
        // a word of several characters: the whole name is shown, every character of the word marked, nothing else
        String found = mvc.perform(get("/api/v1/enterprises").param("q", "锂电池").param("region", "510900").param("size", "100"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String highlight = json.readTree(found).get("content").valueStream()
                .filter(h -> h.get("nameZh").asString().equals("遂宁锂电池测试科技有限公司")).findFirst().orElseThrow()
                .get("nameHighlight").asString();
        assertThat(highlight.replace("<mark>", "").replace("</mark>", "")).isEqualTo("遂宁锂电池测试科技有限公司");
        assertThat(highlight.replaceAll("<mark>[^<]*</mark>", "")).isEqualTo("遂宁测试科技有限公司");
        mvc.perform(get("/api/v1/enterprises").param("q", "动力电池").param("size", "50"))
                .andExpect(jsonPath("$.totalElements", org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/enterprises").param("q", "锂电池").param("region", "440000").param("size", "100"))
                .andExpect(jsonPath("$.content[*].nameZh", org.hamcrest.Matchers.not(hasItem("遂宁锂电池测试科技有限公司"))));
    }

    /**
     * What users type most: a company's full registered name. Long Chinese names were refused as "too many parts"
     * (unigrams and bigrams together made Lucene expand every way of cutting the text); now it is found, first.
     */
    @Test
    void aFullLongCompanyNameIsFoundFirst() throws Exception {
        for (String name : List.of("宁德时代新能源科技股份有限公司", "隆基绿能科技股份有限公司")) {
            mvc.perform(get("/api/v1/enterprises").param("q", name).param("size", "5"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[0].nameZh").value(name));
        }
        mvc.perform(get("/api/v1/enterprises").param("q", "电").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", org.hamcrest.Matchers.greaterThan(0)));
    }

    /**
     * A hit is read from the index alone (stored fields, no entity loaded): its region, chains and tags are the stored
     * ones, and where the search did not match its segments they are named from the database, escaped.
     */
    @Test
    void aHitShowsItsRegionChainsTagsAndSegmentsAsStored() throws Exception {
        long cell = node("nev-battery", "cell");
        String nodeName = jdbc.queryForObject("select name_zh from chain_node where id = ?", String.class, cell);
        mvc.perform(post("/api/v1/enterprises").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nameZh", "广安投影字段核对有限公司", "uscc",
                        Uscc.compose("511600", 55_000_006L).value(), "hqRegionCode", "511600",
                        "segments", List.of(Map.of("nodeId", cell)))))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/enterprises").param("q", "投影字段核对"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].nameZh").value("广安投影字段核对有限公司"))
                .andExpect(jsonPath("$.content[0].hqRegionCode").value("511600"))
                .andExpect(jsonPath("$.content[0].chainCodes", org.hamcrest.Matchers.contains("nev-battery")))
                .andExpect(jsonPath("$.content[0].segmentHighlight").value(org.springframework.web.util.HtmlUtils.htmlEscape(nodeName)));
        // the segment text is indexed in Chinese: an English reader is shown the segments' English names
        String nodeNameEn = jdbc.queryForObject("select name_en from chain_node where id = ?", String.class, cell);
        mvc.perform(get("/api/v1/enterprises").param("q", "投影字段核对").cookie(new jakarta.servlet.http.Cookie("chainatlas-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].segmentHighlight").value(org.springframework.web.util.HtmlUtils.htmlEscape(nodeNameEn)));
        String catl = jdbc.queryForObject("select name_zh from enterprise where name_zh like '宁德时代%'", String.class);
        int mask = jdbc.queryForObject("select tags from enterprise where name_zh = ?", Integer.class, catl);
        assertThat(mask).as("the seed article's tags").isNotZero();
        mvc.perform(get("/api/v1/enterprises").param("q", catl).param("size", "1"))
                .andExpect(jsonPath("$.content[0].tags", org.hamcrest.Matchers.contains(
                        EnterpriseTag.of(mask).stream().map(Enum::name).toArray())));
    }

    @Test
    void searchEscapesStoredHtmlInHighlights() throws Exception {
        mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nameZh", "<script>电芯</script>脚本公司", "uscc",
                        Uscc.compose("510100", 55_000_004L).value(), "hqRegionCode", "510100")))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/search").param("q", "脚本公司"))
                .andExpect(jsonPath("$.enterprises.content[0].nameHighlight", containsString("&lt;script&gt;")));
    }
}
