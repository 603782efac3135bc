package io.briefing.provenance;

import io.briefing.facts.Fact;
import io.briefing.facts.Period;
import io.briefing.facts.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks facts against the normalized article: the quote must occur in it (ignoring white space and
 * full-/half-width punctuation), a number in the quote must equal the fact's value in its unit, and
 * the wording around that number must say what the qualifier says. Dates in the quote must agree
 * with the fact's period.
 */
public final class QuoteVerifier {
    private final String article;
    private final MatchText folded;
    private final List<String> passages;

    public QuoteVerifier(String normalizedArticle) {
        this.article = normalizedArticle;
        this.folded = MatchText.of(normalizedArticle);
        this.passages = passages(normalizedArticle);
    }

    public VerificationReport verify(List<Fact> facts, String articleName) {
        Map<String, FactCheck> checks = new LinkedHashMap<>();
        for (Fact f : facts) {
            checks.put(f.id(), check(f));
        }
        return new VerificationReport(checks, articleName);
    }

    public FactCheck check(Fact f) {
        String quote = PinyinAnnotations.strip(f.quote()).text();
        String q = MatchText.foldAll(quote);
        if (q.isEmpty() || !folded.folded.contains(q)) {
            Closest c = closest(quote);
            return new FactCheck(f.id(), f.line(), CheckStatus.QUOTE_NOT_FOUND, "the quote 「" + shorten(quote)
                    + "」 does not occur in the article; closest passage (" + Math.round(c.score * 100) + "% alike): 「"
                    + shorten(c.passage) + "」");
        }
        List<NumberMention> mentions = ChineseNumbers.find(quote);
        if (f.hasValue()) {
            BigDecimal want = f.amount().value();
            NumberMention hit = null;
            for (NumberMention m : mentions) {
                if (compatible(m, f.unit()) && m.value().compareTo(want) == 0) {
                    hit = m;
                    break;
                }
            }
            if (hit == null) {
                List<String> stated = new ArrayList<>();
                for (NumberMention m : mentions) {
                    if (!m.isDatePart() && compatible(m, f.unit())) {
                        stated.add(m.text() + " (= " + m.value().toPlainString() + ")");
                    }
                }
                return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the fact's value is "
                        + want.toPlainString() + " " + f.unit().code() + ", but the quote 「" + shorten(quote) + "」 states "
                        + (stated.isEmpty() ? "no number in that unit" : String.join(", ", stated)));
            }
            Qualifiers.Found said = Qualifiers.around(quote, hit);
            if (said.qualifier() != f.qualifier()) {
                String words = said.word().isEmpty() ? "no bounding word" : "「" + said.word() + "」 (" + said.qualifier().code() + ")";
                return new FactCheck(f.id(), f.line(), CheckStatus.QUALIFIER_MISMATCH, "the fact's qualifier is "
                        + f.qualifier().code() + ", but the quote has " + words + " at 「" + hit.text() + "」");
            }
        }
        String date = dateProblem(f.period(), mentions, quote);
        if (date != null) {
            return new FactCheck(f.id(), f.line(), CheckStatus.DATE_MISMATCH, date);
        }
        return new FactCheck(f.id(), f.line(), CheckStatus.VERIFIED, "");
    }

    private static boolean compatible(NumberMention m, Unit unit) {
        return switch (unit) {
            case PERCENT, SHARE -> m.unit().equals("%");
            case CNY -> m.unit().equals("元") || m.unit().isEmpty();
            case USD -> m.unit().equals("美元") || m.unit().isEmpty();
            case DAYS -> m.unit().equals("天");
            case COUNT -> !m.isDatePart() && !m.unit().equals("%") && !m.unit().equals("元") && !m.unit().equals("天");
            case NONE -> false;
        };
    }

    /** A month or day the quote states must be the period's; a year likewise when the quote writes one with 年. */
    private static String dateProblem(Period p, List<NumberMention> mentions, String quote) {
        if (p.yearToDate()) {
            return null;
        }
        Set<Integer> months = new HashSet<>();
        Set<Integer> days = new HashSet<>();
        for (NumberMention m : mentions) {
            int v = m.value().intValue();
            if (m.unit().equals("月") && v >= 1 && v <= 12) {
                months.add(v);
            } else if ((m.unit().equals("日") || m.unit().equals("號")) && v >= 1 && v <= 31) {
                days.add(v);
            }
        }
        if (p.hasMonth() && !months.isEmpty() && !months.contains(p.month())) {
            return "the period is " + p + ", but the quote 「" + shorten(quote) + "」 names the month(s) " + months;
        }
        if (p.hasDay() && !days.isEmpty() && !days.contains(p.day())) {
            return "the period is " + p + ", but the quote 「" + shorten(quote) + "」 names the day(s) " + days;
        }
        return null;
    }

    private record Closest(String passage, double score) {}

    /** The passage of the article most like the quote, by shared character pairs (Dice coefficient). */
    private Closest closest(String quote) {
        Set<String> qb = bigrams(MatchText.foldAll(quote));
        String best = "";
        double bestScore = -1;
        for (String p : passages) {
            Set<String> pb = bigrams(MatchText.foldAll(p));
            int common = 0;
            for (String g : qb) {
                if (pb.contains(g)) {
                    common++;
                }
            }
            double score = qb.isEmpty() && pb.isEmpty() ? 0 : 2.0 * common / (qb.size() + pb.size());
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return new Closest(best, Math.max(bestScore, 0));
    }

    private static List<String> passages(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if ("。！？\n;；".indexOf(c) >= 0 || c == ',' && sb.length() > 60) {
                if (!sb.toString().isBlank()) {
                    out.add(sb.toString().strip());
                }
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            out.add(sb.toString().strip());
        }
        // also pairs of neighbouring passages, for quotes that span a sentence end
        int n = out.size();
        for (int i = 0; i + 1 < n; i++) {
            out.add(out.get(i) + out.get(i + 1));
        }
        return out;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "…";
    }

    public String article() {
        return article;
    }

}
