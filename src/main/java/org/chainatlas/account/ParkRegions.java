package org.chainatlas.account;

import java.util.Optional;

/** Where a park is, for scoping the accounts bound to it (implemented by the park module). */
public interface ParkRegions {

    /** The region code of a live park, or empty when there is none with this id. */
    Optional<String> regionOfPark(long parkId);
}
