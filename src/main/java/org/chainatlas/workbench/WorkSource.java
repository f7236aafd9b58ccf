package org.chainatlas.workbench;

import java.util.List;
import java.util.Locale;

import org.chainatlas.account.Actor;

/**
 * What one module has waiting for a signed-in user: a bean in that module answers with the sections it has for
 * the actor's role and scope (none when it has nothing for that role). Only what the actor may see and act on.
 */
public interface WorkSource {

    List<WorkSection> sectionsFor(Actor actor, Locale locale);
}
