package org.chainatlas.matching;

/**
 * One factor of a score: its value (0–1), its weight, its contribution to the score (points out of 100,
 * value × weight ÷ sum of weights × 100) and what the value rests on, in words and numbers.
 */
public record FactorScore(String factor, double value, double weight, double contribution, String detail) {
}
