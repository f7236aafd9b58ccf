package org.chainatlas.platform.files;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform's {@link FileStore}: writes to the configured store, reads and deletes by the key's prefix.
 * <p>
 * {@code chainatlas.files.store=s3} needs {@code chainatlas.files.s3.bucket}, {@code .region}, {@code .access-key},
 * {@code .secret-key} and, for a store other than AWS, {@code .endpoint} (e.g. {@code http://minio:9000}); the S3
 * client is only made when the store is S3 or a stored key asks for it.
 */
@Component
class StoredFiles implements FileStore, DisposableBean {

    private final DatabaseFiles database;
    private final String store;
    private final String endpoint;
    private final String region;
    private final String bucket;
    private final String accessKey;
    private final String secretKey;
    private volatile S3Files s3;

    StoredFiles(JdbcTemplate jdbc, @Value("${chainatlas.files.store:database}") String store,
            @Value("${chainatlas.files.s3.endpoint:}") String endpoint, @Value("${chainatlas.files.s3.region:us-east-1}") String region,
            @Value("${chainatlas.files.s3.bucket:}") String bucket, @Value("${chainatlas.files.s3.access-key:}") String accessKey,
            @Value("${chainatlas.files.s3.secret-key:}") String secretKey) {
        if (!store.equals("database") && !store.equals("s3")) {
            throw new IllegalStateException("chainatlas.files.store must be 'database' or 's3', not '" + store + "'");
        }
        if (store.equals("s3") && (bucket.isBlank() || accessKey.isBlank() || secretKey.isBlank())) {
            throw new IllegalStateException("chainatlas.files.store=s3 needs chainatlas.files.s3.bucket, .access-key and .secret-key");
        }
        this.database = new DatabaseFiles(jdbc);
        this.store = store;
        this.endpoint = endpoint;
        this.region = region;
        this.bucket = bucket;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    @Override
    public String put(String area, byte[] content) {
        if (area == null || !area.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("a file area is a short lower-case word, not " + area);
        }
        return store.equals("s3") ? s3().put(area, content) : database.put(area, content);
    }

    @Override
    public byte[] get(String key) {
        return key.startsWith(S3Files.PREFIX) ? s3().get(key) : database.get(key);
    }

    @Override
    public void delete(String key) {
        if (key.startsWith(S3Files.PREFIX)) {
            s3().delete(key);
        } else {
            database.delete(key);
        }
    }

    @Override
    public String writesTo() {
        return store;
    }

    private S3Files s3() {
        S3Files client = s3;
        if (client == null) {
            synchronized (this) {
                if (s3 == null) {
                    if (bucket.isBlank()) {
                        throw new IllegalStateException("a file is in S3 but chainatlas.files.s3.* is not configured");
                    }
                    s3 = new S3Files(endpoint, region, bucket, accessKey, secretKey);
                }
                client = s3;
            }
        }
        return client;
    }

    @Override
    public void destroy() {
        if (s3 != null) {
            s3.close();
        }
    }
}
