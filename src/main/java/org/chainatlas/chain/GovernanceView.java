package org.chainatlas.chain;

import java.util.List;

public record GovernanceView(String chainCode, String provinceCode, String systemNameZh, String chainChiefZh,
        String deputyChiefZh, String leadDepartmentZh, List<String> primaryHostCodes, List<String> collaboratingCodes,
        String sourceUrl, String note) {
}
