package org.chainatlas.chain;

import java.util.List;

/**
 * Maps Chinese texts to the platform's chains and segments with a confidence, using the per-segment synonym
 * dictionaries kept with the chain files ({@code data/chains/synonyms/}), the segments' names and keywords, word
 * segmentation (HanLP) and, for companies, their industry class as a prior. See {@code docs/EVALUATION.md} for
 * its measured precision and recall.
 */
public interface SegmentClassifier {

    /** Confidence from which a match counts as a segment the company works in, or a chain a zone leads in. */
    double ACCEPT = 0.5;

    /** Segments a company produces in, best first; only matches at or above {@link #ACCEPT}. */
    List<SegmentMatch> company(CompanyText text);

    /**
     * Chains and segments a short phrase names (a zone's leading industry such as 锂电池材料, a product such as
     * 动力电池), every match with its confidence, best first (also those below {@link #ACCEPT}).
     */
    List<SegmentMatch> phrase(String phrase);
}
