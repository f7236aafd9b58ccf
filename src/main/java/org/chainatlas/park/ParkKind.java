package org.chainatlas.park;

/**
 * 国家级经开区 / 国家级高新区 / 海关特殊监管区域 / 边境（跨境）经济合作区 / 省级开发区 / 其他园区. The national kinds and
 * PROVINCIAL follow the 2018 catalogue's level and type; OTHER is any other park (and the catalogue's other national
 * zones).
 */
public enum ParkKind {
    ETDZ, HTZ, CUSTOMS, BORDER, PROVINCIAL, OTHER;

    /** The kind of a catalogue zone from its level (国务院: national) and type. */
    public static ParkKind ofCatalogue(boolean national, String typeZh) {
        if (!national) {
            return PROVINCIAL;
        }
        return switch (typeZh) {
            case "经济技术开发区" -> ETDZ;
            case "高新技术产业开发区" -> HTZ;
            case "海关特殊监管区域" -> CUSTOMS;
            case "边境/跨境经济合作区" -> BORDER;
            default -> OTHER;
        };
    }
}
