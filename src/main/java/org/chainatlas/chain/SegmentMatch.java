package org.chainatlas.chain;

import java.util.List;

/**
 * A chain segment (or, with {@code nodeCode} null, a chain as a whole) that a text names, how sure the
 * classifier is (0–1) and the dictionary terms that decided it, as found in the text.
 */
public record SegmentMatch(String chainCode, String nodeCode, Long nodeId, double confidence, List<String> terms) {

    public boolean chainLevel() {
        return nodeCode == null;
    }

    /** "碳酸锂、氢氧化锂" — the terms, for explanations. */
    public String evidence() {
        return String.join("、", terms);
    }
}
