//! The report's checklist as CSV: one row per checklist item that applies to
//! the plan, with the columns step, item, status, owner, due date and note
//! (the header row in the report's language), and the ruleset the plan
//! follows in every row, so that rows copied elsewhere still say it. RFC 4180: fields with a quote,
//! a comma, a semicolon (the separator Excel expects in Dutch settings), CR
//! or LF are quoted, quotes doubled, lines end with CRLF. A UTF-8 byte-order
//! mark comes first, so Excel reads accents right. A cell that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote in
//! front, so a spreadsheet never reads it as a formula.

use super::Report;

/// The UTF-8 byte-order mark.
pub const BOM: char = '\u{FEFF}';

/// A cell's text, neutralised against formula injection: a single quote in
/// front of a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR.
pub fn neutralise(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a
/// quote, a comma, a semicolon, CR or LF. Neutralised first.
pub fn field(text: &str) -> String {
    let text = neutralise(text);
    if text.contains(['"', ',', ';', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn line(out: &mut String, cells: &[&str]) {
    let fields: Vec<String> = cells.iter().map(|c| field(c)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// The checklist of the report as CSV text (byte-order mark first).
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    out.push(BOM);
    let header: Vec<&str> = r.words.csv_columns.iter().map(String::as_str).collect();
    line(&mut out, &header);
    for item in r.steps.iter().flat_map(|s| s.items.iter()) {
        line(
            &mut out,
            &[
                &item.step,
                &item.label,
                &item.status_word,
                &item.owner,
                &item.due_date,
                &item.note,
                &r.ruleset.value,
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for s in ["=1+1", "+31 20", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(s).starts_with('\''), "{s:?}");
            assert_eq!(&neutralise(s)[1..], s);
        }
        for s in ["", "a=1", " =1", "'x", "Jan"] {
            assert_eq!(neutralise(s), s);
        }
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rhere"), "\"cr\rhere\"");
        // Neutralised, then quoted.
        assert_eq!(field("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assert_eq!(field("\r=1"), "\"'\r=1\"");
    }
}
