package org.chainatlas.project;

/** An evidence file as uploaded: what it proves, its name, the type the client claims, its bytes. */
public record EvidenceUpload(EvidenceKind kind, String fileName, String contentType, byte[] content) {
}
