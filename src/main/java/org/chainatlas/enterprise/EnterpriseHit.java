package org.chainatlas.enterprise;

import java.util.List;

/**
 * One search result: the enterprise and the matched passages, HTML-escaped with the matches wrapped in
 * {@code <mark>} (safe to render as HTML). {@code plantRegionCode}: where the search asked for a place (a place name in
 * the text, or the region filter) and the enterprise is there by a plant, not by its seat, that plant's region.
 */
public record EnterpriseHit(long id, String nameZh, String hqRegionCode, List<EnterpriseTag> tags, List<String> chainCodes,
        String nameHighlight, String segmentHighlight, float score, String plantRegionCode) {
}
