package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chainatlas.platform.ErrorTexts;
import org.chainatlas.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void aCodedErrorOfAYuanFieldIsRestatedIn万元AtTheFormsField() {
        InvalidInput.FieldError error = new InvalidInput.FieldError("investmentCny", "9999999999990000 is outside 0–10000000000000 CNY",
                "error.outside", List.of("9999999999990000", "0", "10000000000000", new ErrorTexts.Unit("CNY")));
        InvalidInput.FieldError wan = FormErrors.inWan(error, "investmentWan");
        assertThat(wan.field()).isEqualTo("investmentWan");
        assertThat(wan.args()).containsExactly(999999999999.0, 0.0, 1.0e9, new ErrorTexts.Unit("10k CNY"));
        assertThat(FormErrors.inWan(error, null)).isSameAs(error);
        // the messages naming the unit in words have their 万元 version
        InvalidInput.FieldError required = new InvalidInput.FieldError("contractedAmountCny", "required", "error.amountRequired", List.of());
        assertThat(FormErrors.inWan(required, "contractedAmountWan").code()).isEqualTo("error.amountRequiredWan");
        // the other errors of the form keep their fields
        InvalidInput other = new InvalidInput(List.of(error, new InvalidInput.FieldError("nameZh", "is blank")));
        assertThat(FormErrors.of(other, java.util.Map.of("investmentCny", "investmentWan")).keySet())
                .containsExactly("investmentWan", "nameZh");
    }
}
