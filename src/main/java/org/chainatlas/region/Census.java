package org.chainatlas.region;

/**
 * Census figures of a prefecture-level region (七普 2020, with 六普 2010): total and urban population and the
 * share of people aged 15–59 (percent); a figure the file leaves blank (the XPCC cities of Xinjiang, some urban counts)
 * is null, never estimated. Source: {@code data/real/city_census_2010_2020.csv} (leiii/census).
 */
public record Census(String regionCode, Long population2020, Long population2010, Long urban2020,
        Double workingAgeShare2020) {

    public static final String SOURCE = "第七次全国人口普查（2020），经 leiii/census 整理";

    /** People aged 15–59 in 2020, or null when the file lacks a figure. */
    public Long workingAge2020() {
        return population2020 == null || workingAgeShare2020 == null ? null : Math.round(population2020 * workingAgeShare2020 / 100);
    }
}
