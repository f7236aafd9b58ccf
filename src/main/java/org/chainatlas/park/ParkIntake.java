package org.chainatlas.park;

import java.util.List;

import org.chainatlas.platform.InvalidInput;

/** Publishing parks and opportunities from other modules (e.g. imports): check first, then store. */
public interface ParkIntake {

    List<InvalidInput.FieldError> problems(ParkForm form);

    ParkView createPark(ParkForm form);

    List<InvalidInput.FieldError> problems(OpportunityForm form);

    OpportunityView createOpportunity(OpportunityForm form);
}
