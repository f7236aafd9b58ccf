package org.chainatlas.project.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chainatlas.project.DuplicateStatus;
import org.chainatlas.project.ProjectStage;

/**
 * Whether a new signing is probably one already counted (the same project signed again at another event): the
 * same enterprise, the same host city, the same segment (or chain when no segment is known), and a
 * similar product (character bigrams, Jaccard ≥ 0.5) or a similar amount (within 20%). Cancelled projects and
 * confirmed duplicates are not compared against.
 */
final class DuplicateCheck {

    static final double PRODUCT_SIMILARITY = 0.5;
    static final double AMOUNT_TOLERANCE = 0.2;

    /** The earlier project and why it looks the same. */
    record Match(Project earlier, List<String> reasons) {
    }

    private DuplicateCheck() {
    }

    static Match best(Project candidate, List<Project> earlier) {
        Match best = null;
        for (Project e : earlier) {
            List<String> reasons = reasons(candidate, e);
            if (reasons != null && (best == null || reasons.size() > best.reasons().size())) {
                best = new Match(e, reasons);
            }
        }
        return best;
    }

    /** Why {@code candidate} looks like {@code earlier}, or null when it does not. */
    static List<String> reasons(Project candidate, Project earlier) {
        if (earlier.stage() == ProjectStage.CANCELLED || earlier.duplicateStatus() == DuplicateStatus.CONFIRMED
                || candidate.enterpriseId() != earlier.enterpriseId()) {
            return null;
        }
        if (!city(candidate.hostRegionCode()).equals(city(earlier.hostRegionCode()))) {
            return null;
        }
        List<String> reasons = new ArrayList<>(List.of("same enterprise " + (candidate.enterpriseUscc() != null
                ? candidate.enterpriseUscc() : "#" + candidate.enterpriseId()),
                "same host city " + city(earlier.hostRegionCode())));
        if (candidate.nodeId() != null && earlier.nodeId() != null) {
            if (!candidate.nodeId().equals(earlier.nodeId())) {
                return null;
            }
            reasons.add("same segment");
        } else if (candidate.chainCode() != null && earlier.chainCode() != null) {
            if (!candidate.chainCode().equals(earlier.chainCode())) {
                return null;
            }
            reasons.add("same chain");
        }
        double products = similarity(candidate.productZh(), earlier.productZh());
        boolean amounts = candidate.contractedAmountCny() > 0 && earlier.contractedAmountCny() > 0
                && Math.abs(candidate.contractedAmountCny() - earlier.contractedAmountCny())
                        <= AMOUNT_TOLERANCE * Math.max(candidate.contractedAmountCny(), earlier.contractedAmountCny());
        if (products >= PRODUCT_SIMILARITY) {
            reasons.add(String.format("similar product (%.0f%%)", products * 100));
        }
        if (amounts) {
            reasons.add("similar amount");
        }
        return products >= PRODUCT_SIMILARITY || amounts ? reasons : null;
    }

    static String city(String code) {
        return code == null || code.length() < 4 ? String.valueOf(code) : code.substring(0, 4);
    }

    /** Jaccard similarity of the character bigrams of two texts (spaces and punctuation ignored); 0 if either is blank. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        String clean = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "").toLowerCase(java.util.Locale.ROOT);
        if (clean.length() == 1) {
            grams.add(clean);
        }
        for (int i = 0; i + 1 < clean.length(); i++) {
            grams.add(clean.substring(i, i + 2));
        }
        return grams;
    }
}
