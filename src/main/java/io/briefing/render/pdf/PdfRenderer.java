package io.briefing.render.pdf;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.model.Briefing;
import io.briefing.render.Rendered;
import io.briefing.render.Renderer;
import io.briefing.render.fonts.CjkFonts;
import io.briefing.render.fonts.FontCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;


/** The PDF: laid out by {@link PdfBriefingWriter}, in the CJK font the machine has; enforces a one-page template. */
public final class PdfRenderer implements Renderer {
    private final FontCache fonts;

    public PdfRenderer(FontCache fonts) {
        this.fonts = fonts;
    }

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
        CjkFonts cjk;
        try {
            cjk = fonts.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (FontCache.Unusable e) {
            throw e.problem();
        }
        List<String> warnings = cjk.embedded() ? List.of() : List.of("no CJK font found on this machine; using OpenPDF's "
                + "non-embedded MSung-Light (install fonts-noto-cjk or pass --font FILE to embed one)");
        PdfBriefingWriter.Result pdf = new PdfBriefingWriter(cjk).write(b);
        if (b.onePage() && pdf.pages() != 1) {
            throw new InputException(InputProblem.ofFile(Path.of(b.info().templateFile()), "the one-page template does not "
                    + "fit on one page: the content takes " + pdf.pages() + " pages",
                    "show fewer key figures, charts or findings (lower max or limit), or drop one-page"));
        }
        Files.write(target, pdf.bytes());
        return new Rendered(pdf.bytes().length, pdf.pages(), warnings);
    }
}
