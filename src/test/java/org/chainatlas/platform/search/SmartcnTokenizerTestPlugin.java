package org.chainatlas.platform.search;

import java.util.Map;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * What the official {@code analysis-smartcn} plugin gives a cluster, for the OpenSearch node of the tests: tokenizer
 * {@code smartcn_tokenizer}, Lucene's HMM Chinese segmenter (the same class the embedded backend uses). The official
 * plugin is not published to Maven Central, so the test node registers the tokenizer by the plugin's name itself.
 */
public class SmartcnTokenizerTestPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisModule.AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", (indexSettings, environment, name, settings) ->
                new AbstractTokenizerFactory(indexSettings, settings, name) {
                    @Override
                    public Tokenizer create() {
                        return new HMMChineseTokenizer();
                    }
                });
    }
}
