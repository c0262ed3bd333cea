package se.byra.platform.messaging.consumer;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of one partition, processed one after the other on the consumer's worker pool:
 * partitions progress side by side, each in order. A failing record stays at the head and is
 * tried again after a delay; the wait holds no thread, so a stuck partition takes no capacity
 * from the others.
 */
final class PartitionLane {

    /** Processes the head record; null when it is done, else how long to wait before trying again. */
    @FunctionalInterface
    interface Step {
        Duration process(PartitionLane lane, ConsumerRecord<String, byte[]> record);
    }

    private final TopicPartition partition;
    private final ScheduledExecutorService workers;
    private final Step step;

    // guarded by this
    private final ArrayDeque<ConsumerRecord<String, byte[]>> queue = new ArrayDeque<>();
    /** A run is queued, running or waiting to retry. */
    private boolean scheduled;
    private ScheduledFuture<?> pendingRetry;

    private volatile boolean stopped;
    /** The offset to commit: one past the last record fully processed, or -1. */
    private volatile long processedUpTo = -1;
    /** System.nanoTime() of the head record's first failure, 0 while nothing fails. */
    private volatile long failingSince;

    /** Retry state of the head record; touched only by the run in progress. */
    int attempts;
    RuntimeException pendingDeadLetter;

    PartitionLane(TopicPartition partition, ScheduledExecutorService workers, Step step) {
        this.partition = partition;
        this.workers = workers;
        this.step = step;
    }

    TopicPartition partition() {
        return partition;
    }

    synchronized void enqueue(List<ConsumerRecord<String, byte[]>> records) {
        if (stopped) {
            return;
        }
        queue.addAll(records);
        if (!scheduled) {
            scheduled = true;
            submit(0);
        }
    }

    synchronized int backlog() {
        return queue.size();
    }

    boolean retrying() {
        return failingSince != 0;
    }

    long failingSince() {
        return failingSince;
    }

    void failing() {
        if (failingSince == 0) {
            failingSince = System.nanoTime();
        }
    }

    long processedUpTo() {
        return processedUpTo;
    }

    /** Stops taking records: the one in progress finishes, a retry wait ends now. */
    synchronized void stop() {
        stopped = true;
        queue.clear();
        if (pendingRetry != null && pendingRetry.cancel(false)) {
            idle();
        }
    }

    /** Waits until the record in progress, if any, is finished; false when the time ran out. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (scheduled) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void run() {
        while (true) {
            ConsumerRecord<String, byte[]> head;
            synchronized (this) {
                pendingRetry = null;
                head = queue.peek();
                if (stopped || head == null) {
                    idle();
                    return;
                }
            }
            Duration retryIn = step.process(this, head);
            synchronized (this) {
                if (retryIn != null) {
                    if (stopped) {
                        idle();
                    } else {
                        submit(retryIn.toNanos());
                    }
                    return;
                }
                if (!stopped) {
                    queue.poll();
                }
                processedUpTo = head.offset() + 1;
                attempts = 0;
                pendingDeadLetter = null;
                failingSince = 0;
            }
        }
    }

    // guarded by this
    private void submit(long delayNanos) {
        try {
            pendingRetry = workers.schedule(this::run, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the consumer is closing: nothing more is processed, what was is committed
            stopped = true;
            idle();
        }
    }

    // guarded by this
    private void idle() {
        scheduled = false;
        pendingRetry = null;
        notifyAll();
    }
}
