package org.chainatlas.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the figures of presence, gaps and site recommendations come from, as stored with each answer (in Chinese), and
 * said in English to an English reader (the pages and the API answer in the reader's language).
 */
public final class Sources {

    public static final String ZONES = "开发区：中国开发区审核公告目录（2018年版）";
    public static final String COMPANIES = "企业：上市公司公开信息（概况、2022–2024 年营收）及产业转移活动的新闻报道";
    public static final String CENSUS = "人口：第七次全国人口普查（2020）";
    public static final String CHAIN_CHIEFS = "链长制：各省公开文件（见产业链资料来源）";
    public static final String CLUSTERS = "先进制造业集群：工业和信息化部公布的国家先进制造业集群名单";

    private static final Map<String, String> ENGLISH = Map.of(
            ZONES, "Zones: China Development Zone Audit Catalogue (2018 edition)",
            COMPANIES, "Enterprises: public information of listed companies (profiles, revenue 2022–2024) and news reports of "
                    + "industry-transfer events",
            CENSUS, "Population: Seventh National Population Census (2020)",
            CHAIN_CHIEFS, "Chain chiefs: provinces' public documents (see the chain's sources)",
            CLUSTERS, "Advanced manufacturing clusters: the national list published by the Ministry of Industry and Information Technology");

    private Sources() {
    }

    /** The sources in the language of {@code locale} (Chinese as stored; English where known, else as stored). */
    public static List<String> say(List<String> sources, Locale locale) {
        if (sources == null || locale == null || !"en".equals(locale.getLanguage())) {
            return sources;
        }
        return sources.stream().map(s -> ENGLISH.getOrDefault(s, s)).toList();
    }

    /** {@link #say} in the current request's language. */
    public static List<String> say(List<String> sources) {
        return say(sources, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
