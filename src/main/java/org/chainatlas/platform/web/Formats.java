package org.chainatlas.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates ({@code ${@fmt.money(v)}}): times in China Standard Time, amounts in the
 * units Chinese readers expect (亿元 / 万元; "100 million CNY" / "10 thousand CNY" in English).
 */
@Component("fmt")
public class Formats {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);

    public String time(Instant at) {
        return at == null ? "–" : TIME.format(at);
    }

    private static final java.util.Map<String, String> ZONE_TYPES = java.util.Map.of("经济开发区", "Economic development zone",
            "工业园区", "Industrial park", "高新技术产业开发区", "High-tech industrial development zone", "经济技术开发区",
            "Economic and technological development zone", "海关特殊监管区域", "Special customs supervision area", "其他类型开发区",
            "Other development zone", "边境/跨境经济合作区", "Border or cross-border economic cooperation zone");

    /**
     * The refusals a form's summary lists: one per message (the same refusal of a seat, a plant and a segment said once),
     * nested paths left to the short names {@link FormErrors} adds for them.
     */
    public java.util.Set<String> shownErrors(java.util.Map<String, String> errors) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        if (errors == null) {
            return keys;
        }
        // a field's own refusal is always said, even in the words of another's ("must not be negative" of two amounts);
        // a short name stands for nested paths and is said only where its words were not said already
        java.util.Set<String> shortNames = new java.util.HashSet<>();
        errors.keySet().stream().filter(k -> k.contains("[") || k.contains("."))
                .forEach(k -> shortNames.add(k.replaceAll("^.*[.\\]]", "")));
        java.util.Set<String> said = new java.util.HashSet<>();
        errors.forEach((key, message) -> {
            if (!key.contains("[") && !key.contains(".") && !shortNames.contains(key)) {
                keys.add(key);
                said.add(message);
            }
        });
        errors.forEach((key, message) -> {
            if (!key.contains("[") && !key.contains(".") && shortNames.contains(key) && said.add(message)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /**
     * A note the platform wrote into a history (stored in Chinese, as recorded) in the reader's language: the words it
     * wrote itself are said in English to an English reader, what a person typed stays as typed.
     */
    public String recordedNote(String note) {
        if (note == null || !Localized.english()) {
            return note;
        }
        for (java.util.Map.Entry<java.util.regex.Pattern, String> written : WRITTEN_NOTES.entrySet()) {
            java.util.regex.Matcher m = written.getKey().matcher(note);
            if (m.matches()) {
                return m.replaceFirst(written.getValue());
            }
        }
        return note;
    }

    private static final java.util.Map<java.util.regex.Pattern, String> WRITTEN_NOTES = new java.util.LinkedHashMap<>();

    static {
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("逾期未办结，升级至第(\\d+)级"), "overdue and not resolved: escalated to level $1");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("人工升级至第(\\d+)级：(.*)", java.util.regex.Pattern.DOTALL),
                "escalated by hand to level $1: $2");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("转办至 (.*?)：(.*)", java.util.regex.Pattern.DOTALL), "handed off to $1: $2");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("转办至 (.*)", java.util.regex.Pattern.DOTALL), "handed off to $1");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("满意度 (\\d)/5：(.*)", java.util.regex.Pattern.DOTALL), "satisfaction $1/5: $2");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("满意度 (\\d)/5"), "satisfaction $1/5");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("签约于 (.*?)；洽谈记录：(.*)", java.util.regex.Pattern.DOTALL),
                "signed at $1; meeting notes: $2");
        WRITTEN_NOTES.put(java.util.regex.Pattern.compile("签约于 (.*)", java.util.regex.Pattern.DOTALL), "signed at $1");
    }

    /** A recorded field value as a reader reads it: yes / no for a flag, ∅ for none, the value otherwise. */
    public String changeValue(String value) {
        if (value == null) {
            return "∅";
        }
        return switch (value) {
            case "true" -> Localized.pick("是", "yes");
            case "false" -> Localized.pick("否", "no");
            default -> value;
        };
    }

    /** A file's name without its folders (data/real/x.csv → x.csv). */
    public String fileName(String path) {
        return path == null ? "–" : path.substring(path.lastIndexOf('/') + 1);
    }

    /** A catalogue zone's type (the 2018 catalogue's seven) in the reader's language. */
    public String zoneType(String typeZh) {
        return typeZh == null ? "–" : Localized.english() ? ZONE_TYPES.getOrDefault(typeZh, typeZh) : typeZh;
    }

    /** A field path as its reader's label (see {@link org.chainatlas.platform.ErrorTexts#label}). */
    public String label(String path) {
        return org.chainatlas.platform.ErrorTexts.label(path);
    }

    public String date(Instant at) {
        return at == null ? "–" : DATE.format(at);
    }

    public String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    /**
     * A project's contracted amount, where 0 means not known: the pipeline's convention (the form asks for 0 when the
     * amount is not yet known; the projects the seed articles name without an amount are stored so). Says 未披露 / not
     * disclosed instead of "0 万元", which a reader takes for a figure.
     */
    public String contracted(Number cny) {
        return cny == null || cny.longValue() <= 0 ? (Localized.english() ? "not disclosed" : "未披露") : money(cny);
    }

    /** A sum of contracted amounts over {@code projects} signed projects: 未披露 where there are projects and none has one. */
    public String contracted(Number cny, long projects) {
        return projects > 0 ? contracted(cny) : money(cny == null ? 0 : cny);
    }

    /** An amount in CNY as 亿元 (≥ 1亿) or 万元. */
    public String money(Number cny) {
        if (cny == null) {
            return "–";
        }
        double value = cny.doubleValue();
        if (Localized.english()) {
            // English readers count in millions and billions (it said "7,771.02 × 100M CNY")
            if (Math.abs(value) >= 1e9) {
                return String.format(java.util.Locale.ROOT, "%,.2f billion CNY", value / 1e9);
            }
            return Math.abs(value) >= 1e6 ? String.format(java.util.Locale.ROOT, "%,.1f million CNY", value / 1e6)
                    : String.format(java.util.Locale.ROOT, "%,.0f CNY", value);
        }
        if (Math.abs(value) >= 1e8) {
            return String.format("%,.2f", value / 1e8) + " 亿元";
        }
        return String.format("%,.0f", value / 1e4) + " 万元";
    }

    /**
     * An evidence text as stored by the real-data loader (分类依据：… for a segment read from a company's texts, 公司简介：“…”
     * for a plant named in its introduction): the label in the reader's language, the quoted Chinese as it is.
     */
    public String evidence(String raw) {
        if (raw == null || !Localized.english()) {
            return raw;
        }
        String text = org.chainatlas.platform.data.EvidenceNotes.english(raw);
        if (text.startsWith("分类依据：")) {
            return "Classified from: " + text.substring("分类依据：".length());
        }
        if (text.startsWith("公司简介：")) {
            return "Company introduction: " + text.substring("公司简介：".length());
        }
        if (text.startsWith("报道：")) {
            return "Reported in: " + text.substring("报道：".length());
        }
        return text;
    }

    /** An amount in CNY as a form's 万元 value: plain digits, no separators ("" for none), so it submits back as it was. */
    public String wanValue(Number cny) {
        return cny == null ? "" : java.math.BigDecimal.valueOf(cny.longValue()).movePointLeft(4).stripTrailingZeros().toPlainString();
    }

    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

    /**
     * A schedule's solver score ("0hard/-2medium/-13soft") in words: conflicts (must be 0), meetings left unseated
     * (weighted by priority) and the idle gaps and table changes the schedule asks of participants.
     */
    public String scheduleScore(String score) {
        java.util.regex.Matcher m = score == null ? null : SCORE.matcher(score);
        if (m == null || !m.matches()) {
            return score == null ? "–" : score;
        }
        long hard = Math.abs(Long.parseLong(m.group(1)));
        long medium = Math.abs(Long.parseLong(m.group(2)));
        long soft = Math.abs(Long.parseLong(m.group(3)));
        return Localized.english() ? "conflicts " + hard + " · unseated (by priority) " + medium + " · idle gaps and table changes " + soft
                : "冲突 " + hard + " · 未排入（按优先级）" + medium + " · 空档与换桌 " + soft;
    }

    public String number(Number value, int decimals) {
        return value == null ? "–" : String.format("%,." + decimals + "f", value.doubleValue());
    }
}
