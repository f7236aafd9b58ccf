/**
 * The 产业大脑 overview of a province or city for organisers and localities: map with drill-down, league table of
 * the host places, monthly trend of signings, starts and production, totals, chain heat, origin → host flows and
 * the lead funnel, with a full-screen mode for a wall display. Reads the project pipeline and the leads through
 * their public APIs; stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Overview")
package org.chainatlas.overview;
