package org.sunshine.base.cluster;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs an outermost transaction again when it fails on a write conflict ({@link WriteConflicts}): every
 * {@code @Transactional} method is advised, before (outside) Micronaut's transaction interceptor, so a retry begins
 * a new transaction and takes the whole step again from what is committed now — a gapless number is taken anew, a
 * state is checked anew. Only when no transaction was open when the method was called: inside one, the failure goes
 * up to the method that began it, which is retried as a whole. At most {@code attempts} times, after a jittered
 * back-off that doubles from {@code first-delay}; the last failure goes to the caller as it was. The user sees
 * nothing of it but a step that took a few milliseconds longer.
 * <p>
 * What a retried method does outside the database must bear being done again: the services keep it so — messages
 * go into the outbox in the same transaction, uploaded files are stored in the database, and the search index catches
 * up after the transaction ends, whichever way it ended.
 */
@Singleton
@InterceptorBean(Transactional.class)
public class ConflictRetry implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

    private final TransactionOperations<Connection> transactions;
    private final RetrySettings settings;

    ConflictRetry(TransactionOperations<Connection> transactions, RetrySettings settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        // before the transaction interceptor: each attempt is a transaction of its own
        return InterceptPhase.TRANSACTION.getPosition() - 1;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed(this);
            } catch (RuntimeException failure) {
                if (attempt >= settings.attempts() || !WriteConflicts.isCause(failure)) {
                    throw failure;
                }
                long pause = pause(attempt);
                LOG.info("Write conflict in {}.{} (attempt {} of {}), run again in {} ms: {}",
                        context.getDeclaringType().getSimpleName(), context.getMethodName(), attempt,
                        settings.attempts(), pause, rootMessage(failure));
                sleep(pause);
            }
        }
    }

    /** A random pause up to the attempt's ceiling (first-delay, doubled each time, at most max-delay). */
    long pause(int attempt) {
        long ceiling = Math.min(settings.maxDelay().toMillis(), settings.firstDelay().toMillis() << (attempt - 1));
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run a transaction again", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
