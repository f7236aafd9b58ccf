package org.chainatlas.park;

/** A park or one of its opportunities changed (or a bulk load replaced many: {@code parkId} 0). */
public record ParkChanged(long parkId) {
}
