package org.chainatlas.platform.demo;

/** How much demo data to generate: enterprises and parks (the national zones count among the parks). */
public record DemoSize(int enterprises, int parks, long seed) {
}
