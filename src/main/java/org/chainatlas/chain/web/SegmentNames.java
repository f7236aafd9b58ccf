package org.chainatlas.chain.web;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.springframework.stereotype.Component;

/**
 * Segment names for templates of any module, in the language of the request: {@code ${@segmentNames.of(id)}}.
 * Records that carry only the Chinese name keep it for exports; pages ask here.
 */
@Component("segmentNames")
public class SegmentNames {

    private final Chains chains;

    SegmentNames(Chains chains) {
        this.chains = chains;
    }

    public String of(long nodeId) {
        return chains.node(nodeId).map(ChainNodeView::name).orElse("#" + nodeId);
    }
}
