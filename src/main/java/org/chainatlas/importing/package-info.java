/**
 * Excel imports of enterprises, parks, opportunities and projects from templates with Chinese headers: streamed
 * (constant memory whatever the size), checked row by row with the same rules as the forms, every bad cell
 * reported with its row, column and reason in a downloadable error file; the user chooses between storing the
 * good rows and storing nothing unless every row is good. Progress is shown while the import runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.chainatlas.importing;
