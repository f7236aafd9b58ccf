package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataQuality;

/**
 * The listed-company files, validated whole and joined on the stock code: profiles (name, seat, introduction,
 * employees, main business), revenue 2022–2024 (the latest year is kept) and the stock list (industry class,
 * status). Rows the others do not have are flagged, never filled in.
 */
final class CompanyFiles {

    static final String PROFILES = "data/real/listed_company_profiles.csv";
    static final String FINANCIALS = "data/real/listed_company_financials_2022_2024.csv";
    static final String STOCKS = "data/real/listed_company_stock_basic.csv";
    /** The one file of this folder written by the project: the domestic head office of companies registered outside the mainland. */
    static final String DOMESTIC_SEATS = "data/real/domestic_seats.csv";
    static final String SOURCE_ZH = "上市公司基本信息（Tushare stock_company 导出，yymsunday/finance_assessment，CC0）；行业分类：AFAN-LIFE/macropage（CC-BY-4.0）";
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{6}\\.(SH|SZ|BJ)");

    /** One company as the files give it. */
    record Company(long row, String stockCode, String nameZh, String shortName, String exchange, String provinceZh,
            String cityZh, String introduction, Integer employees, String mainBusiness, String industryClass,
            String listingStatus, Double revenueCny, Integer revenueYear, String stockArea) {
    }

    record Parsed(List<Company> companies, List<DataQuality.Flag> flags, int financialRows, int stockRows,
            Map<String, DomesticSeat> domesticSeats) {

        Parsed(List<Company> companies, List<DataQuality.Flag> flags, int financialRows, int stockRows) {
            this(companies, flags, financialRows, stockRows, Map.of());
        }
    }

    /**
     * Where a company registered outside the mainland (开曼群岛, 香港 …) has its head office in the mainland, with the
     * words or document that say so; {@code row} is the row of {@link #DOMESTIC_SEATS}, for an error that names it.
     */
    record DomesticSeat(long row, String registeredZh, String provinceZh, String cityZh, String basisZh) {
    }

    private CompanyFiles() {
    }

    static Parsed load() {
        return parse(CsvTable.fromClasspath(PROFILES, "ts_code", "公司名称", "交易所", "省份", "城市", "公司简介", "公司员工数", "主营业务"),
                CsvTable.fromClasspath(FINANCIALS, "股票代码", "营业收入", "年度"),
                CsvTable.fromClasspath(STOCKS, "ts_code", "name", "area", "industry", "status"),
                CsvTable.fromClasspath(DOMESTIC_SEATS, "ts_code", "公司名称", "注册地", "境内总部省份", "境内总部城市", "依据"));
    }

    static Parsed parse(CsvTable profiles, CsvTable financials, CsvTable stocks, CsvTable domesticSeats) {
        Parsed parsed = parse(profiles, financials, stocks);
        Map<String, Company> byCode = new HashMap<>();
        parsed.companies().forEach(c -> byCode.put(c.stockCode(), c));
        Map<String, DomesticSeat> seats = new HashMap<>();
        for (CsvTable.Row row : domesticSeats.rows()) {
            String code = code(row, "ts_code");
            Company company = byCode.get(code);
            if (company == null) {
                throw row.invalid("ts_code", code + " is not a company of " + PROFILES);
            }
            if (!company.nameZh().equals(row.required("公司名称"))) {
                throw row.invalid("公司名称", "'" + row.required("公司名称") + "' is not the name " + PROFILES + " gives " + code
                        + " ('" + company.nameZh() + "')");
            }
            DomesticSeat seat = new DomesticSeat(row.number(), row.required("注册地"), row.required("境内总部省份"),
                    row.required("境内总部城市"), row.required("依据"));
            if (seats.put(code, seat) != null) {
                throw row.invalid("ts_code", code + " appears twice");
            }
        }
        return new Parsed(parsed.companies(), parsed.flags(), parsed.financialRows(), parsed.stockRows(), Map.copyOf(seats));
    }

    private static Parsed parse(CsvTable profiles, CsvTable financials, CsvTable stocks) {
        Map<String, double[]> revenue = new HashMap<>();
        for (CsvTable.Row row : financials.rows()) {
            String code = code(row, "股票代码");
            int year = row.integer("年度");
            if (year < 1990 || year > 2100) {
                throw row.invalid("年度", year + " is not a year");
            }
            if (row.optional("营业收入") == null) {
                continue;
            }
            double value = row.decimal("营业收入", -1e14, 1e14);
            double[] known = revenue.get(code);
            if (known == null || year > known[1]) {
                revenue.put(code, new double[] {value, year});
            }
        }
        Map<String, CsvTable.Row> stock = new HashMap<>();
        for (CsvTable.Row row : stocks.rows()) {
            String code = code(row, "ts_code");
            String status = row.required("status");
            if (!status.equals("L") && !status.equals("D") && !status.equals("P")) {
                throw row.invalid("status", "'" + status + "' is not L, D or P");
            }
            if (stock.put(code, row) != null) {
                throw row.invalid("ts_code", code + " appears twice");
            }
        }
        List<Company> companies = new ArrayList<>();
        List<DataQuality.Flag> flags = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : profiles.rows()) {
            String code = code(row, "ts_code");
            Long first = seen.putIfAbsent(code, row.number());
            if (first != null) {
                throw row.invalid("ts_code", code + " appears twice (first at row " + first + ")");
            }
            String employees = row.optional("公司员工数");
            Integer staff = null;
            if (employees != null) {
                staff = (int) row.decimal("公司员工数", 0, 10_000_000);
            }
            CsvTable.Row s = stock.get(code);
            double[] r = revenue.get(code);
            String name = row.optional("公司名称");
            String shortName = s == null ? null : s.optional("name");
            if (name == null) {
                flags.add(new DataQuality.Flag(PROFILES, row.number(), code, "COMPANY_NAME_MISSING",
                        "公司名称为空" + (shortName == null ? "，且股票列表中无此代码：未载入" : "，以股票简称“" + shortName + "”显示"),
                        "the company name is empty" + (shortName == null ? " and the stock list lacks the code: not loaded"
                                : "; shown by its short name " + shortName)));
                if (shortName == null) {
                    continue;
                }
            }
            String status = s == null ? null : s.required("status");
            if (s == null && row.optional("公司简介") != null && ENDED.matcher(row.optional("公司简介")).find()) {
                // a company the stock list lacks whose own text says its listing ended (通海高科: …换股为吉电股份) is delisted
                status = "D";
                flags.add(new DataQuality.Flag(PROFILES, row.number(), code, "COMPANY_DELISTED",
                        "股票列表中无此代码，简介称其已终止上市或被换股合并：按已退市标注",
                        "not in the stock list, and its introduction says its listing ended or it was merged away: labelled delisted"));
            } else if (s == null) {
                flags.add(new DataQuality.Flag(PROFILES, row.number(), code, "COMPANY_NO_INDUSTRY_CLASS",
                        "股票列表中无此代码（北交所或新三板新挂牌）：无行业分类，分类仅依据文本",
                        "not in the stock list (a recent BSE or NEEQ quotation): no industry class, classified from its texts only"));
            } else if ("D".equals(s.required("status"))) {
                flags.add(new DataQuality.Flag(STOCKS, s.number(), code, "COMPANY_DELISTED",
                        "已退市（status D）：保留并标注", "delisted (status D): kept and labelled"));
            }
            int lost = lostCharacters(row.optional("公司简介")) + lostCharacters(row.optional("主营业务"));
            if (lost >= GARBLED) {
                flags.add(new DataQuality.Flag(PROFILES, row.number(), code, "COMPANY_TEXT_GARBLED",
                        "简介或主营业务中有 " + lost + " 处字符在源文件中已成“？”：原样显示，其中的词可能读不出",
                        lost + " characters of its introduction or main business are '?' in the source file: shown as they are,"
                                + " words in them may not be read"));
            }
            if (r == null) {
                // no row of the financials file names it: the row cited is the company's own, in the profiles
                flags.add(new DataQuality.Flag(PROFILES, row.number(), code, "COMPANY_NO_REVENUE",
                        FINANCIALS.substring(FINANCIALS.lastIndexOf('/') + 1) + " 中没有 2022–2024 年营业收入：规模按员工数估计",
                        FINANCIALS.substring(FINANCIALS.lastIndexOf('/') + 1) + " has no revenue 2022–2024 for it: size from employees"));
            }
            companies.add(new Company(row.number(), code, name != null ? name : shortName, shortName, row.optional("交易所"),
                    row.optional("省份"), row.optional("城市"), row.optional("公司简介"), staff, row.optional("主营业务"),
                    s == null ? null : s.optional("industry"), status,
                    r == null ? null : r[0], r == null ? null : (int) r[1], s == null ? null : s.optional("area")));
        }
        return new Parsed(companies, flags, financials.rows().size(), stocks.rows().size());
    }

    /** Words of an introduction saying the company's listing ended: delisted, or merged into another by a share swap. */
    static final java.util.regex.Pattern ENDED = java.util.regex.Pattern.compile("终止上市|换股为|被[^，。；]{0,20}吸收合并");

    /** From how many characters lost to '?' a text is flagged (上海氯碱化工: 公司主要？产基地在上海市南部的上海化学？业区). */
    static final int GARBLED = 3;

    /**
     * Question marks standing between two Chinese characters: characters the source's encoding lost (汉字, or the dot of
     * 苏宁·天润城).
     */
    static int lostCharacters(String text) {
        return text == null ? 0 : LOST.matcher(text).results().mapToInt(m -> m.end() - m.start()).sum();
    }

    /** A run of question marks between two Chinese characters (用？？体验: two lost). */
    private static final Pattern LOST = Pattern.compile("(?<=\\p{IsHan})[?？]+(?=\\p{IsHan})");

    private static String code(CsvTable.Row row, String column) {
        String code = row.required(column);
        if (!CODE.matcher(code).matches()) {
            throw row.invalid(column, "'" + code + "' is not a stock code such as 300750.SZ");
        }
        return code;
    }
}
