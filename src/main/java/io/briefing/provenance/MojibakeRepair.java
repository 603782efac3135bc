package io.briefing.provenance;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Finds and repairs passages whose GBK bytes were decoded one byte off ({@code ?!币幻斯ぶ悄苄袠I} for
 * {@code 。”一名人工智能行業}). The damaged characters are turned back into their bytes, the bytes are
 * read again with the right alignment, and where the first decoder dropped a pair it could not read,
 * the missing bytes are filled with the character the rest of the article makes most likely. Every
 * guess is counted and reported; a character no byte sequence explains is shown as 〔?〕, never guessed.
 */
public final class MojibakeRepair {
    static final Charset GBK = Charset.forName("GBK");
    /** Stands for a character that could not be recovered. */
    public static final String UNRECOVERED = "〔?〕";
    private static final int UNKNOWN = -1;
    /**
     * A single byte the first decoder swallowed with the '?' before it: a lead byte followed by an
     * ASCII byte is no GBK pair, and the decoder replaced both (「這或?qū⒃?025年」 lost the 2 of 2025).
     * Which byte it was cannot be known; it is shown as {@link #UNRECOVERED}, never dropped.
     */
    private static final int SWALLOWED = -2;
    private static final double GAP_PENALTY = 4.0;
    private static final String QUESTION_ENDS = "么麼嗎吗呢什";
    private static final String HALF_TO_FULL = "!,:;";

    /** How sure a repair is. */
    public enum Confidence { HIGH, MEDIUM, LOW }

    /**
     * One damaged passage: where it is, what it says, what it said, and how sure that is.
     *
     * @param annotated the repair with every character that rests on a guessed byte in ⟨⟩
     */
    public record Passage(int start, int end, String damaged, String repaired, String annotated, Confidence confidence,
                          int guessedBytes,
                          int unrecovered) {}

    private final Map<Character, Integer> counts = new HashMap<>();
    private final Map<String, Integer> bigrams = new HashMap<>();
    private final int total;
    private final Map<Integer, List<Character>> byLead = new HashMap<>();
    private final Map<Integer, List<Character>> byTrail = new HashMap<>();

    /** @param vocabulary text the repaired characters should look like (the article itself) */
    public MojibakeRepair(String vocabulary) {
        int n = 0;
        char prev = 0;
        for (char c : vocabulary.toCharArray()) {
            if (Character.isWhitespace(c)) {
                continue;
            }
            counts.merge(c, 1, Integer::sum);
            if (prev != 0) {
                bigrams.merge("" + prev + c, 1, Integer::sum);
            }
            prev = c;
            n++;
        }
        total = Math.max(n, 1);
        CharsetEncoder enc = GBK.newEncoder();
        for (char c : counts.keySet()) {
            char wide = HALF_TO_FULL.indexOf(c) >= 0 ? (char) (c - 0x21 + 0xFF01) : c;
            if (wide < 0x80 || !enc.canEncode(wide)) {
                continue;
            }
            byte[] b = String.valueOf(wide).getBytes(GBK);
            if (b.length == 2) {
                byLead.computeIfAbsent(b[0] & 0xff, k -> new ArrayList<>()).add(wide);
                byTrail.computeIfAbsent(b[1] & 0xff, k -> new ArrayList<>()).add(wide);
            }
        }
    }

    /**
     * Finds and repairs the damaged passages of a text, learning what ordinary text looks like from
     * the same text with the damaged passages left out.
     */
    public static List<Passage> repairAll(String text) {
        String stripped = PinyinAnnotations.strip(text).text();
        MojibakeRepair rough = new MojibakeRepair(stripped);
        StringBuilder clean = new StringBuilder();
        int at = 0;
        for (int[] span : rough.spans(text)) {
            clean.append(text, at, span[0]).append('\n');
            at = span[1];
        }
        clean.append(text.substring(at));
        return new MojibakeRepair(PinyinAnnotations.strip(clean.toString()).text()).find(text);
    }

    private List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '?' && isSeed(text, i)) {
                int end = spanEnd(text, i);
                out.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Finds the damaged passages of a text and repairs each one. */
    public List<Passage> find(String text) {
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '?' && isSeed(text, i)) {
                int end = spanEnd(text, i);
                Passage p = repair(text, i, end);
                if (p != null) {
                    out.add(p);
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** A '?' after a question word (什么?) ends a question; any other '?' in Chinese text is a decoding error. */
    private static boolean isSeed(String text, int i) {
        return i == 0 || QUESTION_ENDS.indexOf(text.charAt(i - 1)) < 0;
    }

    /**
     * The passage runs from the '?' over characters the article rarely uses (decoding garbage) and
     * ASCII letters or signs (single bytes the misaligned decoder emitted), up to two ordinary
     * characters in a row.
     */
    private int spanEnd(String text, int start) {
        int j = start + 1;
        int lastDamaged = start + 1;
        int ordinaryRun = 0;
        while (j < text.length() && ordinaryRun < 2) {
            char c = text.charAt(j);
            if (c == '\n' || Character.isDigit(c) && c < 0x80) {
                break;
            }
            boolean damaged = c == '?' || c < 0x80 && c != '(' || count(c) <= 2 || !isHanOrCjkPunct(c);
            if (damaged) {
                ordinaryRun = 0;
                lastDamaged = j + 1;
            } else {
                ordinaryRun++;
            }
            j++;
        }
        return lastDamaged;
    }

    private static boolean isHanOrCjkPunct(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "，。、；：「」『』“”‘’（）《》！？".indexOf(c) >= 0;
    }

    private int count(char c) {
        return counts.getOrDefault(c, 0);
    }

    /** The article writes ASCII , ! ? : ; where GBK text has full-width ones. */
    private static char asWritten(char c) {
        return c >= 0xFF01 && c <= 0xFF1F && HALF_TO_FULL.indexOf((char) (c - 0xFF01 + 0x21)) >= 0 ? (char) (c - 0xFF01 + 0x21)
                : c == '？' ? '?' : c;
    }

    /** log P(c | prev): the article's bigrams, backed off to its unigrams; unseen characters are penalized. */
    private double score(char prev, char c) {
        int n = count(c);
        double uni = (n + 0.1) / (total + 1000.0);
        int pc = prev == 0 ? 0 : count(prev);
        double bi = pc == 0 ? 0 : bigrams.getOrDefault("" + prev + c, 0) / (double) pc;
        return Math.log(0.7 * bi + 0.3 * uni) - (n == 0 ? 4 : 0);
    }

    /** Re-reads the bytes of text[start,end) one byte later; null when that reads no better than the text. */
    Passage repair(String text, int start, int end) {
        String damaged = text.substring(start, end);
        List<Integer> bytes = new ArrayList<>();
        bytes.add(UNKNOWN); // the lead byte of the first character, which the decoder swallowed
        for (int k = 1; k < damaged.length(); k++) {
            char c = damaged.charAt(k);
            if (c == '?') {
                bytes.add(UNKNOWN);
                continue;
            }
            // the text was later folded to half-width punctuation: "!" was the full-width ！ the decoder produced
            char wide = HALF_TO_FULL.indexOf(c) >= 0 ? (char) (c - 0x21 + 0xFF01) : c;
            byte[] b = String.valueOf(wide).getBytes(GBK);
            if (b.length == 1 && b[0] == '?' && c != '?') {
                return null; // not a character GBK can hold: this passage was not GBK
            }
            for (byte x : b) {
                bytes.add(x & 0xff);
            }
        }
        if (damaged.endsWith("?") && end < text.length() && text.charAt(end) < 0x80 && Character.isDigit(text.charAt(end))) {
            bytes.add(SWALLOWED);
        }
        char before0 = start > 0 ? text.charAt(start - 1) : 0;
        Node d = decode(bytes, before0);
        if (d == null) {
            return null;
        }
        double before = 0;
        char prev = before0;
        for (char c : damaged.toCharArray()) {
            before += score(prev, c);
            prev = c;
        }
        before /= damaged.length();
        double after = d.score / Math.max(1, d.text.length());
        if (after < before + 1.0) {
            return null;
        }
        Confidence conf = d.unrecovered > 0 || d.guessed > 3 ? Confidence.LOW
                : d.guessed > 1 || d.rare > 0 ? Confidence.MEDIUM : Confidence.HIGH;
        return new Passage(start, end, damaged, d.text, d.shown, conf, d.guessed, d.unrecovered);
    }

    /**
     * A partial decoding: its text, score, and how many bytes were guessed or characters left unrecovered;
     * {@code shown} is the text with each guessed character in ⟨⟩, for the report.
     */
    private record Node(String text, String shown, double score, int guessed, int unrecovered, int rare) {
        char last() {
            return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
        }

        Node plus(String t, double s, int g, int u, int r) {
            return new Node(text + t, shown + (g > 0 && u == 0 ? "⟨" + t + "⟩" : t), score + s, guessed + g,
                    unrecovered + u, rare + r);
        }
    }

    /** Viterbi over pair boundaries, keeping the best decoding per last character (the bigram state). */
    private Node decode(List<Integer> s, char before) {
        int n = s.size();
        List<Map<Character, Node>> states = new ArrayList<>();
        for (int p = 0; p <= n; p++) {
            states.add(new HashMap<>());
        }
        states.get(0).put(before, new Node("", "", 0, 0, 0, 0));
        for (int p = 0; p < n; p++) {
            for (Node node : List.copyOf(states.get(p).values())) {
                char prev = node.text.isEmpty() ? before : node.last();
                int a = s.get(p);
                if (a == SWALLOWED) {
                    put(states.get(p + 1), node.plus(UNRECOVERED, 0, 1, 1, 0), before);
                    continue;
                }
                if (a >= 0 && a < 0x80) {
                    put(states.get(p + 1), node.plus(String.valueOf((char) a), score(prev, (char) a), 0, 0, 0), before);
                } else {
                    // a byte nothing explains: marked, never guessed
                    put(states.get(p + 1), node.plus(UNRECOVERED, score(prev, '\uFFFF') - 8, 1, 1, 0), before);
                }
                if (p + 1 >= n) {
                    continue;
                }
                int b = s.get(p + 1);
                if (b == SWALLOWED) {
                    continue;
                }
                for (Character c : candidates(a, b)) {
                    char w = asWritten(c);
                    boolean guessed = a < 0 || b < 0;
                    put(states.get(p + 2), node.plus(String.valueOf(w), score(prev, w) - (guessed ? 1 : 0), guessed ? 1 : 0, 0,
                            count(w) == 0 ? 1 : 0), before);
                }
                if (a < 0 && b < 0) {
                    put(states.get(p + 2), node.plus(UNRECOVERED, score(prev, '\uFFFF') - 2, 2, 1, 0), before);
                }
                // a pair the first decoder dropped: a's character lost its trail byte, b's its lead byte
                if (a >= 0x81 && b >= 0x40) {
                    for (Character l : byLead.getOrDefault(a, List.of())) {
                        char lw = asWritten(l);
                        Node mid = node.plus(String.valueOf(lw), score(prev, lw) - GAP_PENALTY / 2, 1, 0, 0);
                        for (Character r : byTrail.getOrDefault(b, List.of())) {
                            char rw = asWritten(r);
                            put(states.get(p + 2), mid.plus(String.valueOf(rw), score(lw, rw) - GAP_PENALTY / 2, 1, 0, 0), before);
                        }
                    }
                }
            }
        }
        return states.get(n).values().stream().max(Comparator.comparingDouble(Node::score)).orElse(null);
    }

    private static void put(Map<Character, Node> state, Node node, char before) {
        char key = node.text.isEmpty() ? before : node.last();
        Node old = state.get(key);
        if (old == null || node.score > old.score) {
            state.put(key, node);
        }
    }

    /** Characters the two bytes may be: the one they decode to, or, where a byte is unknown, those of the article that fit. */
    private List<Character> candidates(int a, int b) {
        if (a >= 0 && a < 0x80) {
            return List.of();
        }
        if (a >= 0 && b >= 0) {
            Character c = decodePair(a, b);
            return c == null ? List.of() : List.of(c);
        }
        if (a >= 0) {
            return byLead.getOrDefault(a, List.of());
        }
        if (b >= 0) {
            return byTrail.getOrDefault(b, List.of());
        }
        return List.of();
    }

    /** GBK's double-byte table, decoded once: 0 where the pair is not a character. */
    private static final char[] PAIRS = pairTable();

    private static char[] pairTable() {
        char[] table = new char[0x10000];
        CharsetDecoder dec = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(2);
        CharBuffer out = CharBuffer.allocate(4);
        for (int a = 0x81; a <= 0xFE; a++) {
            for (int b = 0x40; b <= 0xFE; b++) {
                if (b == 0x7F) {
                    continue;
                }
                in.clear();
                in.put((byte) a).put((byte) b).flip();
                out.clear();
                dec.reset();
                if (!dec.decode(in, out, true).isError() && !dec.flush(out).isError() && out.position() == 1) {
                    char c = out.get(0);
                    table[(a << 8) | b] = c >= '\uE000' && c <= '\uF8FF' ? 0 : c;
                }
            }
        }
        return table;
    }

    private static Character decodePair(int a, int b) {
        if (a < 0x81 || a > 0xFE || b < 0x40 || b > 0xFE || b == 0x7F) {
            return null;
        }
        char c = PAIRS[(a << 8) | b];
        return c == 0 ? null : c;
    }
}
