/** Files the platform keeps (evidence, import reports): in the database or an S3-compatible store. */
package org.chainatlas.platform.files;
