package org.chainatlas.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.junit.jupiter.api.Test;

/**
 * The embedded Lucene backend and the OpenSearch/Elasticsearch backend must define the same analysers, and
 * every analyser an indexed entity names must exist, or switching backends fails at start (docs/SEARCH.md).
 */
class AnalysisConfigurersTest {

    private static final List<String> INDEXED = List.of(
            "org.chainatlas.enterprise.internal.Enterprise",
            "org.chainatlas.park.internal.Park",
            "org.chainatlas.park.internal.Opportunity");

    @Test
    void bothBackendsDefineTheSameAnalysersAndNormalizers() {
        Set<String> lucene = new TreeSet<>();
        new ChineseAnalysisConfigurer().configure(recorder(LuceneAnalysisConfigurationContext.class, lucene));
        Set<String> elastic = new TreeSet<>();
        new ChineseElasticsearchAnalysisConfigurer()
                .configure(recorder(ElasticsearchAnalysisConfigurationContext.class, elastic));

        assertThat(lucene).contains("analyzer:chinese", "analyzer:cjk_bigram", "analyzer:english", "normalizer:sort");
        assertThat(elastic).isEqualTo(lucene);
    }

    @Test
    void everyAnalyserTheMappingsNameIsDefined() throws Exception {
        Set<String> defined = new TreeSet<>();
        new ChineseElasticsearchAnalysisConfigurer()
                .configure(recorder(ElasticsearchAnalysisConfigurationContext.class, defined));
        Set<String> used = new TreeSet<>();
        for (String name : INDEXED) {
            Class<?> type = Class.forName(name);
            List<AnnotatedElement> members = new ArrayList<>(List.of(type.getDeclaredFields()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (AnnotatedElement member : members) {
                for (FullTextField f : member.getAnnotationsByType(FullTextField.class)) {
                    used.add("analyzer:" + f.analyzer());
                    if (!f.searchAnalyzer().isEmpty()) {
                        used.add("analyzer:" + f.searchAnalyzer());
                    }
                }
                for (KeywordField k : member.getAnnotationsByType(KeywordField.class)) {
                    if (!k.normalizer().isEmpty()) {
                        used.add("normalizer:" + k.normalizer());
                    }
                }
            }
        }
        assertThat(used).contains("analyzer:chinese", "analyzer:cjk_bigram");
        assertThat(defined).containsAll(used);
    }

    /** A stand-in context that records the names of the analysers and normalizers defined on it. */
    @SuppressWarnings("unchecked")
    private static <T> T recorder(Class<T> contextType, Set<String> names) {
        return (T) Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                (proxy, method, args) -> {
                    if (Stream.of("analyzer", "normalizer").anyMatch(method.getName()::equals)) {
                        names.add(method.getName() + ":" + args[0]);
                    }
                    return chain(method.getReturnType());
                });
    }

    /** Any step of the fluent definition API: returns the next step, records nothing. */
    private static Object chain(Class<?> type) {
        if (!type.isInterface()) {
            return null;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> chain(method.getReturnType()));
    }
}
