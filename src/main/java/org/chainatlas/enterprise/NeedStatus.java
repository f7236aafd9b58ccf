package org.chainatlas.enterprise;

public enum NeedStatus {
    OPEN, CLOSED
}
