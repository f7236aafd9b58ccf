package org.chainatlas.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo projects are named after the company as people say it, not its ticker's short name (京东方Ａ, *ST宇顺). */
class SpokenNamesTest {

    @Test
    void riskMarksAndShareClassLettersAreNotPartOfTheName() {
        assertThat(DemoProjects.spoken("京东方Ａ")).isEqualTo("京东方");
        assertThat(DemoProjects.spoken("*ST宇顺")).isEqualTo("宇顺");
        assertThat(DemoProjects.spoken("ST康美")).isEqualTo("康美");
        assertThat(DemoProjects.spoken("S*ST前锋")).isEqualTo("前锋");
        assertThat(DemoProjects.spoken("长安B")).isEqualTo("长安");
        assertThat(DemoProjects.spoken("宁德时代")).isEqualTo("宁德时代");
        assertThat(DemoProjects.spoken("TCL科技")).as("letters that are the name stay").isEqualTo("TCL科技");
        assertThat(DemoProjects.spoken("ST")).isEqualTo("ST");
    }
}
