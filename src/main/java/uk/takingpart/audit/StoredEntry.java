package uk.takingpart.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * An audit entry exactly as stored, hashes included: what the chain is built and verified from.
 * Read as a plain value (not a managed entity), so walking millions of entries holds none of
 * them in the persistence context.
 */
record StoredEntry(Long id, Instant occurredAt, String actorType, String actorName, String action, String recordType,
                   String recordId, String activitySlug, String summary, String previousHash, String hash) {
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final String FORMAT = "taking-part-audit-entry-v1";

    /** The same entry carrying the hash of its contents. */
    StoredEntry sealed() {
        return new StoredEntry(id, occurredAt, actorType, actorName, action, recordType, recordId, activitySlug, summary,
                previousHash, expectedHash());
    }

    /**
     * SHA-256, in lowercase hex, of a canonical serialisation: a format tag, then every field in a
     * fixed order (id, occurred_at in epoch microseconds, actor type, actor name, action, record
     * type, record id, activity, summary, previous hash), each written as its UTF-8 length in
     * bytes, a colon and the bytes, or as "~" for null. Length prefixes make it unambiguous:
     * no choice of field values can make two different entries serialise alike.
     */
    String expectedHash() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + summary.length() * 3);
        field(out, FORMAT);
        field(out, Long.toString(id));
        field(out, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        field(out, actorType);
        field(out, actorName);
        field(out, action);
        field(out, recordType);
        field(out, recordId);
        field(out, activitySlug);
        field(out, summary);
        field(out, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(new byte[] {'~'});
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, new Actor(ActorType.valueOf(actorType), actorName), AuditAction.valueOf(action),
                recordType, recordId, activitySlug, summary);
    }
}
