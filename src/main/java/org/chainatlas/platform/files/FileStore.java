package org.chainatlas.platform.files;

/**
 * Where the platform keeps the files it must not lose and every node must read: evidence of projects and tickets,
 * import error reports. One interface, two places: the database (default, {@code chainatlas.files.store=database})
 * or an S3-compatible object store ({@code s3}). A key names the place it was written to ({@code db:…},
 * {@code s3:…}), so files written before a switch of store are still read from where they are.
 */
public interface FileStore {

    /**
     * Stores the bytes as a new file in an area (a short word: {@code evidence}, {@code import-errors}) and answers
     * its key. In the database the file belongs to the caller's transaction; in an object store it is written at
     * once (a rolled-back caller leaves an unreferenced object behind, never a reference without its file).
     */
    String put(String area, byte[] content);

    /** The bytes of the file, or an {@link IllegalStateException} naming the key when it is gone. */
    byte[] get(String key);

    /** Removes the file; a key already gone is not an error. */
    void delete(String key);

    /** Which store new files go to: {@code database} or {@code s3}. */
    String writesTo();
}
