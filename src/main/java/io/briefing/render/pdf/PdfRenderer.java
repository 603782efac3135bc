package io.briefing.render.pdf;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.model.Briefing;
import io.briefing.render.Rendered;
import io.briefing.render.Renderer;
import io.briefing.render.fonts.Typefaces;
import io.briefing.render.fonts.FontCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.briefing.model.Block;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;


/** The PDF: laid out by {@link PdfBriefingWriter}, in the CJK font the machine has; enforces a one-page template. */
public final class PdfRenderer implements Renderer {
    private final FontCache fonts;

    public PdfRenderer(FontCache fonts) {
        this.fonts = fonts;
    }

    /** Below this much room (points) at the foot of a one-page briefing, its charts stay as they are. */
    private static final float MIN_ROOM = 40;
    /** Charts grow to at most 1.6 times their natural height: beyond that a bar is a slab. */
    private static final float MAX_GROWTH = 1.6f;
    /**
     * A last page whose content takes less than this share of its text area is nearly empty: a few source
     * lines (seven of the 56 shipped PDFs ended on a page 80–94% blank, holding 2–10 lines).
     */
    private static final float NEARLY_EMPTY = 0.25f;
    /** A page before the last may leave this much of its text area blank at its foot, no more (LayoutRulesTest). */
    private static final float MOST_BLANK = 0.22f;
    /** The shortest a one-page briefing draws its charts before it leaves out a finding. */
    private static final float MIN_GROWTH = 0.7f;

    @Override
    public String extension() {
        return "pdf";
    }

    /** The font is the slowest thing to load: it loads while the inputs are read. */
    @Override
    public void prepare(Executor background) {
        CompletableFuture.runAsync(() -> {
            try {
                fonts.get();
            } catch (RuntimeException e) {
                // render() asks again and reports it
            }
        }, background);
    }

    @Override
    public Rendered render(Briefing b, Path target) throws IOException, InputException {
        Typefaces faces = faces();
        List<String> warnings = faces.cjk().embedded() ? List.of() : List.of("no CJK font found on this machine; using OpenPDF's "
                + "non-embedded MSung-Light (install fonts-noto-cjk or pass --font FILE to embed one)");
        PdfBriefingWriter writer = new PdfBriefingWriter(faces);
        PdfBriefingWriter.Result pdf = writer.write(b);
        if (!b.onePage()) {
            pdf = withoutNearlyEmptyLastPage(writer, b, pdf);
        }
        // a one-page briefing that runs over draws its charts shorter first, down to MIN_GROWTH of their
        // height (the shipping week's summary lost a finding to a full-width chart of six bars)
        float shrunk = 1;
        for (float g = 0.85f; b.onePage() && pdf.pages() > 1 && pdf.chartHeight() > 0 && g >= MIN_GROWTH - 0.001f; g -= 0.15f) {
            PdfBriefingWriter.Result shorter = writer.write(b, g);
            if (shorter.pages() == 1 || g - 0.15f < MIN_GROWTH - 0.001f) {
                pdf = shorter;
                shrunk = g;
            }
        }
        // then a chart gives way before a finding, while a group keeps one: the analyst's findings are what an
        // executive reads the page for (type at 9 pt body and 8 pt tables cost the shipping summary on Letter
        // two findings to its second chart); the workbook keeps every chart
        Briefing shown = b;
        int chartsLeft = 0;
        if (b.onePage()) {
            Fitted fitted = untilOnePage(writer, shown, pdf, shrunk, PdfRenderer::withoutLastChart);
            shown = fitted.shown();
            pdf = fitted.pdf();
            chartsLeft = fitted.dropped();
        }
        if (chartsLeft > 0 && shrunk < 1) {
            // the charts that stay may not need to be drawn shorter now
            PdfBriefingWriter.Result natural = writer.write(shown, 1);
            if (natural.pages() == 1) {
                pdf = natural;
                shrunk = 1;
            }
        }
        if (chartsLeft > 0 && pdf.pages() == 1) {
            warnings = new ArrayList<>(warnings);
            warnings.add(chartsLeft + " chart(s) did not fit on the one page with all the findings and are left out of the PDF"
                    + " (the workbook has every chart)");
        }
        // then it shows all the findings that fit: the last ones give way, and the run says how many
        int left = 0;
        if (b.onePage()) {
            Fitted fitted = untilOnePage(writer, shown, pdf, shrunk, PdfRenderer::withoutLastFinding);
            shown = fitted.shown();
            pdf = fitted.pdf();
            left = fitted.dropped();
        }
        if (left > 0 && pdf.pages() == 1) {
            warnings = new ArrayList<>(warnings);
            warnings.add(left + " finding(s) did not fit on the one page and are left out of the PDF (the workbook's "
                    + "Summary has them all)");
        }
        if (b.onePage() && shrunk == 1) {
            pdf = grownIntoRoom(writer, shown, pdf);
        }
        if (b.onePage() && pdf.pages() != 1) {
            throw new InputException(InputProblem.ofFile(Path.of(b.info().templateFile()), "the one-page template does not "
                    + "fit on one page: the content takes " + pdf.pages() + " pages",
                    "show fewer key figures, charts or findings (lower max or limit), or drop one-page"));
        }
        // the staged file exists: opened without CREATE, so a stop signal that removed it is not undone (a
        // whole .part was left by 3 of 43 stopped batches when the write made it again)
        Files.write(target, pdf.bytes(), java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        return new Rendered(pdf.bytes().length, pdf.pages(), warnings);
    }

    /** The typefaces, loaded once in the background: a font that cannot be read is the run's input problem. */
    private Typefaces faces() throws IOException, InputException {
        try {
            return fonts.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (FontCache.Unusable e) {
            throw e.problem();
        }
    }

    /**
     * A one-page briefing that fits with room to spare uses it: its charts grow into the room left (the
     * executive summary left a quarter of its page empty), up to MAX_GROWTH times their height, as long
     * as the page still holds everything.
     */
    private static PdfBriefingWriter.Result grownIntoRoom(PdfBriefingWriter writer, Briefing shown, PdfBriefingWriter.Result pdf) {
        if (pdf.pages() != 1 || pdf.chartHeight() <= 0 || pdf.roomLeft() <= MIN_ROOM) {
            return pdf;
        }
        float growth = Math.min(MAX_GROWTH, 1 + 0.92f * pdf.roomLeft() / pdf.chartHeight());
        for (int attempt = 0; attempt < 3 && growth > 1.05f; attempt++) {
            PdfBriefingWriter.Result taller = writer.write(shown, growth);
            if (taller.pages() == 1) {
                return taller;
            }
            growth = 1 + (growth - 1) / 2;
        }
        return pdf;
    }

    /**
     * A briefing whose last page would hold a few lines is set again, its charts shorter (down to MIN_GROWTH
     * of their height), then also its headings, tables and notes closer, when that pulls those lines back
     * onto the page before without leaving a page more than MOST_BLANK blank: a page turned for three
     * source notes costs the reader more than charts a tenth shorter. The first layout that saves the page
     * is kept, so the charts lose no more than they must.
     */
    private static PdfBriefingWriter.Result withoutNearlyEmptyLastPage(PdfBriefingWriter writer, Briefing b,
            PdfBriefingWriter.Result pdf) {
        if (pdf.pages() < 2 || pdf.lastPageUsed() >= NEARLY_EMPTY) {
            return pdf;
        }
        // first the charts shorter, then the tables and notes closer at each height again (a chart moved whole
        // to the next page saves nothing by being shorter: in the shipped PDFs, closer notes saved pages that
        // shorter charts did not, shipping's Chinese A4 among them)
        for (boolean tight : new boolean[] {false, true}) {
            for (float g = tight ? 1f : 0.9f; g >= MIN_GROWTH - 0.001f && (g == 1f || pdf.chartHeight() > 0); g -= 0.1f) {
                PdfBriefingWriter.Result shorter = writer.write(b, g, tight);
                if (shorter.pages() < pdf.pages() && shorter.mostBlankBefore() <= Math.max(MOST_BLANK, pdf.mostBlankBefore())) {
                    return shorter;
                }
            }
        }
        return pdf;
    }

    /** What a one-page briefing shows once it fits, and how many things gave way for it. */
    private record Fitted(Briefing shown, PdfBriefingWriter.Result pdf, int dropped) {}

    /** Takes away, one at a time, what {@code less} takes from the briefing, while it runs over one page and can. */
    private static Fitted untilOnePage(PdfBriefingWriter writer, Briefing shown, PdfBriefingWriter.Result pdf, float growth,
                                       java.util.function.Function<Briefing, Optional<Briefing>> less) {
        int dropped = 0;
        while (pdf.pages() > 1) {
            Optional<Briefing> fewer = less.apply(shown);
            if (fewer.isEmpty()) {
                break;
            }
            shown = fewer.get();
            dropped++;
            pdf = writer.write(shown, growth);
        }
        return new Fitted(shown, pdf, dropped);
    }

    /** The briefing without the last chart of its last group of two or more; empty when none has two. */
    private static Optional<Briefing> withoutLastChart(Briefing b) {
        return withoutLast(b, Block.Charts.class, c -> c.charts().size(),
                (c, n) -> new Block.Charts(c.heading(), c.charts().subList(0, n)));
    }

    /** The briefing without the last paragraph of its last text block that has two or more; empty when none has. */
    private static Optional<Briefing> withoutLastFinding(Briefing b) {
        return withoutLast(b, Block.Text.class, t -> t.paragraphs().size(),
                (t, n) -> new Block.Text(t.heading(), t.paragraphs().subList(0, n)));
    }

    /** The briefing with the last block of a kind that holds two or more items holding one fewer. */
    private static <T extends Block> Optional<Briefing> withoutLast(Briefing b, Class<T> kind,
            java.util.function.ToIntFunction<T> size, java.util.function.BiFunction<T, Integer, T> first) {
        List<Block> blocks = new ArrayList<>(b.blocks());
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (kind.isInstance(blocks.get(i)) && size.applyAsInt(kind.cast(blocks.get(i))) > 1) {
                T block = kind.cast(blocks.get(i));
                blocks.set(i, first.apply(block, size.applyAsInt(block) - 1));
                return Optional.of(b.withBlocks(blocks));
            }
        }
        return Optional.empty();
    }
}
