package org.chainatlas.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dates as people and Excel write them in a template's date column. */
class CellsTest {

    private static Cells row(String value) {
        return new Cells(2, Map.of(0, value), Map.of("签约日期", 0), null);
    }

    @Test
    void aDateCellWrittenWithItsTimeIsThatDate() {
        for (String typed : new String[] {"2025-05-20", "2025/5/20", "2025年5月20日", "2025-05-20 0:00:00", "2025-05-20 00:00",
                "2025/5/20 14:30", "2025-05-20T00:00:00"}) {
            Cells cells = row(typed);
            assertThat(cells.date("签约日期")).as(typed).isEqualTo(LocalDate.of(2025, 5, 20));
            assertThat(cells.errors).as(typed).isEmpty();
        }
    }

    /** A project enters at its first stages: a later one is refused with the stages the column takes, not all eight. */
    @Test
    void aChoiceOffersOnlyWhatTheColumnTakes() {
        org.springframework.context.support.StaticMessageSource messages = new org.springframework.context.support.StaticMessageSource();
        String[] zh = {"线索", "在谈", "已签约", "已供地", "已开工", "已投产", "已达产", "已终止"};
        for (org.chainatlas.project.ProjectStage stage : org.chainatlas.project.ProjectStage.values()) {
            messages.addMessage("project.stage." + stage.name(), java.util.Locale.SIMPLIFIED_CHINESE, zh[stage.ordinal()]);
            messages.addMessage("project.stage." + stage.name(), java.util.Locale.ENGLISH, stage.name().toLowerCase());
        }
        java.util.Set<org.chainatlas.project.ProjectStage> entry = java.util.EnumSet.of(org.chainatlas.project.ProjectStage.LEAD,
                org.chainatlas.project.ProjectStage.NEGOTIATING, org.chainatlas.project.ProjectStage.SIGNED);
        Cells signed = new Cells(2, Map.of(0, "已签约"), Map.of("阶段", 0), messages);
        assertThat(signed.choice("阶段", org.chainatlas.project.ProjectStage.class, "project.stage.", entry))
                .isEqualTo(org.chainatlas.project.ProjectStage.SIGNED);
        Cells started = new Cells(2, Map.of(0, "已开工"), Map.of("阶段", 0), messages);
        assertThat(started.choice("阶段", org.chainatlas.project.ProjectStage.class, "project.stage.", entry)).isNull();
        assertThat(started.errors).singleElement().satisfies(e -> assertThat(e.reason()).endsWith("线索、在谈、已签约"));
    }

    @Test
    void somethingElseIsStillRefusedWithItsValue() {
        Cells cells = row("2025-05-20 noon");
        assertThat(cells.date("签约日期")).isNull();
        assertThat(cells.errors).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("2025-05-20 noon"));
    }

    /** An Excel error or a formula without result is an error of its cell, said once, and the cell gives no value. */
    @Test
    void aCellWithoutValueIsAnErrorOfItsCellNotABlank() {
        Cells error = row(SheetReader.UNREADABLE + "#N/A");
        assertThat(error.text("签约日期")).isNull();
        assertThat(error.date("签约日期")).isNull();
        assertThat(error.errors).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("#N/A");
            assertThat(e.column()).isEqualTo("A");
            assertThat(e.reason()).contains("#N/A");
        });
        Cells formula = new Cells(3, Map.of(1, SheetReader.UNREADABLE + "=B3*10000"), Map.of("名称", 0, "合同金额（万元）", 1), null);
        assertThat(formula.wan("合同金额（万元）")).isNull();
        assertThat(formula.errors).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("B");
            assertThat(e.value()).isEqualTo("=B3*10000");
            assertThat(e.reason()).contains("=B3*10000").contains("Excel");
        });
        assertThat(formula.text("名称")).isNull();
        assertThat(formula.errors).hasSize(1);
    }

    /** A number beyond what the column's field holds is refused as typed: it was capped and then refused as 2147483647. */
    @Test
    void aNumberBeyondTheFieldIsRefusedAsTyped() {
        Cells cells = new Cells(4, Map.of(0, "99999999999", 1, "850"), Map.of("员工人数", 0, "工业用地价格（元/平方米）", 1), null);
        assertThat(cells.wholeInt("员工人数")).isNull();
        assertThat(cells.wholeInt("工业用地价格（元/平方米）")).isEqualTo(850);
        assertThat(cells.errors).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("99999999999");
            assertThat(e.reason()).contains("99999999999").doesNotContain("2147483647");
        });
    }
}
