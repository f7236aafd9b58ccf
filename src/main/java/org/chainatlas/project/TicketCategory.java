package org.chainatlas.project;

/** What an enterprise's problem is about (解难题): land, power, permits, labour, finance, other. */
public enum TicketCategory {
    LAND, POWER, PERMITS, LABOUR, FINANCE, OTHER
}
