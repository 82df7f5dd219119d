package uk.takingpart.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs a whole transactional use case again when the database refused it as a write conflict:
 * a deadlock, or on a Galera cluster a transaction that lost certification at commit to one
 * committed on another node ({@link WriteConflicts} says which failures those are). Up to
 * {@value WriteConflicts#MAX_RETRIES} more tries, after a short, jittered, growing pause; any
 * other failure goes straight to the caller.
 *
 * <p>Put it on a public service method that starts its own transaction ({@code @Transactional},
 * or one that runs {@code TransactionTemplate}s): the retry wraps the transaction, so each try is
 * a fresh transaction that reads again what it decides on (places left, the audit chain's head).
 * The method must be safe to run again after a rollback: everything it changes is in the rolled
 * back transaction, and a request sent twice is recognised by its request key. Called inside a
 * caller's transaction it is not retried on its own: the caller's boundary must retry.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = WriteConflicts.class, maxRetries = WriteConflicts.MAX_RETRIES, delay = WriteConflicts.DELAY_MILLIS,
        jitter = WriteConflicts.JITTER_MILLIS, multiplier = WriteConflicts.MULTIPLIER, maxDelay = WriteConflicts.MAX_DELAY_MILLIS)
public @interface RetryOnConflict {
}
