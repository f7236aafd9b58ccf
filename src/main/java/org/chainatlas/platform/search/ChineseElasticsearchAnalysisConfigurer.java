package org.chainatlas.platform.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysers as {@link ChineseAnalysisConfigurer}, by the same names, for an OpenSearch or
 * Elasticsearch backend, so the entity mappings do not change with the backend. {@code chinese} needs the
 * cluster's {@code analysis-smartcn} plugin (tokenizer {@code smartcn_tokenizer}, the same Lucene HMM
 * segmenter the embedded backend uses); the others are built in. How to switch: docs/SEARCH.md.
 */
public class ChineseElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("chinese").custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("cjk_width", "lowercase");
        // the embedded backend's analyser for repeated texts; a cluster analyses each document itself
        context.analyzer("chinese_repeated").custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("cjk_width", "lowercase");
        context.tokenFilter("cjk_bigram_with_unigrams")
                .type("cjk_bigram")
                .param("output_unigrams", true);
        context.analyzer("cjk_bigram").custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram_with_unigrams");
        context.analyzer("cjk_bigram_query").custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
        context.analyzer("english").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "porter_stem");
        context.normalizer("sort").custom()
                .tokenFilters("cjk_width", "lowercase");
    }
}
