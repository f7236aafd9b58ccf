package org.chainatlas.event;

/** A registration: invited by the organiser, waiting for validation, approved, or rejected. */
public enum RegistrationStatus {
    INVITED, PENDING, APPROVED, REJECTED
}
