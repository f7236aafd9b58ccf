package org.chainatlas.park;

/** 国家级经开区 / 国家级高新区 / 省级开发区 / 其他园区. */
public enum ParkKind {
    ETDZ, HTZ, PROVINCIAL, OTHER
}
