package io.briefing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads generated PDFs back the way a test needs them: text, images, fonts. */
final class Documents {
    private Documents() {}

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    /** Counts raster images on all pages, including inside form XObjects (where the charts are). */
    static int images(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage p : d.getPages()) {
                n += images(p.getResources(), 0);
            }
            return n;
        }
    }

    static int forms(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage p : d.getPages()) {
                for (COSName name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDFormXObject) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    private static int images(PDResources res, int depth) throws IOException {
        if (res == null || depth > 5) {
            return 0;
        }
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject f) {
                n += images(f.getResources(), depth + 1);
            }
        }
        return n;
    }

    /** Names and embedding of the fonts used on the pages. */
    static List<String> fonts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : d.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    String s = f.getName() + (f.isEmbedded() ? " embedded" : " not-embedded");
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
