package org.chainatlas.platform.data;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every note the loader writes after an evidence text has its English on the English pages. */
class EvidenceNotesTest {

    @Test
    void everyNoteHasItsEnglish() throws IllegalAccessException {
        List<Field> notes = Arrays.stream(EvidenceNotes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
        assertThat(notes).hasSizeGreaterThanOrEqualTo(5);
        for (Field note : notes) {
            String zh = (String) note.get(null);
            assertThat(EvidenceNotes.english("分类依据：锂业" + zh)).as(note.getName())
                    .isEqualTo("分类依据：锂业" + EvidenceNotes.english(zh)).doesNotContain(zh)
                    .satisfies(en -> assertThat(EvidenceNotes.english(zh).codePoints().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF))
                            .as(note.getName() + " in English has no Chinese").isTrue());
        }
    }
}
