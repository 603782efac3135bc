package io.briefing.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.briefing.model.DocumentInfo;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What makes the briefing a PDF/A-2b document, beside embedded fonts without a CIDSet (see
 * {@code CjkFonts}): an sRGB output intent, so the DeviceRGB and DeviceGray colours of the text and
 * the charts have a defined meaning, and XMP metadata that says the same as the Info dictionary
 * (veraPDF 1.26 checks title, author, subject, keywords, tool and dates one by one) and claims
 * part 2, conformance B. Measured with veraPDF on the default briefing before this class: four
 * failed rules (6.2.4.3 colour without an output intent, 6.6.2.1 no metadata, 6.2.11.4.2 CIDSet),
 * none after.
 */
final class PdfAConformance {
    /** The profile's name in the ICC registry; viewers that know it need not read the profile. */
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PdfAConformance() {}

    /** The document-level parts; call after {@code Document.open()} and before the first page is written. */
    static void apply(PdfWriter writer, DocumentInfo info, String subject, String creator, String producer,
                      String language) {
        PdfICCBased icc = new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB), 9);
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(icc).getIndirectReference());
        } catch (IOException e) {
            // the body is written into memory
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        writer.setXmpMetadata(xmp(info, subject, creator, producer, language).getBytes(StandardCharsets.UTF_8));
    }

    static String xmp(DocumentInfo info, String subject, String creator, String producer, String language) {
        String date = XMP_DATE.format(info.created());
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", info.title());
        x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        alt(x, "dc:description", subject);
        x.append("<dc:language><rdf:Bag><rdf:li>").append(language).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("<pdf:Keywords>").append(escape(info.keywordLine())).append("</pdf:Keywords>\n")
                .append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n")
                .append("<xmp:CreatorTool>").append(escape(creator)).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        // PDF/UA-1: the file says it is tagged for accessibility, in a schema PDF/A must have declared
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n");
        // room for an editor to rewrite the packet in place, as XMP recommends
        x.append((" ".repeat(99) + "\n").repeat(10));
        x.append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static void alt(StringBuilder x, String tag, String text) {
        x.append('<').append(tag).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(text))
                .append("</rdf:li></rdf:Alt></").append(tag).append(">\n");
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 cannot carry most control characters, even escaped
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
