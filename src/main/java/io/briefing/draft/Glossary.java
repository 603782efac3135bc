package io.briefing.draft;

import io.briefing.input.InputException;
import io.briefing.input.YamlFiles;
import io.briefing.input.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The finance and industry terms of {@code glossary.yaml}, in English, Traditional and Simplified
 * Chinese: a draft names a figure's metric by the term it finds in the words before the figure, in
 * both languages of the table, instead of a fragment of the clause.
 */
final class Glossary {
    /**
     * One term: its English name and its Chinese names in both scripts; an indicator is a measure of an
     * economy or a market that a sentence makes its own subject ("Inflation eased to 2.4%").
     */
    record Term(String en, String hant, String hans, boolean indicator) {
        /** The Chinese name in the article's script. */
        String zh(boolean simplified) {
            return simplified ? hans : hant;
        }
    }

    private record Spelling(String text, Term term, boolean latin) {}

    /** Every spelling of every term, longest first, so that 營業利益率 wins over 營業利益. */
    private final List<Spelling> spellings;

    private Glossary(List<Spelling> spellings) {
        this.spellings = spellings;
    }

    private static final class Loaded {
        static final Glossary GLOSSARY = load();
    }

    static Glossary get() {
        return Loaded.GLOSSARY;
    }

    /**
     * The term named nearest the end of the text (the words before a figure name its metric last:
     * 算力概念指數累計漲幅 is a gain, not an index), the longer spelling where two end alike; Latin
     * spellings as whole words, in any case.
     */
    Optional<Term> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Spelling best = null;
        int bestEnd = -1;
        for (Spelling s : spellings) {
            String in = s.latin() ? lower : text;
            for (int at = in.lastIndexOf(s.text()); at >= 0; at = at == 0 ? -1 : in.lastIndexOf(s.text(), at - 1)) {
                int end = at + s.text().length();
                boolean whole = !s.latin() || (at == 0 || !Character.isLetter(in.charAt(at - 1)))
                        && (end >= in.length() || !Character.isLetter(in.charAt(end)));
                if (whole) {
                    if (end > bestEnd) {
                        best = s;
                        bestEnd = end;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best).map(Spelling::term);
    }

    /** Characters that make the word before them a trade or its makers (零售業, 零售商, 銀行界). */
    private static final String TRADE_ENDINGS = "業业商界企";

    /** Where the first Chinese spelling of a term starts in a text (營收 of 天衡商城營收), or -1. */
    int firstChineseTerm(String text) {
        int best = -1;
        for (Spelling s : spellings) {
            if (!s.latin() && s.text().length() >= 2) {
                int at = text.indexOf(s.text());
                // 零售業, 零售商: a term with a word of trades after it is that trade, a thing, not its measure
                while (at >= 0 && at + s.text().length() < text.length()
                        && TRADE_ENDINGS.indexOf(text.charAt(at + s.text().length())) >= 0) {
                    at = text.indexOf(s.text(), at + 1);
                }
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
        }
        return best;
    }

    /**
     * Whether a Chinese text is written in Simplified characters: the terms it uses in one script
     * only (营收 against 營收), counted.
     */
    boolean simplified(String text) {
        int hans = 0;
        int hant = 0;
        for (Spelling s : spellings) {
            Term t = s.term();
            if (!t.hans().equals(t.hant())) {
                hans += s.text().equals(t.hans()) && text.contains(t.hans()) ? 1 : 0;
                hant += s.text().equals(t.hant()) && text.contains(t.hant()) ? 1 : 0;
            }
        }
        return hans > hant;
    }

    private static Glossary load() {
        String name = "glossary.yaml";
        try (InputStream in = Glossary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the program");
            }
            YamlNode root = YamlFiles.parse(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Spelling> out = new ArrayList<>();
            for (YamlNode entry : root.require("terms", "").items()) {
                Optional<YamlNode> indicator = entry.get("indicator");
                Term t = new Term(entry.require("en", "").text().strip(), entry.require("hant", "").text().strip(),
                        entry.require("hans", "").text().strip(), indicator.isPresent() && indicator.get().text().strip().equals("true"));
                List<String> forms = new ArrayList<>(List.of(t.en(), t.hant(), t.hans()));
                Optional<YamlNode> also = entry.get("also");
                if (also.isPresent()) {
                    for (YamlNode a : also.get().items()) {
                        forms.add(a.text().strip());
                    }
                }
                for (String f : forms) {
                    boolean latin = f.chars().allMatch(c -> c < 0x3000);
                    out.add(new Spelling(latin ? f.toLowerCase(Locale.ROOT) : f, t, latin));
                }
            }
            out.sort((a, b) -> b.text().length() - a.text().length());
            return new Glossary(List.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(name + " of the program is broken: " + e.getMessage(), e);
        }
    }
}
