package org.chainatlas.chain;

import java.util.List;

/**
 * A chain as written in a data file or sent to the API: segments, supply edges and governance. Validated
 * as a whole by the chain rules before anything is stored.
 */
public record ChainDefinition(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        Integer supplyRadiusKm, List<String> sources, List<NodeDefinition> nodes, List<EdgeDefinition> edges,
        List<GovernanceDefinition> governance) {

    public record NodeDefinition(String code, String nameZh, String nameEn, Stage stage, List<String> industryCodes,
            List<String> keywords) {
    }

    /** {@code from} supplies {@code to}; weight in (0, 1] is the edge's share of importance. */
    public record EdgeDefinition(String from, String to, Double weight) {
    }

    public record GovernanceDefinition(String provinceCode, String systemNameZh, String chainChiefZh,
            String deputyChiefZh, String leadDepartmentZh, List<String> primaryHostCodes, List<String> collaboratingCodes,
            String sourceUrl, String note) {
    }

    public List<NodeDefinition> nodesOrEmpty() {
        return nodes == null ? List.of() : nodes;
    }

    public List<EdgeDefinition> edgesOrEmpty() {
        return edges == null ? List.of() : edges;
    }

    public List<GovernanceDefinition> governanceOrEmpty() {
        return governance == null ? List.of() : governance;
    }
}
