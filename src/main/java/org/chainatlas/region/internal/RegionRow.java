package org.chainatlas.region.internal;

import org.chainatlas.region.RegionLevel;

/** One validated line of the regions resource file. */
record RegionRow(String code, String nameZh, String nameEn, RegionLevel level, String parentCode,
        double longitude, double latitude, String mapName, String coordSource) {
}
