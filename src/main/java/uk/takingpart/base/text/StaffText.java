package uk.takingpart.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Text that staff type (activity descriptions): plain paragraphs or a small, safe subset of Markdown.
 *
 * <p>The subset, and nothing else: blank lines separate blocks; plain lines make a paragraph (a single
 * newline becomes {@code <br>}); lines starting {@code "- "} or {@code "* "} make a bulleted list, lines
 * starting {@code "1. "}, {@code "2. "}… a numbered list; a line starting {@code "## "} or {@code "### "}
 * is a heading, always {@code <h3>} because it sits under the page's own headings. Inline:
 * {@code **bold**}, {@code _emphasis_} and {@code [text](url)} for http, https and mailto links only.
 * Everything else, raw HTML included, is shown as text.
 */
public final class StaffText {

    private enum Kind { PARAGRAPH, BULLETS, NUMBERS, HEADING }

    /** A run of lines of one kind, with their marks ("- ", "1. ", "## ") already taken off. */
    private record Block(Kind kind, List<String> lines) {}

    // Block marks, matched against a line with its surrounding white space stripped.
    // "#{2,3} " cannot match "#### x": after two or three hashes there must be a space.
    private static final Pattern HEADING = Pattern.compile("#{2,3} +(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("[-*] +(\\S.*)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}\\. +(\\S.*)");

    // The inline patterns are written so that the regex engine never backtracks far or recurses deeply:
    // the content of a mark cannot contain the mark's own character, so each attempt stops at the next
    // one, and a long line costs linear time instead of a stack overflow or minutes of work.

    // [text](url). The url may hold one pair of brackets, as in "…/wiki/Wales_(country)".
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\[\\]]*)]\\(([^()]*(?:\\([^()]*\\)[^()]*)?)\\)");
    // **bold**: the marks must hug the words, so "2 ** 3 ** 4" stays as it is.
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^\\s*](?:[^*]*[^\\s*])?)\\*\\*");
    // _emphasis_, not inside a word, so snake_case and underscores in bare addresses stay as they are.
    // Emphasis that overlaps bold ("**a _b** c_") is not balanced here; jsoup's clean repairs the nesting.
    private static final Pattern EM =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_([^\\s_](?:[^_]*[^\\s_])?)_(?![\\p{L}\\p{N}_])");

    // A link is set aside as \u0001n\u0002 while bold and emphasis are applied around it, so the
    // underscores and stars of its address are never read as marks. Control characters are removed
    // from the input first, so these cannot be typed.
    private static final Pattern PLACEHOLDER = Pattern.compile("\u0001(\\d+)\u0002");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final List<String> SAFE_SCHEMES = List.of("https://", "http://", "mailto:");

    /** The second defence: whatever the renderer above produced, only these elements get through. */
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "ul", "ol", "li", "h3", "strong", "em", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private StaffText() {}

    /** The text as HTML that is safe to put in a page; empty for null or blank text. */
    public static String toSafeHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks(text)) {
            List<String> lines = block.lines().stream().map(StaffText::inlineHtml).toList();
            switch (block.kind()) {
                case HEADING -> html.append("<h3>").append(lines.getFirst()).append("</h3>");
                case PARAGRAPH -> html.append("<p>").append(String.join("<br>", lines)).append("</p>");
                case BULLETS -> html.append(list("ul", lines));
                case NUMBERS -> html.append(list("ol", lines));
            }
        }
        return html.isEmpty() ? "" : Jsoup.clean(html.toString(), "", SAFELIST, OUTPUT);
    }

    /**
     * The same text with the marks taken off: no heading hashes, bullets, stars or underscores, and
     * links reduced to their text. Numbered items keep a number, which says something. Blocks are
     * separated by a blank line. This is plain text, not HTML: anything that looked like HTML is still
     * here as typed, so escape it wherever it goes into markup (Vaadin's setText does).
     */
    public static String toPlainText(String text) {
        List<String> blocks = new ArrayList<>();
        for (Block block : blocks(text)) {
            List<String> lines = new ArrayList<>();
            for (String line : block.lines()) {
                // Numbered like <ol> numbers them, whatever was typed: "1. 1. 1." reads 1, 2, 3 in both.
                lines.add((block.kind() == Kind.NUMBERS ? (lines.size() + 1) + ". " : "") + inlinePlain(line));
            }
            blocks.add(String.join("\n", lines));
        }
        return String.join("\n\n", blocks);
    }

    /**
     * Splits the text into blocks. Blank lines end a block; within one, a heading line stands alone and a
     * change between plain, bulleted and numbered lines starts a new block, so "Bring:" followed by
     * bullets gives a paragraph and a list.
     */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        String cleaned = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        Block current = null;
        for (String raw : cleaned.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                current = null;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBER.matcher(line);
            if (heading.matches()) {
                blocks.add(new Block(Kind.HEADING, List.of(heading.group(1))));
                current = null;
                continue;
            }
            Kind kind = bullet.matches() ? Kind.BULLETS : number.matches() ? Kind.NUMBERS : Kind.PARAGRAPH;
            String content = switch (kind) {
                case BULLETS -> bullet.group(1);
                case NUMBERS -> number.group(1);
                default -> line;
            };
            if (current == null || current.kind() != kind) {
                current = new Block(kind, new ArrayList<>());
                blocks.add(current);
            }
            current.lines().add(content);
        }
        return blocks;
    }

    private static String list(String tag, List<String> items) {
        StringBuilder html = new StringBuilder("<").append(tag).append(">");
        for (String item : items) {
            html.append("<li>").append(item).append("</li>");
        }
        return html.append("</").append(tag).append(">").toString();
    }

    /** One line as HTML. Everything is escaped first; the marks are then found in the escaped text. */
    private static String inlineHtml(String line) {
        String escaped = escape(line);
        List<String> links = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(escaped);
        while (link.find()) {
            String url = unescape(link.group(2)).strip();
            String label = link.group(1).isBlank() ? escape(url) : emphasisHtml(link.group(1));
            links.add(isSafeUrl(url)
                    ? "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
                    : label);
            link.appendReplacement(html, "\u0001" + (links.size() - 1) + "\u0002");
        }
        link.appendTail(html);
        return PLACEHOLDER.matcher(emphasisHtml(html.toString()))
                .replaceAll(m -> Matcher.quoteReplacement(links.get(Integer.parseInt(m.group(1)))));
    }

    private static String emphasisHtml(String escaped) {
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return EM.matcher(bold).replaceAll("<em>$1</em>");
    }

    private static String inlinePlain(String line) {
        String text = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).isBlank() ? m.group(2).strip() : m.group(1)));
        text = BOLD.matcher(text).replaceAll("$1");
        return EM.matcher(text).replaceAll("$1");
    }

    /**
     * Only absolute http, https and mailto addresses, in any case. Anything with white space, quotes or
     * angle brackets is refused outright rather than trusted to escaping.
     */
    private static boolean isSafeUrl(String url) {
        if (url.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>')) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return SAFE_SCHEMES.stream().anyMatch(scheme -> lower.startsWith(scheme) && lower.length() > scheme.length());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Undoes {@link #escape} exactly: every '&' in escaped text began one of these five. */
    private static String unescape(String escaped) {
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
