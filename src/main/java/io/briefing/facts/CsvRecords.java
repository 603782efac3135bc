package io.briefing.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;


/**
 * The records of a CSV parser with the line each starts on. For a large table the parsing runs
 * ahead on its own thread, in batches, so that parsing and checking each take a core; a parse
 * error reaches the reader in its place among the records, as it would without the thread.
 */
final class CsvRecords {
    record Item(CSVRecord record, int line) {}

    private record Batch(List<Item> items, Throwable failure) {}

    private static final int BATCH = 1024;
    private final CSVParser parser;
    private final Iterator<CSVRecord> it;
    private long lineBefore;
    private final BlockingQueue<Batch> queue;
    private volatile boolean stopped;
    private Iterator<Item> current = Collections.emptyIterator();
    private Throwable pending;
    private boolean ended;

    CsvRecords(CSVParser parser, boolean ahead) {
        this.parser = parser;
        this.it = parser.iterator();
        this.lineBefore = parser.getCurrentLineNumber();
        if (ahead) {
            queue = new ArrayBlockingQueue<>(8);
            Thread t = new Thread(this::parseAhead, "briefing-csv");
            t.setDaemon(true);
            t.start();
        } else {
            queue = null;
        }
    }

    /** The next record, or null at the end; throws what the parser threw, where it threw it. */
    Item next() {
        if (queue == null) {
            return it.hasNext() ? read() : null;
        }
        while (!current.hasNext()) {
            if (pending != null) {
                Throwable e = pending;
                pending = null;
                ended = true;
                if (e instanceof Error err) {
                    throw err;
                }
                throw (RuntimeException) e;
            }
            if (ended) {
                return null;
            }
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the fact table");
            }
            current = b.items().iterator();
            pending = b.failure();
            ended = b.items().isEmpty() && b.failure() == null;
        }
        return current.next();
    }

    void stop() {
        stopped = true;
        if (queue != null) {
            queue.clear();
        }
    }

    private Item read() {
        CSVRecord rec = it.next();
        int line = (int) Math.min(Integer.MAX_VALUE, lineBefore + 1);
        lineBefore = parser.getCurrentLineNumber();
        return new Item(rec, line);
    }

    private void parseAhead() {
        List<Item> batch = new ArrayList<>(BATCH);
        Throwable failure = null;
        try {
            while (!stopped && it.hasNext()) {
                batch.add(read());
                if (batch.size() == BATCH) {
                    hand(new Batch(batch, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (RuntimeException | Error e) {
            // handed over, so the reader never waits for a batch that will not come
            failure = e;
        }
        if (!batch.isEmpty() || failure != null) {
            hand(new Batch(batch, failure));
        }
        hand(new Batch(List.of(), null));
    }

    private void hand(Batch b) {
        try {
            while (!stopped) {
                if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
