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

    @Test
    void somethingElseIsStillRefusedWithItsValue() {
        Cells cells = row("2025-05-20 noon");
        assertThat(cells.date("签约日期")).isNull();
        assertThat(cells.errors).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("2025-05-20 noon"));
    }
}
