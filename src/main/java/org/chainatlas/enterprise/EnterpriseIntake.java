package org.chainatlas.enterprise;

import java.util.List;

import org.chainatlas.platform.InvalidInput;

/** Registering enterprises from other modules (e.g. imports): check a form without storing it, then register it. */
public interface EnterpriseIntake {

    /** Everything registering this form would refuse: rules with field paths, rights, a USCC already registered. */
    List<InvalidInput.FieldError> problems(EnterpriseForm form);

    EnterpriseView register(EnterpriseForm form);

    /**
     * {@link #problems(EnterpriseForm)} of many forms at once (the USCCs checked in one query): the i-th list belongs to
     * the i-th form.
     */
    default List<List<InvalidInput.FieldError>> problems(List<EnterpriseForm> forms) {
        return forms.stream().map(this::problems).toList();
    }

    /**
     * Registers many enterprises in the caller's transaction, all or none: the rows, their segments and audit entries
     * written in batches, their search documents added in bulk, one {@link EnterprisesRegistered} for all. Answers their
     * ids in the order of the forms.
     */
    List<Long> registerAll(List<EnterpriseForm> forms);

    /**
     * Waits until the search documents of every batch this thread registered with {@link #registerAll} are written
     * (they are written after each commit without being waited for, so that the next batch is stored meanwhile).
     */
    void awaitIndexed();
}
