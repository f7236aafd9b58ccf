package org.chainatlas.chain;

/** What a company says it is: name, main business (主营业务), introduction (公司简介) and industry class (e.g. Tushare's). */
public record CompanyText(String name, String mainBusiness, String introduction, String industryClass) {
}
