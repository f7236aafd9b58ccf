package org.chainatlas.platform.demo;

/**
 * A module's part of the demo dataset. The {@link DemoLoader} fills an empty database with every part in
 * {@link #order()} at start (when demo data is enabled), or loads a chosen size from the command line.
 * Generation is deterministic for a given seed.
 */
public interface DemoData {

    /** Parts load in ascending order (enterprises before parks before events ...). */
    int order();

    String name();

    /** True when this part has nothing stored yet (the loader then fills it). */
    boolean isEmpty();

    /** Removes this part's demo rows (never real data); called in reverse order before a command-line load. */
    void clear();

    void load(DemoSize size, Progress progress);

    /**
     * Whether this part belongs to the default demo loaded at start. Generated enterprises and parks do not: the
     * default runs on real data, and generated rows only come from {@code bin/generate} (load tests), labelled.
     */
    default boolean inDefaultDemo() {
        return true;
    }
}
