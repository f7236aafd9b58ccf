package org.chainatlas.chain.internal;

import org.chainatlas.chain.CompanyText;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        ClassifierEvaluationTest.load();
        for (String ph : System.getProperty("phrases", "").split(",")) {
            if (!ph.isEmpty()) System.out.println("=== phrase " + ph + " -> " + ClassifierEvaluationTest.classifier.phrase(ph));
        }
        String seg = System.getProperty("seg", "");
        if (!seg.isEmpty()) {
            for (var l : ClassifierEvaluationTest.companyLabels().values()) {
                var pred = ClassifierEvaluationTest.predicted(l.tsCode());
                if (pred.contains(seg) != l.pairs().contains(seg)) System.out.println("=== seg " + l.tsCode() + " predicted=" + pred.contains(seg) + " " + pred + " truth " + l.pairs());
            }
        }
        for (String code : System.getProperty("codes", "").split(",")) {
            if (code.isEmpty()) continue;
            var p = ClassifierEvaluationTest.profiles.get(code);
            System.out.println("=== " + code + " " + p.optional("公司名称") + " [" + ClassifierEvaluationTest.industry.get(code) + "]");
            System.out.println("主营: " + p.optional("主营业务"));
            String intro = p.optional("公司简介");
            System.out.println("简介: " + (intro == null ? "" : intro.substring(0, Math.min(400, intro.length()))));
            for (var m : ClassifierEvaluationTest.classifier.company(new CompanyText(p.optional("公司名称"), p.optional("主营业务"),
                    p.optional("公司简介"), ClassifierEvaluationTest.industry.get(code)))) {
                System.out.println("  -> " + m);
            }
        }
    }
}
