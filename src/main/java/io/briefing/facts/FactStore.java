package io.briefing.facts;

import io.briefing.i18n.Localized;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a fact table, kept as compact bytes and rebuilt into a {@link Fact} when asked for.
 * A fact as Java objects costs about 500 bytes of heap, plus the maps that index it; a table of a
 * million rows would not fit in a 512 MB heap next to the workbook being written. Here a row costs
 * its text as UTF-8, a few bytes for its numbers, and 20 bytes of index: repeated texts (categories,
 * metrics, reporters) are stored once and referred to by number. Past {@link #HEAP_ROW_BYTES} the
 * rows themselves move to a mapped temporary file, so the heap holds only the index.
 */
final class FactStore {
    /** The flag of a row whose period is a span of days; the span's length in days follows. */
    private static final int SPAN_FLAG = 1 << 5;

    /** Rows are appended into chunks of this size, so the store never copies one huge array. */
    private static final int CHUNK = 1 << 22;
    /** Texts kept once and referred to by number; beyond this many, texts are stored in the row. */
    private static final int DICTIONARY_LIMIT = 65_536;
    private static final int DICTIONARY_MAX_CHARS = 256;

    /** The least heap kept for rows: reading them back from the heap is faster than from the file. */
    static final long MIN_HEAP_ROW_BYTES = 32L << 20;

    /**
     * Bytes of rows kept in the heap (a quarter of the heap, at least 32 MB); beyond, full chunks go to a temporary file that is mapped
     * back read-only, so a big table costs the heap only its index (about 20 bytes a row).
     */
    static final long HEAP_ROW_BYTES = Math.max(MIN_HEAP_ROW_BYTES, Runtime.getRuntime().maxMemory() / 4);

    private final long heapRowBytes;
    private final int chunkBytes;
    private final Path spillFolder;
    /** Heap chunks (wrapped arrays) and, once spilled, mapped regions of the spill file. */
    private final List<ByteBuffer> chunks = new ArrayList<>();
    private byte[] chunk = new byte[0];
    private int chunkUsed;
    private long heapBytes;
    private FileChannel spill;
    private long spilled;
    /** Per row: chunk number in the high 32 bits, offset in the low. */
    private long[] rows = new long[64];
    private int[] idHashes = new int[64];
    private int size;

    private final Map<String, Integer> codes = new HashMap<>();
    /** The units rows use, numbered in order of first use (a table uses a handful). */
    private final List<Unit> units = new ArrayList<>();

    private int unitNumber(Unit u) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == u || units.get(i).equals(u)) {
                return i;
            }
        }
        units.add(u);
        return units.size() - 1;
    }
    private final List<String> dictionary = new ArrayList<>();

    /** Open-addressing index of ids: slot holds row + 1, 0 is empty. */
    private int[] slots = new int[128];

    private byte[] scratch = new byte[256];
    private int scratchUsed;

    FactStore() {
        this(HEAP_ROW_BYTES, CHUNK);
    }

    /** For tests: small chunks and a small heap share make a small table spill. */
    FactStore(long heapRowBytes, int chunkBytes) {
        this(heapRowBytes, chunkBytes, Path.of(System.getProperty("java.io.tmpdir")));
    }

    FactStore(long heapRowBytes, int chunkBytes, Path spillFolder) {
        this.heapRowBytes = heapRowBytes;
        this.chunkBytes = chunkBytes;
        this.spillFolder = spillFolder;
    }

    int size() {
        return size;
    }

    /** Appends a fact; its id must not be in the store yet (see {@link #indexOf}). */
    void add(Fact f) {
        scratchUsed = 0;
        inline(f.id());
        text(f.category());
        text(f.entity().en());
        text(f.entity().zh());
        text(f.metric().en());
        text(f.metric().zh());
        amount(f.amount());
        writeVarint(unitNumber(f.unit()));
        writeVarint(f.qualifier().ordinal());
        if (f.amount() != null && f.amount().isRange()) {
            decimal(f.amount().high()); // a range's high end, only for a range: other rows pay nothing
        }
        Period p = f.period();
        writeVarint(zigzag(p.year()));
        writeVarint(p.month());
        writeVarint(p.day());
        writeVarint((p.yearToDate() ? 1 : 0) | (f.key() ? 2 : 0) | p.quarter() << 2 | (p.isSpan() ? SPAN_FLAG : 0));
        if (p.isSpan()) {
            writeVarint((int) java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.last())); // only spans pay
        }
        text(f.reporter().en());
        text(f.reporter().zh());
        text(f.quote());
        writeVarint(f.aliases().size());
        for (String alias : f.aliases()) {
            text(alias);
        }
        writeVarint(f.line());
        long at = place(scratch, scratchUsed);
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            idHashes = Arrays.copyOf(idHashes, size * 2);
        }
        rows[size] = at;
        idHashes[size] = f.id().hashCode();
        size++;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            insert(size - 1);
        }
    }

    /** The row of the fact with this id, or -1. */
    int indexOf(String id) {
        int h = id.hashCode();
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int row = slots[s] - 1;
            if (idHashes[row] == h && idAt(row).equals(id)) {
                return row;
            }
        }
        return -1;
    }

    /** The id of a row, without rebuilding the whole fact. */
    String idAt(int row) {
        Reader r = new Reader(row);
        return r.string();
    }

    Fact get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        Reader r = new Reader(row);
        String id = r.string();
        String category = r.string();
        Localized entity = new Localized(r.string(), r.string());
        Localized metric = new Localized(r.string(), r.string());
        BigDecimal value = r.decimal();
        Unit unit = units.get(r.varint());
        Qualifier qualifier = Qualifier.values()[r.varint()];
        BigDecimal high = value != null && qualifier == Qualifier.RANGE ? r.decimal() : value;
        int year = unzigzag(r.varint());
        int month = r.varint();
        int day = r.varint();
        int flags = r.varint();
        Period period = (flags & SPAN_FLAG) != 0
                ? Period.span(java.time.LocalDate.of(year, month, day), java.time.LocalDate.of(year, month, day).plusDays(r.varint()))
                : new Period(year, month, day, (flags >> 2) & 7, (flags & 1) != 0);
        Localized reporter = new Localized(r.string(), r.string());
        String quote = r.string();
        int aliasCount = r.varint();
        List<String> aliases = new ArrayList<>(aliasCount);
        for (int i = 0; i < aliasCount; i++) {
            aliases.add(r.string());
        }
        int line = r.varint();
        return new Fact(id, category, entity, metric, value == null ? null : new Amount(value, unit, qualifier, high), unit,
                qualifier, period, reporter, (flags & 2) != 0, quote,
                List.copyOf(aliases), line);
    }

    /** Heap the rows take, for the benchmark and the heap estimate. */
    long bytes() {
        long b = (long) rows.length * 8 + (long) idHashes.length * 4 + (long) slots.length * 4;
        for (ByteBuffer c : chunks) {
            b += c.hasArray() ? c.capacity() : 0;
        }
        return b;
    }

    /** Bytes of rows in the spill file (mapped, outside the heap). */
    long spilledBytes() {
        return spilled;
    }

    private long place(byte[] data, int len) {
        if (chunkUsed + len > chunk.length) {
            if (heapBytes + chunk.length > heapRowBytes && !chunks.isEmpty()) {
                spillHeapChunks();
            }
            chunk = new byte[Math.max(chunkBytes, len)];
            chunks.add(ByteBuffer.wrap(chunk));
            heapBytes += chunk.length;
            chunkUsed = 0;
        }
        System.arraycopy(data, 0, chunk, chunkUsed, len);
        long at = ((long) (chunks.size() - 1) << 32) | chunkUsed;
        chunkUsed += len;
        return at;
    }

    /** Moves every full heap chunk to the spill file and maps it back; rows keep their addresses. */
    private void spillHeapChunks() {
        try {
            if (spill == null) {
                Path file = Files.createTempFile(spillFolder, "briefing-rows", ".bin");
                spill = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                // unlinked at once: the open channel and its mappings keep the data, and nothing is
                // left behind however the process ends
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
            for (int i = 0; i < chunks.size(); i++) {
                ByteBuffer c = chunks.get(i);
                if (!c.hasArray()) {
                    continue;
                }
                int used = i == chunks.size() - 1 ? chunkUsed : c.capacity();
                long at = spilled;
                ByteBuffer data = ByteBuffer.wrap(c.array(), 0, used);
                while (data.hasRemaining()) {
                    spill.write(data, at + data.position());
                }
                chunks.set(i, spill.map(FileChannel.MapMode.READ_ONLY, at, Math.max(1, used)));
                spilled += used;
                heapBytes -= c.capacity();
            }
        } catch (IOException e) {
            throw new SpillFailed(spillFolder, e);
        }
    }

    /** The rows could not be moved to the temporary file (a full or read-only temporary folder). */
    static final class SpillFailed extends UncheckedIOException {
        final Path folder;

        SpillFailed(Path folder, IOException cause) {
            super("cannot write the rows of a big table to a temporary file in " + folder, cause);
            this.folder = folder;
        }
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int row = 0; row < size; row++) {
            insert(row);
        }
    }

    private void insert(int row) {
        int mask = slots.length - 1;
        int s = spread(idHashes[row]) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = row + 1;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    private void text(String s) {
        if (s == null) {
            s = "";
        }
        Integer code = codes.get(s);
        if (code == null && s.length() <= DICTIONARY_MAX_CHARS && dictionary.size() < DICTIONARY_LIMIT) {
            code = dictionary.size();
            dictionary.add(s);
            codes.put(s, code);
        }
        if (code != null) {
            writeVarint((code << 1) | 1);
        } else {
            inline(s);
        }
    }

    private void inline(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(b.length << 1);
        ensure(b.length);
        System.arraycopy(b, 0, scratch, scratchUsed, b.length);
        scratchUsed += b.length;
    }

    private void amount(Amount a) {
        if (a == null) {
            writeVarint(0);
            return;
        }
        decimal(a.value());
    }

    private void decimal(BigDecimal v) {
        if (v.unscaledValue().bitLength() < 63) {
            writeVarint(1);
            writeVarlong(zigzag(v.unscaledValue().longValue()));
        } else {
            writeVarint(2);
            inline(v.unscaledValue().toString());
        }
        writeVarint(zigzag(v.scale()));
    }

    private void ensure(int more) {
        if (scratchUsed + more > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchUsed + more));
        }
    }

    private void writeVarint(int v) {
        if ((v & ~0x7f) == 0 && scratchUsed < scratch.length) {
            scratch[scratchUsed++] = (byte) v; // most fields: a code or a length under 64
            return;
        }
        writeVarlong(v & 0xffffffffL);
    }

    private void writeVarlong(long v) {
        ensure(10);
        while ((v & ~0x7fL) != 0) {
            scratch[scratchUsed++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        scratch[scratchUsed++] = (byte) v;
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Reads one row's fields in the order {@link #add} wrote them. */
    private final class Reader {
        private final ByteBuffer b;
        private int p;

        Reader(int row) {
            long at = rows[row];
            b = chunks.get((int) (at >>> 32));
            p = (int) at;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte x = b.get(p++);
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int varint() {
            return (int) varlong();
        }

        String string() {
            int head = varint();
            if ((head & 1) != 0) {
                return dictionary.get(head >>> 1);
            }
            int len = head >>> 1;
            String s;
            if (b.hasArray()) {
                s = new String(b.array(), p, len, StandardCharsets.UTF_8);
            } else {
                byte[] bytes = new byte[len];
                b.get(p, bytes);
                s = new String(bytes, StandardCharsets.UTF_8);
            }
            p += len;
            return s;
        }

        BigDecimal decimal() {
            int kind = varint();
            if (kind == 0) {
                return null;
            }
            if (kind == 1) {
                long unscaled = unzigzag(varlong());
                return BigDecimal.valueOf(unscaled, unzigzag(varint()));
            }
            BigInteger unscaled = new BigInteger(string());
            return new BigDecimal(unscaled, unzigzag(varint()));
        }
    }
}
