package org.chainatlas.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The analyser for repeated texts hands out exactly the tokens smartcn makes, the first time and every later time. */
class RepeatedTextAnalyzerTest {

    private static final List<String> TEXTS = List.of(
            "正极材料 磷酸铁锂 三元材料 前驱体 锰酸锂",
            "动力电池电芯 锂离子电池 动力电池 电芯 储能电池",
            "ＡＢＣ全角 Ｌｉ-ion 电池，隔膜；电解液。",
            "集成电路设计 IC设计 芯片设计 EDA",
            "",
            "   ",
            "a");

    @Test
    void tokensAreThoseOfSmartcnFirstAndWhenReplayed() throws IOException {
        Analyzer smartcn = ChineseAnalysisConfigurer.smartcn();
        try (RepeatedTextAnalyzer repeated = new RepeatedTextAnalyzer(ChineseAnalysisConfigurer.smartcn())) {
            for (int round = 0; round < 3; round++) {
                for (String text : TEXTS) {
                    assertThat(tokens(repeated, text)).as("round %d: %s", round, text).isEqualTo(tokens(smartcn, text))
                            .isNotNull();
                }
            }
            assertThat(tokens(smartcn, TEXTS.getFirst())).as("the texts are really segmented").hasSizeGreaterThan(3);
            assertThat(repeated.remembered()).isEqualTo(TEXTS.size());
        }
    }

    @Test
    void longTextsAreAnalysedEachTimeAndTheMemoryIsBounded() throws IOException {
        Analyzer smartcn = ChineseAnalysisConfigurer.smartcn();
        try (RepeatedTextAnalyzer repeated = new RepeatedTextAnalyzer(ChineseAnalysisConfigurer.smartcn())) {
            String longText = "锂电池材料研发与生产，承接东部沿海产能转移。".repeat(RepeatedTextAnalyzer.MAX_LENGTH / 10);
            assertThat(tokens(repeated, longText)).isEqualTo(tokens(smartcn, longText));
            assertThat(repeated.remembered()).isZero();
            int most = 0;
            for (int i = 0; i <= RepeatedTextAnalyzer.MAX_TEXTS; i++) {
                tokens(repeated, "电池" + i);
                most = Math.max(most, repeated.remembered());
            }
            assertThat(most).as("it fills up to its limit").isEqualTo(RepeatedTextAnalyzer.MAX_TEXTS);
            assertThat(repeated.remembered()).as("and starts afresh when full").isEqualTo(1);
            assertThat(tokens(repeated, "正极材料 电池12345")).isEqualTo(tokens(smartcn, "正极材料 电池12345"));
            // and by the characters it holds: texts of 500 characters fill it long before 20,000 of them do
            long peak = 0;
            for (int i = 0; i < 5_000; i++) {
                tokens(repeated, ("锂电池材料研发与生产" + i).repeat(60).substring(0, 500));
                peak = Math.max(peak, repeated.rememberedCharacters());
            }
            assertThat(peak).isPositive().isLessThanOrEqualTo(RepeatedTextAnalyzer.MAX_CHARACTERS);
            assertThat(repeated.remembered()).isLessThan(5_000);
        }
    }

    /** Every attribute the index reads, and the final offset and increment after end(). */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("segmentText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement() + "/"
                        + length.getPositionLength() + ":" + type.type());
            }
            stream.end();
            tokens.add("end@" + offset.endOffset() + "+" + increment.getPositionIncrement());
        }
        return tokens;
    }
}
