package org.chainatlas.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers of the Lucene backend. {@code chinese}: Lucene's smartcn HMM word segmentation (动力电池 →
 * 动力 电池), for relevance; {@code chinese_repeated}: the same tokens, for texts that repeat from
 * document to document (segment texts), each distinct text segmented once ({@link RepeatedTextAnalyzer});
 * {@code cjk_bigram}: overlapping character bigrams plus single characters, so that a word the segmenter keeps whole
 * (锂电池) is still found by a part of it (电池); {@code cjk_bigram_query}:
 * what is searched in the bigram fields: bigrams only (a lone character stays a unigram). With unigrams at query time
 * too, the search text becomes a graph of every way to cut it into unigrams and bigrams, and Lucene expands each path:
 * a 14-character company name already exceeded the 1,024-clause limit (refused as "too long") and long queries were
 * the slow end of the latency distribution; {@code english}:
 * for the English names. The Elasticsearch/OpenSearch configurer defines the same names (see
 * docs/SEARCH.md).
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("chinese").instance(smartcn());
        context.analyzer("chinese_repeated").instance(new RepeatedTextAnalyzer(smartcn()));
        context.analyzer("cjk_bigram").custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram").param("outputUnigrams", "true");
        context.analyzer("cjk_bigram_query").custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram").param("outputUnigrams", "false");
        context.analyzer("english").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("porterStem");
        context.normalizer("sort").custom()
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase");
    }

    /**
     * The {@code chinese} analyser: smartcn's HMM segmentation, full-width to half-width, lower case. One definition for
     * {@code chinese} and for the analyser {@code chinese_repeated} wraps, so the two cannot drift apart.
     */
    static org.apache.lucene.analysis.Analyzer smartcn() {
        try {
            return org.apache.lucene.analysis.custom.CustomAnalyzer.builder()
                    .withTokenizer("hmmChinese")
                    .addTokenFilter("cjkWidth")
                    .addTokenFilter("lowercase")
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
