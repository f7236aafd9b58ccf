package org.chainatlas.importing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;

/**
 * The cells of one row, read by column header, each parsed to what its column needs; a cell that cannot be
 * parsed becomes an error naming the row, the column (letter and header), the value and the reason.
 */
final class Cells {

    /** One bad cell (or a row-level problem when the column is unknown). */
    record CellError(int row, String column, String header, String value, String reason) {
    }

    private final int row;
    private final Map<Integer, String> values;
    private final Map<String, Integer> columns;
    private final MessageSource messages;
    final List<CellError> errors = new ArrayList<>();

    Cells(int row, Map<Integer, String> values, Map<String, Integer> columns, MessageSource messages) {
        this.row = row;
        this.values = values;
        this.columns = columns;
        this.messages = messages;
    }

    int row() {
        return row;
    }

    String letter(String header) {
        Integer index = columns.get(header);
        return index == null ? "" : CellReference.convertNumToColString(index);
    }

    void error(String header, String reason) {
        errors.add(new CellError(row, letter(header), header, raw(header), reason));
    }

    /** An error on a cell with a message code, said in the language the import was started in. */
    void error(String header, String code, String english, Object... args) {
        error(header, org.chainatlas.platform.ErrorTexts.of(code, english, args));
    }

    /** The cell as the file holds it (an Excel error value as its code, a formula without result as its formula). */
    String raw(String header) {
        Integer index = columns.get(header);
        String v = index == null ? null : values.get(index);
        return v != null && !v.isEmpty() && v.charAt(0) == SheetReader.UNREADABLE ? v.substring(1) : v;
    }

    private java.util.Set<String> unreadable;

    String text(String header) {
        Integer index = columns.get(header);
        String v = index == null ? null : values.get(index);
        if (v != null && !v.isEmpty() && v.charAt(0) == SheetReader.UNREADABLE) {
            // no value to take: said once per cell, and the cell counts as not given (a required column says nothing more)
            if (unreadable == null) {
                unreadable = new java.util.HashSet<>();
            }
            if (unreadable.add(header)) {
                String held = v.substring(1);
                if (held.startsWith("=")) {
                    error(header, "import.formulaWithoutValue", "the formula " + held + " has no computed value in the file "
                            + "(was it written by a program and never saved in Excel?): open and save it in Excel, or type the value",
                            held);
                } else {
                    error(header, "import.excelError", "the cell holds the Excel error " + held + ", not a value", held);
                }
            }
            return null;
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    Long whole(String header) {
        String v = text(header);
        if (v == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.replace(",", "")).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            error(header, "import.notWhole", "'" + v + "' is not a whole number", v);
            return null;
        }
    }

    /** A whole number that fits the column's field; one beyond is an error of the cell as typed (not a capped value). */
    Integer wholeInt(String header) {
        Long v = whole(header);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            error(header, "import.tooLarge", "'" + text(header) + "' is beyond what this column takes", text(header));
            return null;
        }
        return v == null ? null : v.intValue();
    }

    Double decimal(String header) {
        String v = text(header);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v.replace(",", ""));
        } catch (NumberFormatException e) {
            error(header, "import.notNumber", "'" + v + "' is not a number", v);
            return null;
        }
    }

    /** An amount in 万元 as CNY; larger than any rule allows (10^11 万元) is an error of the cell as typed. */
    Long wan(String header) {
        Double v = decimal(header);
        if (v != null && (!Double.isFinite(v) || Math.abs(v) > org.chainatlas.platform.web.FormValues.MAX_WAN)) {
            error(header, "error.wanTooLarge", v + " is not an amount in 万元 (at most 100000000000)", text(header));
            return null;
        }
        return v == null ? null : Math.round(v * 10_000);
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"),
            DateTimeFormatter.ofPattern("yyyy-M-d"));

    /** A time after the date, as Excel writes a date-time cell (2025-05-20 0:00:00): the date is what is asked. */
    private static final java.util.regex.Pattern TIME_AFTER = java.util.regex.Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

    LocalDate date(String header) {
        String v = text(header);
        if (v == null) {
            return null;
        }
        String day = TIME_AFTER.matcher(v).replaceFirst("");
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(day, f);
            } catch (DateTimeParseException ignored) {
                // next pattern
            }
        }
        error(header, "import.notDate", "'" + v + "' is not a date (yyyy-mm-dd)", v);
        return null;
    }

    /** An enum value by its code or by its Chinese or English label (message {@code prefix + code}). */
    <E extends Enum<E>> E choice(String header, Class<E> type, String messagePrefix) {
        String v = text(header);
        return v == null ? null : choice(header, v, type, messagePrefix);
    }

    <E extends Enum<E>> E choice(String header, String v, Class<E> type, String messagePrefix) {
        return choice(header, v, type, messagePrefix, java.util.EnumSet.allOf(type));
    }

    /** One of {@code offered} (an import takes only some of an enum: a project enters at its first stages). */
    <E extends Enum<E>> E choice(String header, Class<E> type, String messagePrefix, java.util.Set<E> offered) {
        String v = text(header);
        return v == null ? null : choice(header, v, type, messagePrefix, offered);
    }

    private <E extends Enum<E>> E choice(String header, String v, Class<E> type, String messagePrefix, java.util.Set<E> offered) {
        Object found = choices(type, messagePrefix).get(v.strip().toLowerCase(Locale.ROOT));
        if (found != null && offered.contains(type.cast(found))) {
            return type.cast(found);
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (offered.contains(e)) {
                allowed.add(messages.getMessage(messagePrefix + e.name(), null, e.name(), Locale.SIMPLIFIED_CHINESE));
            }
        }
        error(header, "import.notOneOf", "'" + v + "' is not one of " + String.join("、", allowed), v, String.join("、", allowed));
        return null;
    }

    /** A list written with 、 , ; or new lines between the items. */
    /** Per message source: an enum's constants by their lower-cased name and Chinese and English labels. */
    private static final Map<MessageSource, Map<String, Map<String, Object>>> CHOICES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The constants of an enum by what a cell may say for them (the first constant wins where two say the same). */
    private Map<String, Object> choices(Class<? extends Enum<?>> type, String messagePrefix) {
        Map<String, Map<String, Object>> bySource = CHOICES.computeIfAbsent(messages, m -> new java.util.concurrent.ConcurrentHashMap<>());
        return bySource.computeIfAbsent(type.getName() + "|" + messagePrefix, key -> {
            Map<String, Object> byText = new HashMap<>();
            for (Enum<?> e : type.getEnumConstants()) {
                byText.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
                for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                    String label = messages.getMessage(messagePrefix + e.name(), null, null, locale);
                    if (label != null) {
                        byText.putIfAbsent(label.strip().toLowerCase(Locale.ROOT), e);
                    }
                }
            }
            return Map.copyOf(byText);
        });
    }

    List<String> list(String header) {
        String v = text(header);
        if (v == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : v.split("[、,，;；\\n]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
