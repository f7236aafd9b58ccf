package org.chainatlas.chain.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainDefinition.EdgeDefinition;
import org.chainatlas.chain.ChainDefinition.GovernanceDefinition;
import org.chainatlas.chain.ChainDefinition.NodeDefinition;
import org.chainatlas.platform.InvalidInput.FieldError;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;

/**
 * The rules a chain definition must satisfy, each failure reported with its JSON path (e.g.
 * {@code edges[4].to}). Used for built-in files and API requests alike.
 */
public final class ChainDefinitionRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final Pattern INDUSTRY_CODE = Pattern.compile("\\d{4}");
    /** A link shown on pages: http or https only (never javascript:, data: …), no spaces or quotes. */
    public static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s\"'<>]{1,2000}", Pattern.CASE_INSENSITIVE);

    private final Regions regions;
    private final int minNodes;
    private final int maxNodes;

    public ChainDefinitionRules(Regions regions, int minNodes, int maxNodes) {
        this.regions = regions;
        this.minNodes = minNodes;
        this.maxNodes = maxNodes;
    }

    public List<FieldError> check(ChainDefinition chain) {
        List<FieldError> errors = new ArrayList<>();
        code(errors, "code", chain.code());
        text(errors, "nameZh", chain.nameZh(), 128, true);
        text(errors, "nameEn", chain.nameEn(), 128, true);
        text(errors, "descriptionZh", chain.descriptionZh(), 2000, false);
        text(errors, "descriptionEn", chain.descriptionEn(), 2000, false);
        if (chain.supplyRadiusKm() == null || chain.supplyRadiusKm() <= 0 || chain.supplyRadiusKm() > 2000) {
            errors.add(new FieldError("supplyRadiusKm", "must be between 1 and 2000 km"));
        }
        List<NodeDefinition> nodes = chain.nodesOrEmpty();
        if (nodes.size() < minNodes || nodes.size() > maxNodes) {
            errors.add(new FieldError("nodes", "a chain needs " + minNodes + "–" + maxNodes + " segments, found " + nodes.size()));
        }
        Map<String, Integer> nodeIndex = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeDefinition node = nodes.get(i);
            String path = "nodes[" + i + "]";
            if (node == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            if (code(errors, path + ".code", node.code())) {
                Integer first = nodeIndex.putIfAbsent(node.code(), i);
                if (first != null) {
                    errors.add(new FieldError(path + ".code", "'" + node.code() + "' is already used by nodes[" + first + "]"));
                }
            }
            text(errors, path + ".nameZh", node.nameZh(), 128, true);
            text(errors, path + ".nameEn", node.nameEn(), 128, true);
            if (node.stage() == null) {
                errors.add(new FieldError(path + ".stage", "must be UPSTREAM, MIDSTREAM or DOWNSTREAM"));
            }
            List<String> industryCodes = node.industryCodes() == null ? List.of() : node.industryCodes();
            for (int j = 0; j < industryCodes.size(); j++) {
                if (industryCodes.get(j) == null || !INDUSTRY_CODE.matcher(industryCodes.get(j)).matches()) {
                    errors.add(new FieldError(path + ".industryCodes[" + j + "]", "'" + industryCodes.get(j)
                            + "' is not a 4-digit GB/T 4754 class code"));
                }
            }
            List<String> keywords = node.keywords() == null ? List.of() : node.keywords();
            if (keywords.size() > 20) {
                errors.add(new FieldError(path + ".keywords", "at most 20 keywords"));
            }
            for (int j = 0; j < keywords.size(); j++) {
                text(errors, path + ".keywords[" + j + "]", keywords.get(j), 32, true);
            }
        }
        edges(errors, chain.edgesOrEmpty(), nodeIndex);
        governance(errors, chain.governanceOrEmpty());
        return errors;
    }

    private void edges(List<FieldError> errors, List<EdgeDefinition> edges, Map<String, Integer> nodeIndex) {
        Set<String> pairs = new HashSet<>();
        Map<String, List<String>> next = new HashMap<>();
        Set<String> touched = new HashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            EdgeDefinition edge = edges.get(i);
            String path = "edges[" + i + "]";
            if (edge == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            boolean ok = true;
            if (edge.from() == null || !nodeIndex.containsKey(edge.from())) {
                errors.add(new FieldError(path + ".from", "unknown node '" + edge.from() + "'"));
                ok = false;
            }
            if (edge.to() == null || !nodeIndex.containsKey(edge.to())) {
                errors.add(new FieldError(path + ".to", "unknown node '" + edge.to() + "'"));
                ok = false;
            }
            if (edge.weight() != null && !(edge.weight() > 0 && edge.weight() <= 1)) {
                errors.add(new FieldError(path + ".weight", "must be in (0, 1]"));
            }
            if (!ok) {
                continue;
            }
            if (edge.from().equals(edge.to())) {
                errors.add(new FieldError(path, "a segment cannot supply itself ('" + edge.from() + "')"));
                continue;
            }
            if (!pairs.add(edge.from() + "→" + edge.to())) {
                errors.add(new FieldError(path, "duplicate edge " + edge.from() + " → " + edge.to()));
                continue;
            }
            if (reachable(next, edge.to(), edge.from())) {
                errors.add(new FieldError(path, "edge " + edge.from() + " → " + edge.to() + " closes a cycle; supply edges run upstream → downstream"));
                continue;
            }
            next.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            touched.add(edge.from());
            touched.add(edge.to());
        }
        if (nodeIndex.size() > 1) {
            for (Map.Entry<String, Integer> node : nodeIndex.entrySet()) {
                if (!touched.contains(node.getKey())) {
                    errors.add(new FieldError("nodes[" + node.getValue() + "]", "segment '" + node.getKey() + "' has no supply edge"));
                }
            }
        }
    }

    private static boolean reachable(Map<String, List<String>> next, String start, String target) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (current.equals(target)) {
                return true;
            }
            if (seen.add(current)) {
                todo.addAll(next.getOrDefault(current, List.of()));
            }
        }
        return false;
    }

    private void governance(List<FieldError> errors, List<GovernanceDefinition> governance) {
        Set<String> provinces = new HashSet<>();
        for (int i = 0; i < governance.size(); i++) {
            GovernanceDefinition g = governance.get(i);
            String path = "governance[" + i + "]";
            if (g == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            RegionView province = regions.find(g.provinceCode()).orElse(null);
            if (province == null || province.level() != RegionLevel.PROVINCE) {
                errors.add(new FieldError(path + ".provinceCode", "'" + g.provinceCode() + "' is not a province code"));
            } else if (!provinces.add(province.code())) {
                errors.add(new FieldError(path + ".provinceCode", "governance for " + province.code() + " is given twice"));
            }
            text(errors, path + ".leadDepartmentZh", g.leadDepartmentZh(), 128, true);
            text(errors, path + ".chainChiefZh", g.chainChiefZh(), 128, false);
            text(errors, path + ".deputyChiefZh", g.deputyChiefZh(), 128, false);
            text(errors, path + ".systemNameZh", g.systemNameZh(), 128, false);
            if (g.sourceUrl() != null && !g.sourceUrl().isBlank() && !WEB_LINK.matcher(g.sourceUrl().strip()).matches()) {
                errors.add(new FieldError(path + ".sourceUrl", "must be an http:// or https:// address"));
            }
            localities(errors, path + ".primaryHostCodes", g.primaryHostCodes(), province);
            localities(errors, path + ".collaboratingCodes", g.collaboratingCodes(), province);
            if (g.primaryHostCodes() != null && g.collaboratingCodes() != null) {
                for (String code : g.collaboratingCodes()) {
                    if (g.primaryHostCodes().contains(code)) {
                        errors.add(new FieldError(path + ".collaboratingCodes", code + " is already a primary host"));
                    }
                }
            }
        }
    }

    private void localities(List<FieldError> errors, String path, List<String> codes, RegionView province) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < codes.size(); j++) {
            String code = codes.get(j);
            RegionView region = regions.find(code).orElse(null);
            if (region == null) {
                errors.add(new FieldError(path + "[" + j + "]", "unknown region code '" + code + "'"));
            } else if (province != null && !province.contains(code)) {
                errors.add(new FieldError(path + "[" + j + "]", code + " (" + region.nameZh() + ") is not in " + province.nameZh()));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(path + "[" + j + "]", code + " is listed twice"));
            }
        }
    }

    private static boolean code(List<FieldError> errors, String path, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            errors.add(new FieldError(path, "'" + value + "' must be 2–63 lowercase letters, digits or '-'"));
            return false;
        }
        return true;
    }

    private static void text(List<FieldError> errors, String path, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(path, "must not be blank"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(path, "at most " + max + " characters"));
        }
    }
}
