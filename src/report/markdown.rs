//! The report as Markdown (CommonMark with GitHub's tables), for wikis and
//! tickets. Every text goes through [`escape`] (or [`cell`] in a table), so a
//! value the user typed cannot add HTML, a link, an image, emphasis, a
//! heading, a list or a table column: it shows as typed.

use super::{Block, Report};

/// Escapes text for Markdown: a backslash before every character Markdown
/// could read as syntax (`\ ` * _ { } [ ] ( ) < > # | ! ~ & @ $` and the
/// backtick), before a `-`, `+`, `=` or `.` that starts the text and the dot
/// of a starting `1. ` (list markers, setext underlines), and before the
/// `:` of `://` and the `.` after `www` (GitHub's bare links). Line breaks
/// and other white space become single spaces, and the text is trimmed, so
/// it stays on its line (and cannot start an indented code block).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let flat: String = text
        .trim()
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let mut chars = flat.chars().peekable();
    let mut at_start = true;
    let mut digits_only = true;
    let mut last3 = ['\0'; 3];
    while let Some(c) = chars.next() {
        let special = matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '('
                | ')'
                | '<'
                | '>'
                | '#'
                | '|'
                | '!'
                | '~'
                | '&'
                | '@'
                | '$'
        );
        // A list marker or underline at the start: `-`, `+`, `=` first, or
        // `1.` (digits, then a dot before a space or the end).
        let leading = (at_start && matches!(c, '-' | '+' | '=' | '.'))
            || (digits_only && !at_start && c == '.' && chars.peek().is_none_or(|n| *n == ' '));
        let scheme = c == ':' && chars.peek() == Some(&'/');
        let www = c == '.' && last3.iter().all(|x| x.eq_ignore_ascii_case(&'w'));
        if special || leading || scheme || www {
            out.push('\\');
        }
        out.push(c);
        digits_only = digits_only && c.is_ascii_digit();
        at_start = false;
        last3 = [last3[1], last3[2], c];
    }
    out
}

/// Escapes text for a table cell: [`escape`], and an empty cell stays empty.
pub fn cell(text: &str) -> String {
    escape(text)
}

fn table_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    out.push('|');
    for c in cells {
        out.push(' ');
        out.push_str(&c);
        out.push_str(" |");
    }
    out.push('\n');
}

fn table(out: &mut String, columns: &[String], rows: &[Vec<String>]) {
    table_row(out, columns.iter().map(|c| cell(c)));
    table_row(out, columns.iter().map(|_| "---".to_owned()));
    for r in rows {
        table_row(
            out,
            (0..columns.len()).map(|i| r.get(i).map_or_else(String::new, |c| cell(c))),
        );
    }
    out.push('\n');
}

/// The report as Markdown: the blocks of [`super::blocks`], every text
/// escaped.
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    for b in super::blocks(r) {
        match b {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from(level)));
                out.push(' ');
                out.push_str(&escape(&text));
                out.push_str("\n\n");
            }
            Block::Paragraph(text) => {
                out.push_str(&escape(&text));
                out.push_str("\n\n");
            }
            Block::Table { columns, rows } => table(&mut out, &columns, &rows),
            Block::Bullets(lines) => {
                for l in &lines {
                    out.push_str("- ");
                    out.push_str(&escape(l));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Ticks(items) => {
                for (done, label) in &items {
                    out.push_str(if *done { "- [x] " } else { "- [ ] " });
                    out.push_str(&escape(label));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Quote(lines) => {
                for line in lines.iter().filter(|l| !l.trim().is_empty()) {
                    out.push_str("> ");
                    out.push_str(&escape(line));
                    out.push_str("  \n");
                }
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert\\(1\\)\\>"
        );
        assert_eq!(escape("[click](javascript:x)"), "\\[click\\]\\(javascript:x\\)");
        assert_eq!(escape("![i](u)"), "\\!\\[i\\]\\(u\\)");
        assert_eq!(escape("*a* _b_ `c` ~d~"), "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~");
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("# x"), "\\# x");
        assert_eq!(escape("&lt;b&gt;"), "\\&lt;b\\&gt;");
        assert_eq!(escape("C:\\temp"), "C:\\\\temp");
    }

    #[test]
    fn bare_links_and_block_starts_are_broken() {
        assert_eq!(escape("https://evil.example"), "https\\://evil.example");
        assert_eq!(escape("see WWW.evil.nl"), "see WWW\\.evil.nl");
        assert_eq!(escape("a@b.nl"), "a\\@b.nl");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("+1"), "\\+1");
        assert_eq!(escape("==="), "\\===");
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("12) x"), "12\\) x");
        assert_eq!(escape("1."), "1\\.");
        // Not a list marker: plain.
        assert_eq!(escape("in-progress 1.5"), "in-progress 1.5");
        assert_eq!(escape("0.1.0 2017-10-02"), "0.1.0 2017-10-02");
    }

    #[test]
    fn line_breaks_cannot_leave_the_line() {
        assert_eq!(escape("a\r\n# b\n\n<script>"), "a  \\# b  \\<script\\>");
        assert_eq!(escape("x\u{2028}y\u{2029}z\u{85}w\tv"), "x y z w v");
        assert_eq!(escape("     code"), "code");
        let mut out = String::new();
        table(
            &mut out,
            &["A".into(), "B".into()],
            &[vec!["1\n|2".into(), "x|y".into()]],
        );
        assert_eq!(out, "| A | B |\n| --- | --- |\n| 1 \\|2 | x\\|y |\n\n");
    }
}
