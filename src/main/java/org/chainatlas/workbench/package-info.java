/**
 * The workbench (工作台 / 我的待办): the landing page after sign-in. Each business module contributes what is
 * waiting for the signed-in user through {@link org.chainatlas.workbench.WorkSource}; this module only gathers,
 * orders and shows it, so it knows none of the modules that feed it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.chainatlas.workbench;
