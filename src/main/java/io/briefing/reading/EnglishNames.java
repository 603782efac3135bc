package io.briefing.reading;

import io.briefing.figures.FigureReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names an English article gives its entities where no table names them: capitalised words in a
 * row, less the words that only open a sentence, days and months, people, places and sources
 * ({@link ChineseNames} does the same for Chinese). What counts as a title, a source or an
 * organisation's word comes from {@code reading-words.yaml}.
 */
public final class EnglishNames {
    private EnglishNames() {
    }

    private static final java.util.regex.Pattern PROPER = java.util.regex.Pattern.compile(
            // (a name may end with a plus: "G11+", "Disney+")
            "(?<![\\p{L}\\d])(?:[A-Z][\\p{L}\\d&'-]*\\+?)(?:(?:[ \\t]+(?:of|for|&)[ \\t]+|[ \\t]+)[A-Z][\\p{L}\\d&'-]*\\+?)*"
            // a name's own number ("Titan 4", "Block 17"): one to three digits, no unit or figure after
            + "(?:[ \\t]+\\d{1,3}(?![\\d.,%\\p{L}])(?![ \\t]*(?:%|percent|per|million|billion|bn|m\\b|a |an |of |to )))?");
    /** A word, "and", and capitalised words: a public body's name when its last word is a body's head. */
    private static final java.util.regex.Pattern BODY = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])[A-Z][a-z]+ and (?:[A-Z][\\p{L}-]* )*[A-Z][\\p{L}-]*");
    private static final java.util.regex.Pattern HYPHEN_ADJECTIVE = java.util.regex.Pattern.compile("(?:^|\\s)\\S*[\\p{L}]-[a-z][\\p{L}-]*$");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "it", "its", "in", "on", "at", "as", "but", "and", "for",
            "this", "that", "these", "those", "of", "he", "she", "they", "we", "our", "after", "before", "while", "with", "from", "by",
            "shares", "rates", "investment", "competition", "volumes", "credit", "demand", "results", "revenue", "net", "operating",
            "invented", "not", "real", "news", "every", "both", "chief", "analysts", "inflation", "consumer", "services");

    /**
     * The proper-noun phrases of an English text that may name an entity a draft has no table for:
     * capitalised words in a row ("Port of Valemouth", "Northwind Line", "SCI"), not a month or a
     * weekday, not a lone capitalised word that only opens a sentence.
     */
    public static List<String> properNouns(String text, Set<String> months) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = PROPER.matcher(text);
        while (m.find()) {
            // ("Lumisade's 420 employees": a possessive's number is no part of the name)
            String name = m.group().replaceAll("['’]s[ \\t]+\\d{1,3}$", "").replaceAll("['’]s$", "").replaceAll("[.'’-]+$", "");
            // "The London-listed company", "a Frankfurt-based lender": an adjective ends the name before it
            java.util.regex.Matcher adjective = HYPHEN_ADJECTIVE.matcher(name);
            if (adjective.find()) {
                name = name.substring(0, adjective.start()).strip();
                if (name.isEmpty()) {
                    continue;
                }
            }
            // "London-listed Kestrel Copper", "Madrid-based Grupo Solera": the adjective before the name is no part of it
            String[] leading = name.split("\\s+", 2);
            if (leading.length > 1 && leading[0].matches("\\p{Lu}\\p{L}*-[a-z][\\p{L}-]*")) {
                name = leading[1].strip();
            }
            // "underlying core earnings (EBITDA)": capitals the text defines after words in lower case
            // abbreviate a measure, not a name
            if (name.length() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !name.contains(" ")
                    && java.util.regex.Pattern.compile("[a-z] \\(" + java.util.regex.Pattern.quote(name) + "\\)").matcher(text).find()) {
                continue;
            }
            // "(NYSE: HRE)": an exchange before its ticker; EBITDA, MWh: a measure's or a unit's letters
            if (!name.contains(" ") && (text.startsWith(":", m.end()) && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                    || ReadingWords.get().measureLettersEn.contains(name.toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            String[] words = name.split("\\s+");
            int from = 0;
            while (from < words.length && (NOT_NAMES.contains(words[from].toLowerCase(java.util.Locale.ROOT))
                    || months.contains(words[from].toLowerCase(java.util.Locale.ROOT).replace(".", "")))) {
                from++;
            }
            // "Rival Corbell Biosciences", "Sales of Glycora": a sentence's first word that the text also
            // writes in lower case is capitalised for the sentence, not for the name
            // (only the sentence's own first word: "The Bank of Nordavia" keeps its Bank)
            // (nor a word for an organisation: "Bank of Nordavia cuts rates")
            String first = words[0].toLowerCase(java.util.Locale.ROOT);
            if (from == 0 && words.length > 1 && opensSentence(text, m.start()) && (lowerElsewhere(text, words[0])
                    && !ReadingWords.get().organisationNouns.contains(first) && !ReadingWords.get().organisationSuffixes.contains(first)
                    || ReadingWords.get().descriptorsEn.contains(first))) {
                from = 1;
                while (from < words.length - 1 && Set.of("of", "for", "&").contains(words[from])) {
                    from++;
                }
            }
            if (from >= words.length) {
                continue;
            }
            // "NEW YORK, July 30": a dateline's place in capitals, not a name
            if (words.length - from > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            // "Germany's Rheinwerk Energie": a possessive before a name the text writes again without it (Rheinwerk)
            // is a place's or an owner's, not the name's first word (McDonald's Corp keeps its McDonald's)
            // ("New Zealand's Tasman Plains Dairy Co-operative": a place of two words and more, too)
            for (int i = from; i < words.length - 1; i++) {
                if (words[i].matches(".+['’]s") && java.util.regex.Pattern.compile("(?<!['’]s )\\b"
                        + java.util.regex.Pattern.quote(words[i + 1]) + "\\b").matcher(text.substring(m.end())).find()) {
                    from = i + 1;
                    break;
                }
            }
            String n = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            // "Thursday 13", "Oct 23", "Aug": a day or a month, with its date, names no one
            String head = words[from].toLowerCase(java.util.Locale.ROOT).replace(".", "");
            boolean time = ReadingWords.get().weekdays.containsKey(head) || months.contains(head);
            if (time && java.util.Arrays.stream(words, from + 1, words.length).allMatch(x -> x.matches("\\d{1,4}"))) {
                continue;
            }
            if (person(text, m.end(), words)) {
                continue;
            }
            // "40 Station Road", "North Island", "Lunar New Year": a street, a place or an occasion, no owner of
            // figures a draft proposes (a table may still name it: verify reads the table's names)
            if (words.length - from > 1 && ReadingWords.get().notOwnerHeadsEn.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            boolean sentenceStart = from == 0 && words.length == 1 && opensSentence(text, m.start());
            if (n.length() >= 2 && !sentenceStart && !out.contains(n) && !n.chars().allMatch(Character::isDigit)) {
                out.add(n);
            }
        }
        // "the Food and Drug Administration": one body, though "and" parts names elsewhere
        java.util.regex.Matcher body = BODY.matcher(text);
        while (body.find()) {
            String[] words = body.group().split("\\s+");
            if (ReadingWords.get().bodyHeads.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
                String tail = body.group().substring(body.group().indexOf(" and ") + 5);
                out.remove(tail);
                if (!out.contains(body.group())) {
                    out.add(body.group());
                }
            }
        }
        // a name is a phrase of words, or one word the text names twice; a short acronym (AI) only when the
        // text defines it in brackets (SCI): "AI services", "Forge 3" and "Frankfurt-based" are no entities
        // (twice on its own: "Data" of "Sample Data Services" and "Data and Applications" is named once)
        return out.stream().filter(n -> !placeOrSource(text, n)).filter(n -> n.contains(" ")
                ? true
                : n.length() <= 3 && n.equals(n.toUpperCase(java.util.Locale.ROOT)) && n.chars().noneMatch(Character::isDigit)
                        ? text.contains("(" + n + ")") // (a group's number makes it a name: G7, G11+)
                : ArticleReading.count(text, n) - out.stream().filter(o -> o.contains(" ") && java.util.Arrays.asList(o.split(" ")).contains(n))
                        .mapToInt(o -> ArticleReading.count(text, o)).sum() >= 2).toList();
    }

    private static boolean lowerElsewhere(String text, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(word) || lower.length() < 3) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(lower)
                + "(?![\\p{L}])").matcher(text);
        return m.find();
    }

    /**
     * Whether every mention of a name is a place ("in North Carolina", "from the United States") or the
     * source of the figures ("data compiled by Sample Data Services", "according to …"): neither owns a figure.
     */
    private static boolean placeOrSource(String text, String name) {
        int seen = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            seen++;
            String before = FigureReader.lowerAscii(text.substring(Math.max(0, at - 20), at));
            // (a place owns figures often enough, "Installers in Germany sold 5,600": only sources are left out)
            boolean place = false;
            String after = text.substring(Math.min(text.length(), at + name.length()), Math.min(text.length(), at + name.length() + 4));
            // "LONDON, Oct. 23 (Example Wire) -": the dateline's agency; "By Owen Falconer, Example Wire": the byline's
            int lineStart = text.lastIndexOf('\n', at) + 1;
            boolean agency = before.endsWith("(") && after.matches("\\) ?[-–—].*")
                    || text.startsWith("By ", lineStart) && at - lineStart < 120;
            boolean source = ReadingWords.get().sourcesBefore.stream().anyMatch(w -> before.endsWith(w + " ") || before.endsWith(w))
                    || before.endsWith("data from ") || agency;
            if (!place && !source) {
                return false;
            }
        }
        return seen > 0;
    }

    /**
     * Whether a proper noun names a person: it holds a title ("Chief Financial Officer Marcus Ibe",
     * "Governor Elin Saarvik"), or the words after it give one ("Tomas Reyes, an analyst at …").
     */
    private static boolean person(String text, int end, String[] words) {
        Set<String> titles = ReadingWords.get().personTitlesEn;
        for (String word : words) {
            if (titles.contains(word.toLowerCase(java.util.Locale.ROOT).replace(".", ""))) {
                return true;
            }
        }
        if (end + 2 >= text.length() || text.charAt(end) != ',') {
            return false;
        }
        String[] after = text.substring(end + 1, Math.min(text.length(), end + 60)).strip().split("[\\s,]+");
        for (int i = 0; i < Math.min(4, after.length); i++) {
            String word = after[i].toLowerCase(java.util.Locale.ROOT);
            if (titles.contains(word)) {
                return true;
            }
            if (word.equals("at") || word.equals("of") || word.equals("said")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The proper nouns as entities: a name that ends a longer one is another name of it ("Compute" of
     * "Nimbara Compute"); one that starts it stays apart ("Nimbara" owns "Nimbara Compute").
     */
    public static List<List<String>> in(String text, Set<String> months) {
        List<String> found = properNouns(text, months);
        List<List<String>> out = new ArrayList<>();
        // "Harbor Ridge" of "Harbor Ridge Energy": a name and the same name with its organisation word are one
        List<String> same = new ArrayList<>();
        for (String n : found) {
            found.stream().filter(o -> o.startsWith(n + " ") && !o.substring(n.length() + 1).contains(" ")
                    && ReadingWords.get().organisationSuffixes.contains(o.substring(n.length() + 1).toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().ifPresent(o -> same.add(n));
        }
        // "Valdoria Automobile Group" … "Valdoria also confirmed": the first word alone, found as a name of its
        // own, is the longer name again when no other name starts with it
        Set<String> heads = new java.util.HashSet<>();
        String verbs = java.util.stream.Stream.concat(ReadingWords.get().subjectVerbsEn.stream(), ArticleReading.reportingEn().stream())
                .filter(x -> !x.contains(" ")).map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        for (String n : found) {
            String head = n.split(" ")[0];
            // (as a subject: before a verb, "Valdoria also confirmed"; "European" before "carmakers" is no name)
            if (n.contains(" ") && head.length() >= 4 && found.contains(head) && n.chars().noneMatch(Character::isDigit)
                    && found.stream().filter(x -> x.startsWith(head + " ")).allMatch(x -> x.equals(n))
                    && java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(head)
                            + "(?:\\s+(?:also|separately|now|still|has|had|will|would))?\\s+(?:" + verbs + ")\\b").matcher(text).find()) {
                heads.add(head);
            }
        }
        for (String n : found) {
            if (same.contains(n) || heads.contains(n)) {
                continue; // (written into the longer name's group below)
            }
            String longer = found.stream().filter(o -> o.length() > n.length() && o.endsWith(" " + n)).findFirst().orElse(null);
            if (longer == null) {
                List<String> names = new ArrayList<>(List.of(n));
                found.stream().filter(o -> n.endsWith(" " + o) && found.stream()
                        .filter(x -> x.length() > o.length() && x.endsWith(" " + o)).count() == 1).forEach(names::add);
                // "Veridane Pharmaceuticals" is "Veridane" again later ("Veridane's revenue", "Corbell said"):
                // its first word alone, when no other name starts with it
                String head = n.split(" ")[0];
                // (not of a numbered name: "Kalvaria 40" is an index, "Kalvaria" the country)
                if (n.contains(" ") && head.length() >= 4 && !names.contains(head)
                        && found.stream().filter(x -> x.startsWith(head + " ") || x.equals(head)).allMatch(x -> x.equals(n) || x.equals(head))
                        // as a name, not an adjective ("Nordavian economy"): found alone, or before 's, a stop or "said"
                        && (heads.contains(head) || java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(head)
                                + "(?:\\s*\\([^()]{1,20}\\))?(?:['’]s\\b|[,.;]| said\\b| reported\\b)").matcher(text).find())) {
                    names.add(head);
                }
                same.stream().filter(x -> n.startsWith(x + " ") && !names.contains(x)).forEach(names::add);
                out.add(names);
            }
        }
        return out;
    }

    static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || ".!?\n:;".indexOf(text.charAt(i)) >= 0;
    }
}
