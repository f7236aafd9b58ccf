package org.chainatlas.platform;

/**
 * A lifecycle step its aggregate refuses from the state it is in (accepting a declined request, finishing a run
 * that never started, moving a project back). Raised by the aggregate itself; answered as 409 with the state.
 */
public class InvalidTransition extends Conflict {

    /** Said on pages as "this step does not fit the current state (someone may have acted already)": no internals. */
    public InvalidTransition(String what, Object state, String step) {
        super("status", what + " is " + state + ": it cannot " + step, "error.stateChanged");
    }

    /** The same, said on pages in the reader's language: the state by its message ({@code statePrefix} + state). */
    public InvalidTransition(String what, Object state, String step, String statePrefix) {
        super("status", what + " is " + state + ": it cannot " + step, "error.invalidTransition",
                ErrorTexts.of(statePrefix + state, String.valueOf(state)));
    }

    private InvalidTransition(String english, String code, Object[] args) {
        super("status", english, code, args);
    }

    /** A refused step with a message of its own ({@code code}, said with {@code args}) where the state alone says too little. */
    public static InvalidTransition coded(String english, String code, Object... args) {
        return new InvalidTransition(english, code, args);
    }
}
