package org.chainatlas.chain.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainatlas.chain.ChainCreated;
import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.InvalidInput.FieldError;
import org.chainatlas.platform.NotFound;
import org.chainatlas.region.Regions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain atlas: stored in the database, served from an in-memory snapshot refreshed on every change. */
@Service
class ChainCatalogue implements Chains {

    /** Chains created through the API may be small drafts; built-in files are held to 15–40 segments. */
    static final int API_MIN_NODES = 1;
    static final int API_MAX_NODES = 200;

    private final StoredChains stored;
    private final Regions regions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private volatile Map<String, ChainGraph> graphs = Map.of();
    private volatile Map<Long, ChainNodeView> nodesById = Map.of();

    private final org.chainatlas.account.CurrentActor currentActor;

    ChainCatalogue(StoredChains stored, Regions regions, TransactionTemplate tx, ApplicationEventPublisher events,
            org.chainatlas.account.CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.stored = stored;
        this.regions = regions;
        this.tx = tx;
        this.events = events;
    }

    void refresh() {
        graphs = tx.execute(status -> {
            Map<String, ChainGraph> loaded = new LinkedHashMap<>();
            stored.findAll().stream().sorted(Comparator.comparing(Chain::code)).forEach(c -> loaded.put(c.code(), c.graph()));
            return Map.copyOf(loaded);
        });
        Map<Long, ChainNodeView> byId = new java.util.HashMap<>();
        graphs.values().forEach(g -> g.nodes().forEach(n -> byId.put(n.id(), n)));
        nodesById = Map.copyOf(byId);
    }

    private Map<String, ChainGraph> snapshot() {
        if (graphs.isEmpty()) {
            refresh();
        }
        return graphs;
    }

    @Override
    public List<ChainView> all() {
        return snapshot().values().stream().map(ChainGraph::chain).sorted(Comparator.comparing(ChainView::id)).toList();
    }

    @Override
    public Optional<ChainView> find(String code) {
        return Optional.ofNullable(snapshot().get(code)).map(ChainGraph::chain);
    }

    @Override
    public ChainGraph graph(String code) {
        ChainGraph graph = snapshot().get(code);
        if (graph == null) {
            throw new NotFound("chain", code);
        }
        return graph;
    }

    @Override
    public List<ChainNodeView> nodes(String code) {
        return graph(code).nodes();
    }

    @Override
    public Optional<ChainNodeView> node(long id) {
        snapshot();
        return Optional.ofNullable(nodesById.get(id));
    }

    @Override
    public List<GovernanceView> governanceTouching(String regionPrefix) {
        return snapshot().values().stream().flatMap(g -> g.governance().stream())
                .filter(g -> regionPrefix.startsWith(g.provinceCode().substring(0, 2))
                        && (regionPrefix.length() == 2
                                || g.primaryHostCodes().stream().anyMatch(c -> c.startsWith(regionPrefix))
                                || g.collaboratingCodes().stream().anyMatch(c -> c.startsWith(regionPrefix))))
                .toList();
    }

    @Override
    public ChainView create(ChainDefinition definition) {
        org.chainatlas.account.Actor actor = currentActor.require("create", "a chain");
        if (!actor.isAdmin()) {
            throw new org.chainatlas.platform.Forbidden("create", "chains (administrators only: chains and their governance are "
                    + "shown to everyone as official)");
        }
        List<FieldError> errors = new ChainDefinitionRules(regions, API_MIN_NODES, API_MAX_NODES).check(definition);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        tx.executeWithoutResult(status -> {
            if (stored.existsByCode(definition.code())) {
                throw new Conflict("code", "a chain with code '" + definition.code() + "' already exists");
            }
            store(definition, Chain.Origin.USER);
        });
        refresh();
        return require(definition.code());
    }

    /** Stores a checked definition inside the caller's transaction. */
    void store(ChainDefinition definition, Chain.Origin origin) {
        Chain chain = stored.saveAndFlush(Chain.define(definition, origin));
        chain.connect(definition.edgesOrEmpty());
        stored.flush();
        events.publishEvent(new ChainCreated(definition.code(), definition.nodesOrEmpty().size()));
    }

    boolean exists(String code) {
        return stored.existsByCode(code);
    }

    /**
     * Brings a stored built-in chain's segments, supply edges and descriptions to its file's (caller's transaction), adding
     * what the file added and removing nothing; answers how many segments were added.
     */
    int extend(ChainDefinition definition) {
        Chain chain = stored.findByCode(definition.code()).orElseThrow(() -> new NotFound("chain", definition.code()));
        int added = chain.extendAsIn(definition);
        stored.flush();
        chain.connect(chain.edgesMissing(definition));
        stored.flush();
        if (added > 0) {
            events.publishEvent(new org.chainatlas.chain.ChainExtended(definition.code(), added));
        }
        return added;
    }

    /** Brings a stored built-in chain's sources to its file's (caller's transaction); answers whether they changed. */
    boolean recite(ChainDefinition definition) {
        return stored.findByCode(definition.code()).map(chain -> chain.citeAsIn(definition)).orElse(false);
    }
}
