package org.chainatlas.project.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.files.FileStore;
import org.chainatlas.project.EvidenceKind;
import org.chainatlas.project.EvidenceUpload;
import org.chainatlas.project.ProjectView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Evidence files (contract, land certificate, payment proof, permit, photo) stored with the project. Only PDF,
 * JPEG and PNG are taken, recognised by their content (not the name alone), up to a size limit; anything else is
 * refused with what was wrong. The bytes are kept by the platform's {@link FileStore} (the database or an S3 bucket),
 * the row keeps the file's key.
 */
@Component
class EvidenceFiles {

    private final JdbcTemplate jdbc;
    private final FileStore store;
    private final long maxBytes;

    EvidenceFiles(JdbcTemplate jdbc, FileStore store, @Value("${chainatlas.projects.max-evidence-bytes:10485760}") long maxBytes) {
        this.jdbc = jdbc;
        this.store = store;
        this.maxBytes = maxBytes;
    }

    /** The content type the bytes really are, or an error naming the field. */
    String check(EvidenceUpload upload, String field) {
        if (upload.kind() == null) {
            throw InvalidInput.coded(field + ".kind", "error.evidenceKind", "say what the file proves (CONTRACT, LAND_CERTIFICATE, "
                    + "PAYMENT_PROOF, CONSTRUCTION_PERMIT, SITE_PHOTO, OTHER)");
        }
        byte[] b = upload.content();
        String name = upload.fileName() == null ? "" : upload.fileName().strip();
        if (b == null || b.length == 0) {
            throw InvalidInput.coded(field, "error.fileEmpty", "the file " + name + " is empty", name);
        }
        if (b.length > maxBytes) {
            throw InvalidInput.coded(field, "error.fileTooLarge", "the file " + name + " has " + b.length + " bytes; at most " + maxBytes
                    + " are taken", name, b.length, maxBytes);
        }
        String sniffed = sniff(b);
        if (sniffed == null) {
            throw InvalidInput.coded(field, "error.fileKind", "the file " + name + " is not a PDF, JPEG or PNG document", name);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean matches = switch (sniffed) {
            case "application/pdf" -> extension.equals("pdf");
            case "image/jpeg" -> extension.equals("jpg") || extension.equals("jpeg");
            case "image/png" -> extension.equals("png");
            default -> false;
        };
        if (!matches) {
            throw InvalidInput.coded(field, "error.fileExtension", "the file " + name + " is named ." + extension + " but its content is "
                    + sniffed, name, extension, sniffed);
        }
        return sniffed;
    }

    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

    /** Stores a checked file (caller's transaction); answers its id. */
    long store(long projectId, EvidenceUpload upload, String contentType, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String name = upload.fileName().strip();
        String key = store.put("evidence", upload.content());
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into project_evidence (project_id, kind, file_name, content_type, size_bytes, sha256, file_key,
                    uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, projectId);
            ps.setString(2, upload.kind().name());
            ps.setString(3, name.length() > 200 ? name.substring(name.length() - 200) : name);
            ps.setString(4, contentType);
            ps.setInt(5, upload.content().length);
            ps.setString(6, sha256(upload.content()));
            ps.setString(7, key);
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    List<ProjectView.Evidence> of(long projectId) {
        return jdbc.query("""
                select e.id, e.kind, e.file_name, e.content_type, e.size_bytes, e.sha256, e.uploaded_by, e.uploaded_at,
                       (select min(a.ticket_id) from ticket_attachment a where a.evidence_id = e.id)
                from project_evidence e where e.project_id = ? order by e.id""", (rs, i) -> new ProjectView.Evidence(rs.getLong(1),
                EvidenceKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class).toInstant(), rs.getObject(9, Long.class)), projectId);
    }

    /** The kind of an evidence file of the project, or null when it is not one of the project's. */
    EvidenceKind kindOf(long projectId, long evidenceId) {
        List<String> kinds = jdbc.queryForList("select kind from project_evidence where id = ? and project_id = ?", String.class,
                evidenceId, projectId);
        return kinds.isEmpty() ? null : EvidenceKind.valueOf(kinds.getFirst());
    }

    EvidenceUpload content(long projectId, long evidenceId) {
        List<EvidenceUpload> found = jdbc.query(
                "select kind, file_name, content_type, file_key from project_evidence where id = ? and project_id = ?",
                (rs, i) -> new EvidenceUpload(EvidenceKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        store.get(rs.getString(4))), evidenceId, projectId);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Removes the files of the projects the query names (their rows are deleted by the caller). */
    void deleteFilesOf(String projectIdsQuery) {
        jdbc.queryForList("select file_key from project_evidence where project_id in " + projectIdsQuery, String.class)
                .forEach(store::delete);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
