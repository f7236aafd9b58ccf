package org.chainatlas.region;

/** Administrative level of a region as kept by ChainAtlas. */
public enum RegionLevel {
    /** 省级: province, autonomous region, municipality, SAR. */
    PROVINCE,
    /** 地级: prefecture-level city, prefecture, autonomous prefecture, league. */
    PREFECTURE,
    /** 省直辖县级行政单位: county-level unit administered directly by a province. */
    COUNTY_UNDER_PROVINCE
}
