package org.chainatlas.reference;

import java.util.List;

public record ClusterView(long id, String nameZh, int batchYear, String provincesZh, String citiesZh,
        String industryZh, String sourceUrl, List<String> regionCodes) {

    /**
     * Whether the list names a place inside the region of this code prefix. A cluster listed for whole provinces
     * (榆鄂宁现代煤化工集群: 陕西, 内蒙古, 宁夏, no city) does not name 西安: a city page says it is its province's.
     */
    public boolean listedIn(String regionPrefix) {
        return regionCodes.stream().anyMatch(code -> code.startsWith(regionPrefix));
    }
}
