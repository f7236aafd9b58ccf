package org.chainatlas.event;

public enum RequestStatus {
    PENDING, ACCEPTED, DECLINED, EXPIRED, CANCELLED
}
