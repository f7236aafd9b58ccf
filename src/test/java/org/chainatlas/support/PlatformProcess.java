package org.chainatlas.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform as a process of its own (this JVM's java and test classpath) on a free port, its output in a log file:
 * for tests that kill it with SIGKILL, which an application context in the test JVM cannot be.
 */
public final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the platform with these arguments (beside its port) and waits until its readiness endpoint answers 200 (data loaded). */
    public static PlatformProcess start(Path log, List<String> arguments) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.chainatlas.ChainAtlasApplication", "--server.port=" + port,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        PlatformProcess platform = new PlatformProcess(process, port, log);
        platform.awaitUp();
        return platform;
    }

    private void awaitUp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the platform died while starting:\n" + tail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        kill();
        throw new AssertionError("the platform did not start in 4 minutes:\n" + tail());
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed politely; returns when the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the platform shuts down as an operator would stop it; returns when the process is gone. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The last 30 lines of the platform's output. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
