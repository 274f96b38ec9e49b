package com.copydesk.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Takes the items of an iterator on a thread of its own, a few ahead of the caller, and prepares
 * each there: while the caller writes one article, the next ones are read and encoded. Whatever the
 * iterator or the preparation throws reaches the caller, unchanged, at the item where it happened.
 * {@link #close} stops the thread and waits for it, so the iterator is no longer used afterwards.
 */
final class ReadAhead<T, R> implements Iterator<R>, AutoCloseable {

    private static final Object END = new Object();

    private record Failure(Throwable thrown) {
    }

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean stopped;
    private Object ahead;

    ReadAhead(Iterator<T> source, Function<T, R> prepare, int capacity, String threadName) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> read(source, prepare), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(Iterator<T> source, Function<T, R> prepare) {
        try {
            while (!stopped) {
                if (!source.hasNext()) {
                    hand(END);
                    return;
                }
                hand(prepare.apply(source.next()));
            }
        } catch (Throwable thrown) { // handed to the caller, who rethrows it as it is
            hand(new Failure(thrown));
        }
    }

    private void hand(Object item) {
        try {
            while (!stopped && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // the caller is still writing; wait unless it has stopped reading
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
        }
        if (ahead instanceof Failure failure) {
            stopped = true; // kept as ahead: asked again, the same failure
            Throwable thrown = failure.thrown();
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(thrown);
        }
        return ahead != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        R item = (R) ahead;
        ahead = null;
        return item;
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
