package org.chainatlas.platform.data;

/**
 * The notes the real-data loader writes after a segment's evidence to say how sure its place is, kept in one place so
 * that the loader writes and the pages translate the same words.
 */
public final class EvidenceNotes {

    /** A segment a plant is given only because its company makes it (the introduction names the base, not its products). */
    public static final String PRESUMED_AT_BASE = "（简介未载明该基地的产品，按公司业务推定）";

    /** A segment a project site is given: the introduction names the place among where the company's projects stand. */
    public static final String RUN_AT_PROJECT = "（简介列此地为公司项目所在地，按公司运营业务计）";

    /** A segment the introduction says is made at bases elsewhere: the head office keeps it at half. */
    public static final String HALF_AT_SEAT = "（简介所列生产基地在外地，总部按半数计）";

    /**
     * A segment at the head office the introduction names in another city than the registered seat, made at bases
     * elsewhere: the head office keeps it at half (三安光电, registered in 荆州: 公司总部位于福建省厦门市).
     */
    public static final String HALF_AT_HEAD_OFFICE = "（简介称公司总部在此，生产基地在外地，按半数计）";

    /** Office work (software, chip design) at the head office the introduction names in another city than the registered seat. */
    public static final String AT_HEAD_OFFICE = "（简介称公司总部在此，按总部计）";

    /** A segment the introduction names a subsidiary in another province for (no city given): the seat keeps half. */
    public static final String HALF_SUBSIDIARY_ELSEWHERE = "（简介称由外省子公司生产，此处按半数计）";

    /**
     * A segment placed at the company's seat (head office) because nothing says where it is made: the seat is where a
     * listed company files, not always where it produces (华能澜沧江's dams are not in 昆明).
     */
    public static final String PLACED_AT_SEAT = "（地点按公司总部，简介未载明在此生产）";

    /**
     * A resource (a mine, brine, a gas field, herbs) the introduction does not place at the seat: it is where the ground
     * holds it, which a head office often is not (雪天盐业's rock salt is mined by its subsidiaries, not in 长沙; 中国海洋石油's
     * gas is offshore, not in 北京), so the seat counts it at half.
     */
    public static final String RESOURCE_HALF_AT_SEAT = "（简介未能将资源所在地定位到本市，按半数计于总部）";

    /**
     * Power stations the introduction does not place: they stand where the water, wind, sun or coal is, which a head office
     * often is not (华能澜沧江's dams are on the 澜沧江, not in 昆明; 北京 is the seat of most national generators), so the seat
     * counts them at half.
     */
    public static final String STATIONS_HALF_AT_SEAT = "（简介未能将电站所在地定位到本市，按半数计于总部）";

    /**
     * A segment placed at the seat whose introduction says the company is in the seat's city, without naming where it
     * makes the segment (安宁股份: 公司是攀枝花市的一家…公司 — its mine counts there in full).
     */
    public static final String LOCATED_AT_SEAT = "（简介称公司位于此地，按公司业务计）";

    private EvidenceNotes() {
    }

    /** The notes of a stored evidence text in English (the rest of the text as it is). */
    public static String english(String text) {
        return text.replace(HALF_AT_SEAT, " (the introduction names bases elsewhere that make it: counted at half at the seat)")
                .replace(HALF_AT_HEAD_OFFICE, " (the introduction puts the head office here and the bases elsewhere: counted at half)")
                .replace(AT_HEAD_OFFICE, " (the introduction puts the head office here: placed here)")
                .replace(HALF_SUBSIDIARY_ELSEWHERE, " (the introduction names a subsidiary in another province for it: counted at half here)")
                .replace(RUN_AT_PROJECT, " (the introduction names this place among the company's project sites: counted for what it runs)")
                .replace(PRESUMED_AT_BASE, " (presumed from the company's business: the introduction does not say what this base makes)")
                .replace(PLACED_AT_SEAT, " (placed at the head office: the introduction does not say it produces there)")
                .replace(STATIONS_HALF_AT_SEAT, " (the introduction does not place the power stations in this city: counted at half at the"
                        + " head office)")
                .replace(LOCATED_AT_SEAT, " (the introduction says the company is here: counted for its business)")
                .replace(RESOURCE_HALF_AT_SEAT, " (the introduction does not place the resource in this city: counted at half at the head"
                        + " office)");
    }
}
