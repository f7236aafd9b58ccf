package org.chainatlas.project;

import java.util.List;

import org.chainatlas.platform.InvalidInput;

/** Entering projects from other modules (e.g. imports): check a form without storing it, then create the project. */
public interface ProjectIntake {

    List<InvalidInput.FieldError> problems(ProjectForm form);

    ProjectView create(ProjectForm form);
}
