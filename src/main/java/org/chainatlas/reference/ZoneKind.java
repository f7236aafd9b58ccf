package org.chainatlas.reference;

/** Kind of development zone. */
public enum ZoneKind {
    /** 国家级经济技术开发区 */
    ETDZ,
    /** 国家级高新技术产业开发区 */
    HTZ
}
