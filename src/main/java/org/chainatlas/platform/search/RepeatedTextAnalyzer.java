package org.chainatlas.platform.search;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * An analyser for texts that repeat from document to document — an enterprise's segment text is built from the names
 * and keywords of the chain segments it works in, so thousands of enterprises share a few hundred such texts. It
 * analyses each distinct text once with the analyser it wraps and replays the tokens (term, offsets, position
 * increment and length, type) for every later document with the same text: the same tokens, without smartcn's HMM
 * segmentation each time (smartcn was 45% of the index worker's samples in a 100,000-row import, the segment texts
 * about a third of that).
 * <p>
 * Only short texts are remembered (at most {@value #MAX_LENGTH} characters), at most {@value #MAX_TEXTS} of them and
 * {@value #MAX_CHARACTERS} characters in all (texts and terms; with the token records, a few tens of megabytes at
 * worst, a few hundred kilobytes for the shipped chains' segment texts): when full, it starts afresh. Never use
 * it for texts that rarely repeat (names, descriptions): there it only costs.
 */
public final class RepeatedTextAnalyzer extends Analyzer {

    static final int MAX_LENGTH = 512;
    static final int MAX_TEXTS = 20_000;
    static final long MAX_CHARACTERS = 1_000_000;

    private record Token(String term, int start, int end, int increment, int length, String type) {
    }

    private record Tokens(List<Token> tokens, int finalOffset, int finalIncrement) {
    }

    private final Analyzer analyzer;
    private final Map<String, Tokens> analysed = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong characters = new java.util.concurrent.atomic.AtomicLong();

    public RepeatedTextAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** How many distinct texts it remembers now (for tests). */
    int remembered() {
        return analysed.size();
    }

    /** How many characters of texts and terms it remembers now (for tests). */
    long rememberedCharacters() {
        return characters.get();
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return analyzer.getPositionIncrementGap(fieldName);
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return analyzer.getOffsetGap(fieldName);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new Replay(fieldName));
    }

    @Override
    public void close() {
        analysed.clear();
        analyzer.close();
        super.close();
    }

    private Tokens analyse(String field, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement(),
                        length.getPositionLength(), type.type()));
            }
            stream.end();
            return new Tokens(List.copyOf(tokens), offset.endOffset(), increment.getPositionIncrement());
        }
    }

    private Tokens tokens(String field, String text) throws IOException {
        if (text.length() > MAX_LENGTH) {
            return analyse(field, text);
        }
        Tokens known = analysed.get(text);
        if (known != null) {
            return known;
        }
        Tokens tokens = analyse(field, text);
        long size = text.length() + tokens.tokens().stream().mapToLong(t -> t.term().length()).sum();
        if (analysed.size() >= MAX_TEXTS || characters.get() + size > MAX_CHARACTERS) {
            analysed.clear();
            characters.set(0);
        }
        if (analysed.putIfAbsent(text, tokens) == null) {
            characters.addAndGet(size);
        }
        return tokens;
    }

    /** Reads the whole text at reset, then hands out its tokens as the wrapped analyser made them. */
    private final class Replay extends Tokenizer {
        private final String field;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[1024];
        private Tokens tokens;
        private int next;

        Replay(String field) {
            this.field = field;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            Reader reader = input;
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            tokens = RepeatedTextAnalyzer.this.tokens(field, text.toString());
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.tokens().size()) {
                return false;
            }
            clearAttributes();
            Token token = tokens.tokens().get(next++);
            term.setEmpty().append(token.term());
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            increment.setPositionIncrement(token.increment());
            length.setPositionLength(token.length());
            type.setType(token.type());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int end = correctOffset(tokens.finalOffset());
            offset.setOffset(end, end);
            increment.setPositionIncrement(tokens.finalIncrement());
        }
    }
}
