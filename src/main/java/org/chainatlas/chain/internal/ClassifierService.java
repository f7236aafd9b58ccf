package org.chainatlas.chain.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chainatlas.chain.ChainCreated;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.CompanyText;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.chain.SegmentMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The classifier over the chains in the atlas: built at start once the chains are loaded (a broken synonym or
 * industry-class file stops the start), rebuilt when a chain is added or gains segments.
 */
@Service
@Order(31)
class ClassifierService implements SegmentClassifier, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClassifierService.class);

    private final Chains chains;
    private volatile TermClassifier classifier;

    ClassifierService(Chains chains) {
        this.chains = chains;
    }

    @Override
    public void run(ApplicationArguments args) {
        current();
    }

    /** A chain was added: the dictionary is rebuilt on next use (once, however many chains a load adds). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ChainCreated event) {
        classifier = null;
    }

    /** A chain gained segments: their terms and ids are read on next use. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(org.chainatlas.chain.ChainExtended event) {
        classifier = null;
    }

    private TermClassifier current() {
        TermClassifier current = classifier;
        if (current == null) {
            synchronized (this) {
                if (classifier == null) {
                    classifier = build();
                }
                current = classifier;
            }
        }
        return current;
    }

    private TermClassifier build() {
        long started = System.nanoTime();
        List<ChainGraph> graphs = chains.all().stream().map(c -> chains.graph(c.code())).toList();
        Dictionary dictionary = Dictionary.load(graphs);
        Map<String, Map<String, Long>> ids = new HashMap<>();
        for (ChainGraph g : graphs) {
            ids.put(g.chain().code(), g.nodes().stream().collect(Collectors.toMap(ChainNodeView::code, ChainNodeView::id)));
        }
        TermClassifier built = new TermClassifier(dictionary, ids);
        log.info("Classifier: {} terms over {} chains in {} ms", dictionary.terms().size(), graphs.size(),
                (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    @Override
    public List<SegmentMatch> company(CompanyText text) {
        return current().company(text);
    }

    @Override
    public List<SegmentMatch> phrase(String phrase) {
        return current().phrase(phrase);
    }
}
