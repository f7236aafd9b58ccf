package org.chainatlas.matching;

/**
 * The factors of a site recommendation, each a value in 0–1 for a candidate zone, from real data only. The last
 * three count only where a locality entered the figure or published a project; otherwise they are 0 and the
 * explanation says that nothing was entered.
 */
public enum SiteFactor {
    /** The zone's leading industries (2018 catalogue, or as its locality set them) name this segment, its chain or a neighbour. */
    FIT("fit"),
    /**
     * The zone's city already works in this chain: its evidence in this segment (producing enterprises weighted by size,
     * zones whose leading industries name it) plus a third of its evidence in the chain's other segments.
     */
    CLUSTER("cluster"),
    /** The zone's province works in this chain: its evidence over all the chain's segments. */
    REGION("region"),
    /** Producers of the segments that supply this one, within the radius, weighted by size and edge weight. */
    SUPPLIERS("suppliers"),
    /** Producers of the segments this one supplies, and buyers of it, within the radius, weighted by size. */
    CUSTOMERS("customers"),
    /** The zone's city or province in the chain-chief system of the chain (primary host, collaborating, province). */
    POLICY("policy"),
    /** A national advanced manufacturing cluster of this chain's industry in the zone's city (or province). */
    PROGRAMME("programme"),
    /** National or provincial zone, and its approved area. */
    LEVEL("level"),
    /** Working-age population of the zone's city (census 2020). */
    LABOUR("labour"),
    /** Nearness to the enterprise's home city, plants and anchor customers. */
    PROXIMITY("proximity"),
    /** The zone lies in the central, western or north-eastern provinces that industrial transfer policy directs to. */
    TRANSFER_REGION("transferRegion"),
    /** Land available against the land needed: only where the locality entered it. */
    LAND("land"),
    /** Land, power and wage costs relative to the other candidates: only where the locality entered them. */
    COST("cost"),
    /** The zone publishes a key project (opportunity) in this segment or chain. */
    OPPORTUNITY("opportunity");

    private final String key;

    SiteFactor(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static SiteFactor ofKey(String key) {
        for (SiteFactor f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no site factor '" + key + "'");
    }
}
