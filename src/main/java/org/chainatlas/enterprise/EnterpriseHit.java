package org.chainatlas.enterprise;

import java.util.List;

/**
 * One search result: the enterprise and the matched passages, HTML-escaped with the matches wrapped in
 * {@code <mark>} (safe to render as HTML).
 */
public record EnterpriseHit(long id, String nameZh, String hqRegionCode, List<EnterpriseTag> tags, List<String> chainCodes,
        String nameHighlight, String segmentHighlight, float score) {
}
