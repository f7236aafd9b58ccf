package org.chainatlas.platform.files;

import java.net.URI;
import java.util.UUID;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files as objects of one bucket of an S3-compatible store (AWS S3, MinIO, Ceph RGW, OSS/COS in S3 mode), through
 * the AWS SDK with path-style addressing. The object name is the key without its {@code s3:} prefix.
 */
final class S3Files implements AutoCloseable {

    static final String PREFIX = "s3:";
    private final S3Client s3;
    private final String bucket;

    S3Files(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        this.bucket = bucket;
        var builder = S3Client.builder().region(Region.of(region)).forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
    }

    String put(String area, byte[] content) {
        String name = area + "/" + UUID.randomUUID();
        s3.putObject(b -> b.bucket(bucket).key(name).contentLength((long) content.length), RequestBody.fromBytes(content));
        return PREFIX + name;
    }

    byte[] get(String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(name(key))).asByteArray();
        } catch (NoSuchKeyException gone) {
            throw new IllegalStateException("file " + key + " is not in bucket " + bucket, gone);
        }
    }

    void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(name(key)));
    }

    private static String name(String key) {
        return key.substring(PREFIX.length());
    }

    @Override
    public void close() {
        s3.close();
    }
}
