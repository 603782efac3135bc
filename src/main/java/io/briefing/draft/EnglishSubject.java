package io.briefing.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The subject of an English clause that states a figure, when it names a thing of its own: in
 * "Consumer price inflation eased to 2.4%", "Services inflation, which the bank watches closely,
 * slowed to 3.9%" and "the two-year yield … dropped 14 basis points", the figure belongs to the
 * inflation rate or the yield, not to the bank the paragraph is about. A subject that refers back
 * ("It", "Its shares", "The company"), names an entity the reading knows, or is a bare metric
 * ("Operating margin widened") leaves the figure to the owner the reading resolves.
 *
 * <p>Guesses for a draft, which marks the entity for the analyst to check; the words are in
 * {@code draft-words.yaml}.
 */
final class EnglishSubject {
    /** Where a new clause with its own subject starts: "…, while the two-year yield dropped…". */
    private static final Pattern CLAUSE_JOIN = Pattern.compile("(?:;\\s+|,\\s+(?:while|and|but|whereas)\\s+|\\s+(?:while|whereas)\\s+|,\\s+and\\s+)");
    /** A day after a subject: "Corvane Bank on Tuesday", "The bank yesterday". */
    private static final Pattern TIME_TAIL = Pattern.compile(
            "(?i)\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$");
    /** A place after a thing: "… in Kalvaria", "… across the region". */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(?:in|across|at)\\s+(?:the\\s+)?");
    /** A measure and the group it is measured at: "Same-store sales at U.S. restaurant chains". */
    private static final Pattern GROUP_OWNER = Pattern.compile("(?i)(.+?)\\s+(?:at|among|across)\\s+(?:the\\s+)?(.+)");
    /** Words between a reporting verb and what it tells: "said on Thursday that …". */
    private static final Pattern TOLD_FILLER = Pattern.compile(
            "on|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|also|separately|earlier|late|early");
    /** A relative clause or an apposition between commas describes the subject: it is left out. */
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:which|who|whose|where)\\s+[^,]*,");

    private final List<String> verbs;
    /** "Marenne said on Thursday it would shed …": a reporting verb ends its teller's name. */
    private final List<String> reporting;
    private final List<String> referring;
    private final List<String> generic;
    private final List<String> openers;

    /**
     * @param openers words that open a clause without being its subject ("In", "After"): a phrase they
     *                open ends at its comma ("In its fiscal first quarter ended June 30, revenue fell")
     */
    EnglishSubject(List<String> verbs, List<String> reporting, List<String> referring, List<String> generic, List<String> openers,
                   List<String> ownWords) {
        this.verbs = verbs;
        this.reporting = reporting;
        this.referring = referring;
        this.generic = generic;
        this.openers = openers;
        this.ownWords = ownWords;
    }

    /** Words of a market's or an economy's measure: a subject with one is a thing of its own. */
    private final List<String> ownWords;

    /**
     * The subject noun phrase of the clause a figure at {@code figureStart} of the sentence is in, as
     * the article writes it, when it names a thing of its own; empty otherwise.
     *
     * @param names the names of the entities the reading knows: a subject holding one (other than as
     *              an adjective before a thing, "The Nordavian pound") is that entity's
     */
    Optional<String> of(String sentence, int figureStart, List<String> names) {
        String clause = RELATIVE.matcher(clauseBefore(sentence, figureStart)).replaceAll("");
        List<String> words = new ArrayList<>(List.of(clause.strip().split("\\s+")));
        int verb = firstVerb(words);
        Clause subjectOf = teller(words, verb);
        if (subjectOf == null) {
            return Optional.empty();
        }
        words = subjectOf.words();
        verb = subjectOf.verb();
        Optional<String> said = subjectPhrase(words, verb);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String phrase = said.get();
        // "Commercial crude inventories in Kalvaria": a market's thing in a place is that thing; the place
        // only says where it is counted
        java.util.regex.Matcher place = PLACE_AFTER.matcher(phrase);
        if (place.find() && place.start() > 0 && names.stream().anyMatch(n -> phrase.substring(place.end()).strip().startsWith(n))) {
            String thing = phrase.substring(0, place.start()).strip();
            boolean own = java.util.Arrays.stream(thing.split("\\s+")).anyMatch(x -> ownWords.contains(bare(x)));
            if (own) {
                return Optional.of(Character.toUpperCase(thing.charAt(0)) + thing.substring(1));
            }
        }
        for (String name : names) {
            int at = phrase.indexOf(name);
            if (at >= 0) {
                // "The Nordavian pound": the name is an adjective of the thing after it; "Shares of
                // Aldercrest", "Nimbara's revenue", "Nimbara Inc": the entity's own
                String rest = (phrase.substring(0, at) + " " + phrase.substring(at + name.length())).strip();
                boolean possessive = phrase.startsWith("'s", at + name.length()) || phrase.startsWith("’s", at + name.length());
                // ("Harbor Ridge (NYSE: HRE), which …, said": a ticker after the name, whatever the clause keeps after it)
                boolean ticker = at == 0 && phrase.startsWith("(", at + name.length() + 1);
                if (possessive || ticker || rest.isEmpty() || at > 0 || Glossary.get().find(rest).isPresent()) {
                    return Optional.empty();
                }
            }
        }
        // "Same-store sales at U.S. restaurant chains", "Profit among listed lenders": a measure the glossary
        // knows of a group of organisations, which owns it
        java.util.regex.Matcher group = GROUP_OWNER.matcher(phrase);
        if (group.matches() && Glossary.get().find(group.group(1)).isPresent() && organisations(group.group(2))
                && names.stream().noneMatch(n -> group.group(2).contains(n))) {
            String owner = group.group(2).strip();
            return Optional.of(Character.toUpperCase(owner.charAt(0)) + owner.substring(1));
        }
        // a bare metric ("Operating margin", "Net income", "Revenue from that business") is the owner's
        Optional<Glossary.Term> term = Glossary.get().find(phrase);
        if (term.isPresent() && !term.get().indicator()) {
            return Optional.empty();
        }
        // a measure the glossary does not know is the company's ("Gross premiums written", "Spending on
        // in-game items", on held-out articles) unless it names a market's or an economy's thing
        if (term.isEmpty() && !ownThing(phrase, names)) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
    }

    /**
     * The things a clause's subject lists before its verb, for figures told "respectively": "Personal lines
     * and commercial lines premiums rose 12% and 6%" lists Personal lines and commercial lines (the
     * measure's word after the last is the measure's, not the thing's); empty when it lists fewer than two.
     */
    List<String> listed(String sentence, int figureStart) {
        List<String> words = List.of(clauseBefore(sentence, figureStart).strip().split("\\s+"));
        int verb = firstVerb(words);
        if (verb < 3) {
            return List.of();
        }
        String subject = String.join(" ", words.subList(0, verb)).replaceAll("[,;:]+$", "");
        List<String> parts = new ArrayList<>();
        for (String p : subject.split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() < 2) {
            return List.of();
        }
        // the last part's last word is the measure all of them share, when the glossary knows it or the
        // first part is the shorter
        String last = parts.get(parts.size() - 1);
        int space = last.lastIndexOf(' ');
        int firstWords = parts.get(0).split("\\s+").length;
        if (space > 0 && (Glossary.get().find(last.substring(space + 1)).isPresent() || last.split("\\s+").length > firstWords)) {
            parts.set(parts.size() - 1, last.substring(0, space).strip());
        }
        for (String p : parts) {
            if (p.split("\\s+").length > 4 || refersBack(p)) {
                return List.of();
            }
        }
        return List.copyOf(parts);
    }

    /**
     * Whether a subject the glossary does not know names a thing of its own: a word of a market's or an
     * economy's measure ("Gasoline stocks"), a capitalised word after its first, or a name the reading
     * knows made an adjective of a thing ("The Nordavian pound").
     */
    private boolean ownThing(String phrase, List<String> names) {
        String[] w = phrase.split("\\s+");
        boolean own = names.stream().anyMatch(n -> !n.isBlank() && phrase.contains(n));
        for (int i = 0; i < w.length; i++) {
            own |= ownWords.contains(bare(w[i])) || i > 0 && Character.isUpperCase(w[i].codePointAt(0));
        }
        return own;
    }

    /** Whether a phrase ends with a plural noun of organisations ("restaurant chains", "listed lenders", "utilities"). */
    private static boolean organisations(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        String last = bare(w[w.length - 1]);
        java.util.Set<String> nouns = io.briefing.reading.ArticleReading.organisationNounsEn();
        return w.length <= 5 && (last.endsWith("ies") && nouns.contains(last.substring(0, last.length() - 3) + "y")
                || last.endsWith("s") && nouns.contains(last.substring(0, last.length() - 1)));
    }

    /** The words of the figure's clause before it: from the last join that opens a clause of its own. */
    private static String clauseBefore(String sentence, int figureStart) {
        String before = sentence.substring(0, figureStart);
        int from = 0;
        java.util.regex.Matcher j = CLAUSE_JOIN.matcher(before);
        while (j.find()) {
            from = j.end();
        }
        return before.substring(from);
    }

    /** Where the first of the subject verbs stands among the words, or -1. */
    /**
     * The subject's words before the clause's first verb, as one phrase: past an opening phrase ("In its
     * fiscal first quarter ended June 30, revenue fell"), cut at an apposition, without describing
     * words, adverbs or the day it happened; empty when it refers back ("It", "The company") or has none.
     */
    private Optional<String> subjectPhrase(List<String> words, int verb) {
        if (verb <= 0 || verb > 9) {
            return Optional.empty();
        }
        List<String> subject = new ArrayList<>(words.subList(0, verb));
        if (openers.contains(bare(subject.get(0)))) {
            // "In its fiscal first quarter ended June 30, revenue fell": the subject follows the opening phrase
            int comma = -1;
            for (int i = 0; i < subject.size(); i++) {
                if (subject.get(i).endsWith(",")) {
                    comma = i;
                }
            }
            if (comma < 0 || comma == subject.size() - 1) {
                return Optional.empty();
            }
            subject = new ArrayList<>(subject.subList(comma + 1, subject.size()));
        }
        // an apposition without a relative word ("Nimbara Compute, the cloud infrastructure unit,") ends it
        for (int i = 0; i < subject.size(); i++) {
            if (subject.get(i).endsWith(",")) {
                subject = new ArrayList<>(subject.subList(0, i + 1));
                break;
            }
        }
        // "The London-listed company", "the Frankfurt-based lender": adjectives of a place before a word
        // that refers back
        String plain = String.join(" ", subject.stream().filter(x -> !x.matches("\\p{L}+-[a-z][\\p{L}-]*")).toList());
        if (refersBack(String.join(" ", subject)) || refersBack(plain)) {
            return Optional.empty();
        }
        while (!subject.isEmpty() && generic.contains(bare(subject.get(0)))) {
            subject.remove(0);
        }
        // "Veridane now expects", "Cascadia separately reported": an adverb after the subject is no part of it
        // (a word in lower case ending in -ly after a capitalised one)
        while (!subject.isEmpty() && (generic.contains(bare(subject.get(subject.size() - 1)))
                || subject.size() > 1 && bare(subject.get(subject.size() - 1)).matches("[a-z]{3,}ly")
                && Character.isUpperCase(subject.get(0).charAt(0)))) {
            subject.remove(subject.size() - 1);
        }
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        // "Corvane Bank on Tuesday cut its forecast": the day it did so is no part of who did
        String phrase = TIME_TAIL.matcher(String.join(" ", subject).replaceAll("[,;:]+$", "").strip()).replaceAll("").strip();
        if (refersBack(phrase)) {
            return Optional.empty();
        }
        if (phrase.isEmpty() || phrase.chars().noneMatch(Character::isLetter) || !Character.isLetterOrDigit(phrase.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(phrase);
    }

    /** A clause's words and where its first verb is among them (-1: none). */
    private record Clause(List<String> words, int verb) {}

    /**
     * "Marenne said on Thursday it would shed about 3,000 jobs": the teller, when what it tells goes on with
     * a pronoun; "Data showed that registrations fell": what it tells, which has its own subject. The
     * words as they are when no reporting verb comes before the first verb; null when the teller is a
     * person with a title ("Chief Financial Officer Daniel Achebe said it …" speaks for the entity in play).
     */
    private Clause teller(List<String> words, int verb) {
        int told = -1;
        for (int i = 0; i < words.size() && told < 0 && (verb < 0 || i < verb); i++) {
            if (reporting.contains(bare(words.get(i)))) {
                told = i;
            }
        }
        if (told <= 0) {
            return new Clause(words, verb);
        }
        int next = told + 1;
        while (next < words.size() && TOLD_FILLER.matcher(bare(words.get(next))).matches()) {
            next++;
        }
        String first = next < words.size() ? bare(words.get(next)) : "";
        if (first.isEmpty() || refersBack(first) || referring.stream().anyMatch(r -> r.startsWith(first + " "))) {
            if (words.subList(0, told).stream().anyMatch(x -> io.briefing.reading.ArticleReading.personTitlesEn().contains(bare(x)))) {
                return null;
            }
            return new Clause(new ArrayList<>(words.subList(0, told + 1)), told);
        }
        List<String> rest = new ArrayList<>(words.subList(next, words.size()));
        return new Clause(rest, firstVerb(rest));
    }

    private int firstVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (verbs.contains(bare(words.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private boolean refersBack(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT).replaceAll("[,;:]+$", "");
        for (String r : referring) {
            if (lower.equals(r) || lower.startsWith(r + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[\"“(]+|[\"”),.;:]+$", "");
    }
}
