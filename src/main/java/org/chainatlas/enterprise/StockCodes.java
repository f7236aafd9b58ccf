package org.chainatlas.enterprise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A listed company's stock code as people write it: 300750.SZ (any case), or 300750 alone. */
public final class StockCodes {

    private static final Pattern STOCK_CODE = Pattern.compile("(\\d{6})(?:\\.(SZ|SH|BJ))?", Pattern.CASE_INSENSITIVE);

    private StockCodes() {
    }

    /**
     * The full codes a text that is only a stock code may mean: the code as written (300750.SZ), or a bare six-digit code on
     * each exchange in turn (300750 → 300750.SZ, .SH, .BJ); empty for any other text.
     */
    public static Optional<List<String>> candidates(String text) {
        Matcher m = text == null ? null : STOCK_CODE.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) != null ? List.of(m.group(1) + "." + m.group(2).toUpperCase(Locale.ROOT))
                : List.of(m.group(1) + ".SZ", m.group(1) + ".SH", m.group(1) + ".BJ"));
    }
}
