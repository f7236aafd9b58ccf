package org.chainatlas.platform.search;

import java.util.EnumSet;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * What users may type in a search box: words, quoted phrases, {@code -word}, {@code a | b}, parentheses and
 * {@code word*}. Fuzzy ({@code word~99999}) and proximity operators are off: they add nothing for Chinese text
 * and let one request cost the search engine dearly.
 */
public final class SearchSyntax {

    public static final Set<SimpleQueryFlag> FLAGS = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.ESCAPE, SimpleQueryFlag.PREFIX);

    private SearchSyntax() {
    }
}
