package org.chainatlas.importing.internal;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.springframework.stereotype.Component;

/** Finds chains and segments by code or Chinese name, as people write them in spreadsheets. */
@Component
class ChainLookup {

    private final Chains chains;

    ChainLookup(Chains chains) {
        this.chains = chains;
    }

    ChainView chain(Cells cells, String header) {
        String v = cells.text(header);
        if (v == null) {
            return null;
        }
        ChainView found = find(v);
        if (found == null) {
            cells.error(header, "import.unknownChain", "unknown chain '" + v + "' (use its code, e.g. nev-battery, or its Chinese name)", v);
        }
        return found;
    }

    ChainView find(String v) {
        java.util.Optional<ChainView> byCode = chains.find(v); // as the import template writes it: one lookup
        if (byCode.isPresent()) {
            return byCode.get();
        }
        for (ChainView c : chains.all()) {
            if (c.code().equalsIgnoreCase(v) || c.nameZh().equals(v) || v.equals(c.nameZh() + "产业链")) {
                return c;
            }
        }
        return null;
    }

    ChainNodeView node(Cells cells, ChainView chain, String header) {
        String v = cells.text(header);
        if (v == null) {
            return null;
        }
        if (chain == null) {
            // the segment cell is filled, but no chain to read it in: say so, not "required"
            cells.error(header, "import.segmentNeedsChain", "give a valid chain first: the segment '" + v + "' is read within its chain", v);
            return null;
        }
        for (ChainNodeView n : chains.nodes(chain.code())) {
            if (n.code().equalsIgnoreCase(v) || n.nameZh().equals(v)) {
                return n;
            }
        }
        cells.error(header, "import.notSegment", "'" + v + "' is not a segment of " + chain.nameZh(), v, chain.nameZh());
        return null;
    }
}
