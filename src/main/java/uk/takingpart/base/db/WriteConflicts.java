package uk.takingpart.base.db;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which failures are write conflicts worth running a transaction again for, and how often.
 *
 * <p>A conflict is MariaDB error 1213 or SQLState 40001 anywhere in the cause chain: InnoDB chose
 * the transaction as a deadlock's victim, or Galera refused it at commit because a transaction
 * certified on another node wrote the same rows first ("WSREP detected deadlock/conflict";
 * {@code SELECT ... FOR UPDATE} locks are local to a node, so two nodes can both "hold" the
 * audit chain's head or a session's row until one commits). Without an SQL error in the chain,
 * Spring's {@link PessimisticLockingFailureException} (deadlock loser, cannot acquire lock) counts
 * too. A lock wait timeout (1205) does not: it already waited, and waiting again helps nobody.
 * Nothing else is retried: a duplicate key, a broken constraint or a lost connection is the
 * caller's to handle.
 */
public final class WriteConflicts implements MethodRetryPredicate {
    private static final Logger log = LoggerFactory.getLogger(WriteConflicts.class);

    static final long MAX_RETRIES = 4;
    static final long DELAY_MILLIS = 20;
    static final long JITTER_MILLIS = 15;
    static final double MULTIPLIER = 2;
    static final long MAX_DELAY_MILLIS = 250;

    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";

    private static final RetryTemplate TEMPLATE = new RetryTemplate(RetryPolicy.builder()
            .predicate(failure -> shouldRetry("a transaction", failure))
            .maxRetries(MAX_RETRIES)
            .delay(Duration.ofMillis(DELAY_MILLIS))
            .jitter(Duration.ofMillis(JITTER_MILLIS))
            .multiplier(MULTIPLIER)
            .maxDelay(Duration.ofMillis(MAX_DELAY_MILLIS))
            .build());

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return shouldRetry(method.getDeclaringClass().getSimpleName() + "." + method.getName(), failure);
    }

    private static boolean shouldRetry(String what, Throwable failure) {
        if (!isConflict(failure)) {
            return false;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // it joined a caller's transaction, which is now rolled back: only the caller can start again
            return false;
        }
        log.info("Write conflict in {}, running it again: {}", what, rootMessage(failure));
        return true;
    }

    /** True for a deadlock or a Galera certification failure, found anywhere in the cause chain. */
    public static boolean isConflict(Throwable failure) {
        boolean springSaysLocking = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getErrorCode() == ER_LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState());
            }
            springSaysLocking |= t instanceof PessimisticLockingFailureException;
        }
        return springSaysLocking;
    }

    /**
     * For code that runs its own {@code TransactionTemplate} where an annotation cannot reach
     * (a private step of a scheduled job): runs the work, and again on a conflict, as
     * {@link RetryOnConflict} does. The work must start and end its own transaction.
     */
    public static <T> T retrying(Supplier<T> work) {
        return TEMPLATE.invoke(work);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
