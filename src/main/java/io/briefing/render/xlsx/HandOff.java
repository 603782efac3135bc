package io.briefing.render.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;


/**
 * Writes what one thread produces to an output stream on the calling thread: the rows of a big
 * sheet are made on one core while the zip compresses them on another. A bounded queue keeps at
 * most a few blocks in memory; an error on either side stops the other.
 */
final class HandOff {
    /** Produces bytes into the stream it is given. */
    @FunctionalInterface
    interface Producer {
        void produce(OutputStream out) throws IOException;
    }

    private static final byte[] END = new byte[0];
    private static final int BLOCKS = 8;

    private HandOff() {}

    /** Runs {@code producer} on {@code executor} and copies its output to {@code out} until it ends. */
    static void copy(Producer producer, Executor executor, OutputStream out) throws IOException {
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(BLOCKS);
        Throwable[] failure = new Throwable[1];
        QueueStream in = new QueueStream(queue);
        executor.execute(() -> {
            try {
                producer.produce(in);
            } catch (Throwable t) {
                synchronized (failure) {
                    failure[0] = t;
                }
            } finally {
                in.end();
            }
        });
        try {
            while (true) {
                byte[] block = queue.take();
                if (block == END) {
                    break;
                }
                out.write(block);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            in.cancel();
            throw new InterruptedIOException("interrupted while writing the workbook");
        } catch (IOException | RuntimeException | Error e) {
            in.cancel();
            queue.clear();
            throw e;
        }
        synchronized (failure) {
            Throwable t = failure[0];
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
        }
    }

    /** The producer's side: every write is a block on the queue. */
    private static final class QueueStream extends OutputStream {
        private final BlockingQueue<byte[]> queue;
        private volatile boolean cancelled;

        QueueStream(BlockingQueue<byte[]> queue) {
            this.queue = queue;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            put(Arrays.copyOfRange(b, off, off + len));
        }

        void cancel() {
            cancelled = true;
        }

        void end() {
            try {
                put(END);
            } catch (IOException e) {
                // cancelled: the reader has gone
            }
        }

        private void put(byte[] block) throws IOException {
            try {
                while (!cancelled) {
                    if (queue.offer(block, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
                throw new IOException("the workbook is no longer being written");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }
    }
}
