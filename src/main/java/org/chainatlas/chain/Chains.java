package org.chainatlas.chain;

import java.util.List;
import java.util.Optional;

import org.chainatlas.platform.NotFound;

/** The chain atlas as other modules use it. */
public interface Chains {

    List<ChainView> all();

    /** Chain names by code in the language of the request, in the order of {@link #all()}: for pages and lists. */
    default java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        all().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    Optional<ChainView> find(String code);

    default ChainView require(String code) {
        return find(code).orElseThrow(() -> new NotFound("chain", code));
    }

    ChainGraph graph(String code);

    List<ChainNodeView> nodes(String code);

    /** A segment by its id, in whichever chain it is. */
    Optional<ChainNodeView> node(long id);

    default ChainNodeView requireNode(long id) {
        return node(id).orElseThrow(() -> new NotFound("segment", id));
    }

    /** Chains whose governance names the region (by province, or a host/collaborating locality inside it). */
    List<GovernanceView> governanceTouching(String regionPrefix);

    /** Adds a chain; refuses an invalid definition with every field path, a taken code with a conflict. */
    ChainView create(ChainDefinition definition);
}
