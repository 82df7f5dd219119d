package uk.takingpart.base.text;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An OpenDocument spreadsheet (ODF 1.2, {@code .ods}) written as it goes: a zip whose first entry is
 * the {@code mimetype}, stored uncompressed, then the manifest, meta and styles, then
 * {@code content.xml} streamed a row at a time through an XML stream writer, so a sheet of 100,000
 * rows is never held in memory. Cells are text (line breaks become paragraphs), whole or decimal
 * numbers, {@link Percent}ages and date-times; null is an empty cell. Text is written as text,
 * never as a formula. Characters XML cannot hold (control characters) are left out.
 *
 * <p>Written by hand because the ODS libraries on Maven Central build the whole document in memory.
 */
public final class OdsWriter implements AutoCloseable {
    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** A share, 0 to 1, shown as a percentage with one decimal place. */
    public record Percent(double fraction) {}

    private final ZipOutputStream zip;
    private final BufferedOutputStream content;
    private final XMLStreamWriter xml;
    private boolean inSheet;

    /** Writes the fixed parts and opens the spreadsheet's content; {@code out} is closed by {@link #close()}. */
    public OdsWriter(OutputStream out) {
        try {
            zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            entry.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.setLevel(Deflater.BEST_SPEED);
            fixed("META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="%s" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                     <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                     <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.formatted(MANIFEST, MEDIA_TYPE));
            fixed("meta.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-meta xmlns:office="%s" xmlns:meta="%s" office:version="1.2">
                     <office:meta><meta:generator>Taking Part</meta:generator></office:meta>
                    </office:document-meta>
                    """.formatted(OFFICE, META));
            fixed("styles.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-styles xmlns:office="%s" xmlns:style="%s" xmlns:fo="%s" office:version="1.2">
                     <office:styles>
                      <style:default-style style:family="table-cell"><style:paragraph-properties fo:text-align="start"/></style:default-style>
                     </office:styles>
                    </office:document-styles>
                    """.formatted(OFFICE, STYLE, FO));
            zip.putNextEntry(new ZipEntry("content.xml"));
            // the JDK's XML writer hands its UTF-8 over a byte at a time: buffered here, the zip compresses
            // 64 KB at a time instead of being called once per byte (which made a 100,000-row sheet 5 times slower)
            content = new BufferedOutputStream(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }

                @Override
                public void close() {
                    // the zip is closed by the writer
                }
            }, 1 << 16);
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(content, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("office", "document-content", OFFICE);
            namespace("office", OFFICE);
            namespace("table", TABLE);
            namespace("text", TEXT);
            namespace("style", STYLE);
            namespace("fo", FO);
            namespace("number", NUMBER);
            xml.writeAttribute("office", OFFICE, "version", "1.2");
            xml.writeStartElement("office", "automatic-styles", OFFICE);
            xml.writeStartElement("number", "percentage-style", NUMBER);
            xml.writeAttribute("style", STYLE, "name", "N-percent");
            xml.writeEmptyElement("number", "number", NUMBER);
            xml.writeAttribute("number", NUMBER, "decimal-places", "1");
            xml.writeAttribute("number", NUMBER, "min-integer-digits", "1");
            xml.writeStartElement("number", "text", NUMBER);
            xml.writeCharacters("%");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("number", "date-style", NUMBER);
            xml.writeAttribute("style", STYLE, "name", "N-date-time");
            for (String[] part : new String[][] {{"year", null}, {"text", "-"}, {"month", "long"}, {"text", "-"}, {"day", "long"},
                    {"text", " "}, {"hours", "long"}, {"text", ":"}, {"minutes", "long"}}) {
                if ("text".equals(part[0])) {
                    xml.writeStartElement("number", "text", NUMBER);
                    xml.writeCharacters(part[1]);
                    xml.writeEndElement();
                } else {
                    xml.writeEmptyElement("number", part[0], NUMBER);
                    if (part[1] != null) {
                        xml.writeAttribute("number", NUMBER, "style", part[1]);
                    }
                }
            }
            xml.writeEndElement();
            cellStyle("ce-percent", "N-percent", false);
            cellStyle("ce-date-time", "N-date-time", false);
            cellStyle("ce-heading", null, true);
            xml.writeEndElement();
            xml.writeStartElement("office", "body", OFFICE);
            xml.writeStartElement("office", "spreadsheet", OFFICE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void namespace(String prefix, String uri) throws XMLStreamException {
        xml.writeNamespace(prefix, uri);
    }

    private void cellStyle(String name, String dataStyle, boolean bold) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        if (dataStyle != null) {
            xml.writeAttribute("style", STYLE, "data-style-name", dataStyle);
        }
        if (bold) {
            xml.writeEmptyElement("style", "text-properties", STYLE);
            xml.writeAttribute("fo", FO, "font-weight", "bold");
        }
        xml.writeEndElement();
    }

    private void fixed(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Starts a sheet (a table) named {@code name}, ending the one before. */
    public OdsWriter sheet(String name) {
        try {
            endSheet();
            xml.writeStartElement("table", "table", TABLE);
            xml.writeAttribute("table", TABLE, "name", clean(name));
            inSheet = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row of headings, in bold. */
    public OdsWriter headings(Iterable<String> headings) {
        return row(true, headings);
    }

    /** A row of cells. */
    public OdsWriter row(Object... cells) {
        return row(false, java.util.Arrays.asList(cells));
    }

    /** A row of cells. */
    public OdsWriter row(Iterable<?> cells) {
        return row(false, cells);
    }

    private OdsWriter row(boolean heading, Iterable<?> cells) {
        if (!inSheet) {
            throw new IllegalStateException("A row needs a sheet");
        }
        try {
            xml.writeStartElement("table", "table-row", TABLE);
            for (Object cell : cells) {
                cell(cell, heading);
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void cell(Object value, boolean heading) throws XMLStreamException {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            xml.writeEmptyElement("table", "table-cell", TABLE);
            return;
        }
        xml.writeStartElement("table", "table-cell", TABLE);
        if (heading) {
            xml.writeAttribute("table", TABLE, "style-name", "ce-heading");
        }
        String shown;
        switch (value) {
            case Percent p -> {
                xml.writeAttribute("table", TABLE, "style-name", "ce-percent");
                xml.writeAttribute("office", OFFICE, "value-type", "percentage");
                xml.writeAttribute("office", OFFICE, "value", Double.toString(p.fraction()));
                shown = String.format(java.util.Locale.ROOT, "%.1f%%", p.fraction() * 100);
            }
            case Number n -> {
                xml.writeAttribute("office", OFFICE, "value-type", "float");
                xml.writeAttribute("office", OFFICE, "value", n.toString());
                shown = n.toString();
            }
            case LocalDateTime t -> {
                xml.writeAttribute("table", TABLE, "style-name", "ce-date-time");
                xml.writeAttribute("office", OFFICE, "value-type", "date");
                xml.writeAttribute("office", OFFICE, "date-value", DATE_TIME.format(t));
                shown = DATE_TIME.format(t).replace('T', ' ');
            }
            default -> {
                xml.writeAttribute("office", OFFICE, "value-type", "string");
                shown = value.toString();
            }
        }
        for (String line : clean(shown).split("\n", -1)) {
            xml.writeStartElement("text", "p", TEXT);
            xml.writeCharacters(line);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Without the characters XML 1.0 cannot hold; carriage returns dropped (line breaks are {@code \n}). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private void endSheet() throws XMLStreamException {
        if (inSheet) {
            xml.writeEndElement();
            inSheet = false;
        }
    }

    /** Ends the last sheet and the document, and closes the stream. */
    @Override
    public void close() {
        try {
            endSheet();
            xml.writeEndElement(); // spreadsheet
            xml.writeEndElement(); // body
            xml.writeEndElement(); // document-content
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            content.flush();
            zip.closeEntry();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
