package org.chainatlas.chain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chainatlas.chain.CompanyText;
import org.chainatlas.chain.SegmentMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules of the dictionary classifier that exploratory testing showed wrong on real companies. */
class TermClassifierTest {

    private static TermClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = ShippedChains.classifier();
    }

    private static List<String> nodes(CompanyText text) {
        return classifier.company(text).stream().filter(m -> m.nodeCode() != null).map(SegmentMatch::nodeCode).toList();
    }

    /** 宁德时代 was filed as a vehicle maker for the standard 《电动客车安全技术条件》 named in its introduction. */
    @Test
    void aTitleInBookMarksSaysWhatTheTextIsAboutNotWhatTheCompanyMakes() {
        String standard = "公司参与起草了《电动客车安全技术条件》等多项国家标准。";
        assertThat(TermClassifier.insideTitles(standard)[standard.indexOf("电动客车")]).isTrue();
        assertThat(TermClassifier.insideTitles(standard)[standard.indexOf("多项")]).isFalse();
        assertThat(classifier.hits(standard)).extracting(TermClassifier.Hit::text).doesNotContain("电动客车");
        assertThat(classifier.hits("公司生产电动客车。")).extracting(TermClassifier.Hit::text).contains("电动客车");
        assertThat(nodes(new CompanyText("示例电池有限公司", "动力电池系统、储能系统的研发、生产和销售", standard, null)))
                .doesNotContain("vehicle");
        // a segment written straight before another of its chain qualifies it: 新能源汽车动力电池系统 is a battery system
        List<String> batteries = nodes(new CompanyText("示例电池有限公司", "新能源汽车动力电池系统、储能系统的研发、生产和销售", null, null));
        assertThat(batteries).contains("battery-pack").doesNotContain("vehicle");
        assertThat(classifier.hits("新能源汽车动力电池系统")).filteredOn(h -> h.text().equals("新能源汽车"))
                .singleElement().satisfies(h -> assertThat(h.application()).isTrue());
        // the same words outside the marks still count
        assertThat(nodes(new CompanyText("示例客车有限公司", "电动客车的研发、生产和销售", "公司主要生产电动客车。", null)))
                .contains("vehicle");
    }

    /** 四川福蓉科技 makes aluminium housings for phones and laptops, not phones and laptops (成都's 智能手机 was 已具备 for it). */
    @Test
    void aProductWrittenBeforeAPartWordIsWhatThePartIsFor() {
        String fulong = "从事消费电子产品铝制结构件材料的研发,生产及销售.公司产品包括智能手机外壳和中框材料,平板电脑外壳材料,笔记本电脑外壳材料等,"
                + "主要是智能手机外壳和中框的精锯件.";
        assertThat(classifier.hits(fulong)).filteredOn(h -> h.text().equals("智能手机")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.application()).isTrue());
        // a list shares the part word: 乘用车、客车、商用车车轮 are wheels for each
        assertThat(classifier.hits("乘用车、客车、商用车车轮的生产")).filteredOn(h -> h.terms().stream().anyMatch(t -> t.nodeCode() != null))
                .isNotEmpty().allSatisfy(h -> assertThat(h.application()).isTrue());
        // the product alone, or before a word that is no part of it, still counts
        assertThat(classifier.hits("公司生产智能手机和平板电脑")).filteredOn(h -> h.text().equals("智能手机"))
                .singleElement().satisfies(h -> assertThat(h.application()).isFalse());
        assertThat(classifier.hits("乘用车、客车的研发")).filteredOn(h -> h.text().equals("乘用车"))
                .allSatisfy(h -> assertThat(h.application()).isFalse());
    }
}
