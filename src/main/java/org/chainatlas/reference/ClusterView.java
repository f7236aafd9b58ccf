package org.chainatlas.reference;

import java.util.List;

public record ClusterView(long id, String nameZh, int batchYear, String provincesZh, String citiesZh,
        String industryZh, String sourceUrl, List<String> regionCodes) {
}
