/**
 * Shared platform: error model (problem details), paging, data-file loading helpers, locale and web
 * layout. Open to every module; holds no business concepts.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chainatlas.platform;
