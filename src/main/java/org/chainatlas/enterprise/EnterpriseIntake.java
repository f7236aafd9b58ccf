package org.chainatlas.enterprise;

import java.util.List;

import org.chainatlas.platform.InvalidInput;

/** Registering enterprises from other modules (e.g. imports): check a form without storing it, then register it. */
public interface EnterpriseIntake {

    /** Everything registering this form would refuse: rules with field paths, rights, a USCC already registered. */
    List<InvalidInput.FieldError> problems(EnterpriseForm form);

    EnterpriseView register(EnterpriseForm form);
}
