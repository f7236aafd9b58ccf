package org.chainatlas.platform.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Printable PDF booklets (A4 landscape) of lists — a chain's opportunity list, an event's signing list — with a
 * Chinese font embedded (subset) so that they print the same everywhere. The font is a CJK TrueType/OpenType
 * file on the machine: {@code chainatlas.pdf.font}, else the first of the usual Debian, RHEL, macOS and Windows
 * locations (Debian: {@code apt-get install fonts-noto-cjk}).
 */
@Component
public class Booklets {

    /** One table of the booklet: a heading, column headers, relative column widths and rows of texts. */
    public record Section(String heading, List<String> headers, float[] widths, List<List<String>> rows) {
    }

    /**
     * One printed page to put on a table or hand to a participant: a large name (a table's number, a participant),
     * a line under it (the event, the session) and its schedule.
     */
    public record Card(String big, String line, Section schedule) {
    }

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/System/Library/Fonts/STHeiti Light.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0");

    private final String configured;

    public Booklets(@Value("${chainatlas.pdf.font:}") String configured) {
        this.configured = configured;
    }

    /** The font file used, or an explanation of why there is none. */
    String fontPath() {
        List<String> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            tried.add(configured);
        }
        tried.addAll(CANDIDATES);
        for (String candidate : tried) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Chinese font for PDF booklets: install one (Debian: apt-get install fonts-noto-cjk) "
                + "or set chainatlas.pdf.font to a .ttf/.otf/.ttc file (tried " + tried + ")");
    }

    public byte[] pdf(String title, String subtitle, List<Section> sections) {
        return pdf(title, subtitle, sections, List.of());
    }

    /** A booklet: its tables, then one page per card (e.g. a page per park with its facts and contacts). */
    public byte[] pdf(String title, String subtitle, List<Section> sections, List<Card> pages) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4.rotate(), 28, 28, 32, 32);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("ChainAtlas 产业转移对接平台");
            document.open();
            BaseFont base = BaseFont.createFont(fontPath(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font titleFont = new Font(base, 18, Font.BOLD);
            Font headingFont = new Font(base, 12, Font.BOLD);
            Font cellFont = new Font(base, 8.5f);
            Font headerFont = new Font(base, 8.5f, Font.BOLD);
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            if (subtitle != null) {
                Paragraph sub = new Paragraph(subtitle, cellFont);
                sub.setAlignment(Element.ALIGN_CENTER);
                sub.setSpacingAfter(10);
                document.add(sub);
            }
            for (Section section : sections) {
                Paragraph h = new Paragraph(section.heading(), headingFont);
                h.setSpacingBefore(8);
                h.setSpacingAfter(4);
                document.add(h);
                document.add(table(section, headerFont, cellFont, 2));
            }
            Font pageTitle = new Font(base, 20, Font.BOLD);
            Font lineFont = new Font(base, 10);
            for (Card card : pages) {
                document.newPage();
                document.add(new Paragraph(card.big(), pageTitle));
                Paragraph line = new Paragraph(card.line(), lineFont);
                line.setSpacingAfter(8);
                document.add(line);
                document.add(table(card.schedule(), headerFont, cellFont, 3));
            }
            document.close();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Cards, one per page (A4 landscape): table signs (桌签) or each participant's printed schedule. */
    public byte[] cards(String title, List<Card> cards) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("ChainAtlas 产业转移对接平台");
            document.open();
            BaseFont base = BaseFont.createFont(fontPath(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font bigFont = new Font(base, 44, Font.BOLD);
            Font lineFont = new Font(base, 13);
            Font cellFont = new Font(base, 11);
            Font headerFont = new Font(base, 11, Font.BOLD);
            if (cards.isEmpty()) {
                document.add(new Paragraph(title + "：暂无可打印的内容 / nothing to print yet", lineFont));
            }
            boolean first = true;
            for (Card card : cards) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                Paragraph big = new Paragraph(card.big(), bigFont);
                big.setAlignment(Element.ALIGN_CENTER);
                big.setSpacingAfter(6);
                document.add(big);
                Paragraph line = new Paragraph(card.line(), lineFont);
                line.setAlignment(Element.ALIGN_CENTER);
                line.setSpacingAfter(14);
                document.add(line);
                document.add(table(card.schedule(), headerFont, cellFont, 5));
            }
            document.close();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfPTable table(Section section, Font headerFont, Font cellFont, float padding) {
        PdfPTable table = new PdfPTable(section.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : section.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
            cell.setGrayFill(0.9f);
            cell.setPadding(padding);
            table.addCell(cell);
        }
        for (List<String> row : section.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, cellFont));
                cell.setPadding(padding);
                table.addCell(cell);
            }
        }
        return table;
    }
}
