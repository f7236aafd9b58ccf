package org.chainatlas.account;

import java.util.Optional;

import org.chainatlas.platform.Forbidden;

/** The actor of the current request, taken from the security context. Empty for anonymous visitors. */
public interface CurrentActor {

    Optional<Actor> get();

    /** The signed-in actor; anonymous visitors get {@link Forbidden} for the given action. */
    default Actor require(String action, String resource) {
        return get().orElseThrow(() -> new Forbidden(action, resource));
    }
}
