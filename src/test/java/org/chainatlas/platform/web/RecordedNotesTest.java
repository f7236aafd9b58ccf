package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The notes the platform writes into ticket and project histories, said in English to an English reader. */
class RecordedNotesTest {

    private final Formats fmt = new Formats();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theWordsThePlatformWroteAreSaidInEnglishAndWhatAPersonTypedStays() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.recordedNote("逾期未办结，升级至第2级")).isEqualTo("overdue and not resolved: escalated to level 2");
        assertThat(fmt.recordedNote("人工升级至第3级：涉及多个部门")).isEqualTo("escalated by hand to level 3: 涉及多个部门");
        assertThat(fmt.recordedNote("转办至 自然资源局：请尽快办理")).isEqualTo("handed off to 自然资源局: 请尽快办理");
        assertThat(fmt.recordedNote("转办至 自然资源局")).isEqualTo("handed off to 自然资源局");
        assertThat(fmt.recordedNote("满意度 5/5：很及时")).isEqualTo("satisfaction 5/5: 很及时");
        assertThat(fmt.recordedNote("签约于 2026年四川省产业转移发展对接活动；洽谈记录：正极材料项目"))
                .isEqualTo("signed at 2026年四川省产业转移发展对接活动; meeting notes: 正极材料项目");
        assertThat(fmt.recordedNote("指标已落实")).as("typed by a person").isEqualTo("指标已落实");
        assertThat(fmt.recordedNote(null)).isNull();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.recordedNote("逾期未办结，升级至第2级")).isEqualTo("逾期未办结，升级至第2级");
    }

    @Test
    void evidenceIsIntroducedInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.evidence("报道：四川经济网 2024-01-15")).isEqualTo("Reported in: 四川经济网 2024-01-15");
        assertThat(fmt.evidence("分类依据：多晶硅（简介所列生产基地在外地，总部按半数计）"))
                .isEqualTo("Classified from: 多晶硅 (the introduction names bases elsewhere that make it: counted at half at the seat)");
        assertThat(fmt.evidence("分类依据：薄膜晶体管液晶显示器件（简介未载明该基地的产品，按公司业务推定）"))
                .isEqualTo("Classified from: 薄膜晶体管液晶显示器件 (presumed from the company's business: the introduction does not say"
                        + " what this base makes)");
        assertThat(fmt.evidence("分类依据：水力发电、水电（地点按公司总部，简介未载明在此生产）"))
                .isEqualTo("Classified from: 水力发电、水电 (placed at the head office: the introduction does not say it produces there)");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.evidence("报道：四川经济网")).isEqualTo("报道：四川经济网");
    }
}
