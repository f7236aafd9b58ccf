package org.chainatlas.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainatlas.platform.InvalidInput;
import org.chainatlas.project.EvidenceKind;
import org.chainatlas.project.EvidenceUpload;
import org.junit.jupiter.api.Test;

class EvidenceFilesTest {

    final EvidenceFiles files = new EvidenceFiles(null, null, 64);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @Test
    void pdfJpegAndPngAreRecognisedByTheirContent() {
        assertThat(files.check(new EvidenceUpload(EvidenceKind.CONTRACT, "合同.pdf", "application/octet-stream", "%PDF-1.7 x".getBytes()),
                "file")).isEqualTo("application/pdf");
        assertThat(files.check(new EvidenceUpload(EvidenceKind.SITE_PHOTO, "site.JPG", null, new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, 0}), "file")).isEqualTo("image/jpeg");
        assertThat(files.check(new EvidenceUpload(EvidenceKind.SITE_PHOTO, "site.png", "image/png", PNG), "file")).isEqualTo("image/png");
    }

    @Test
    void otherTypesMismatchedNamesEmptyAndLargeFilesAreRefusedSayingWhy() {
        assertThatThrownBy(() -> files.check(new EvidenceUpload(EvidenceKind.CONTRACT, "a.exe", null, "MZ....".getBytes()), "file"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not a PDF, JPEG or PNG");
        assertThatThrownBy(() -> files.check(new EvidenceUpload(EvidenceKind.CONTRACT, "contract.pdf", null, PNG), "file"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("named .pdf but its content is image/png");
        assertThatThrownBy(() -> files.check(new EvidenceUpload(EvidenceKind.CONTRACT, "empty.pdf", null, new byte[0]), "file"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> files.check(new EvidenceUpload(EvidenceKind.CONTRACT, "big.pdf", null,
                ("%PDF-" + "x".repeat(100)).getBytes()), "file")).isInstanceOf(InvalidInput.class).hasMessageContaining("at most 64");
        assertThatThrownBy(() -> files.check(new EvidenceUpload(null, "a.pdf", null, "%PDF-1".getBytes()), "file"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("say what the file proves");
    }
}
