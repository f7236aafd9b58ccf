package org.chainatlas.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.chainatlas.project.ProjectStage;
import org.junit.jupiter.api.Test;

class DuplicateCheckTest {

    /** A signed project of the enterprise the USCC stands for (enterprises are told apart by id; two codes, two ids). */
    static Project project(String uscc, String region, String chain, String product, long amount) {
        long enterpriseId = uscc.equals("91350900MA2XN4P03H") ? 1 : 2;
        return new Project("p", enterpriseId, uscc, region, null, chain, null, product, amount, ProjectStage.SIGNED,
                LocalDate.of(2025, 5, 1), "test", false);
    }

    @Test
    void theSameEnterpriseCityChainAndASimilarProductOrAmountIsADuplicate() {
        Project earlier = project("91350900MA2XN4P03H", "511500", "nev-battery", "动力电池生产基地", 10_000_000_000L);
        assertThat(DuplicateCheck.reasons(project("91350900MA2XN4P03H", "511502", "nev-battery", "动力电池生产基地二期", 1L), earlier))
                .as("similar product").isNotNull().anyMatch(r -> r.startsWith("similar product"));
        assertThat(DuplicateCheck.reasons(project("91350900MA2XN4P03H", "511500", "nev-battery", "储能", 9_000_000_000L), earlier))
                .as("similar amount").contains("similar amount");
    }

    @Test
    void anotherEnterpriseCityChainOrAnUnlikeProjectIsNot() {
        Project earlier = project("91350900MA2XN4P03H", "511500", "nev-battery", "动力电池生产基地", 10_000_000_000L);
        assertThat(DuplicateCheck.reasons(project("914403001922038216", "511500", "nev-battery", "动力电池生产基地", 10_000_000_000L),
                earlier)).isNull();
        assertThat(DuplicateCheck.reasons(project("91350900MA2XN4P03H", "510100", "nev-battery", "动力电池生产基地", 10_000_000_000L),
                earlier)).isNull();
        assertThat(DuplicateCheck.reasons(project("91350900MA2XN4P03H", "511500", "crystalline-pv", "动力电池生产基地",
                10_000_000_000L), earlier)).isNull();
        assertThat(DuplicateCheck.reasons(project("91350900MA2XN4P03H", "511500", "nev-battery", "研发中心", 500_000_000L), earlier))
                .isNull();
        Project cancelled = project("91350900MA2XN4P03H", "511500", "nev-battery", "动力电池生产基地", 10_000_000_000L);
        cancelled.move(ProjectStage.CANCELLED, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 1), "撤资");
        assertThat(DuplicateCheck.best(project("91350900MA2XN4P03H", "511500", "nev-battery", "动力电池生产基地", 10_000_000_000L),
                List.of(cancelled))).isNull();
    }

    @Test
    void similarityIsTheJaccardOfCharacterBigrams() {
        assertThat(DuplicateCheck.similarity("动力电池", "动力电池")).isEqualTo(1.0);
        assertThat(DuplicateCheck.similarity("动力电池", "光伏组件")).isZero();
        assertThat(DuplicateCheck.similarity("动力电池项目", "动力电池二期项目")).isBetween(0.5, 0.8);
        assertThat(DuplicateCheck.similarity(null, "x")).isZero();
    }
}
