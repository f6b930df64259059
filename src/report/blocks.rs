//! The report laid out once as a sequence of blocks (headings, paragraphs,
//! tables, lists, tick boxes), in reading order. The Markdown download and the
//! printed view both render these blocks, so the two never differ in what
//! they show or in which order.

use super::{Report, Row, Table};

/// One block of the laid-out report. Texts are as typed or translated:
/// each renderer escapes them for its format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading; level 1 is the title.
    Heading(u8, String),
    Paragraph(String),
    /// A table with its column names (each row has one cell per column).
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Bullets(Vec<String>),
    /// Tick boxes: done, and the item's text.
    Ticks(Vec<(bool, String)>),
    /// Lines kept as they are (the support request).
    Quote(Vec<String>),
}

fn rows_table(label: &str, value: &str, rows: &[Row]) -> Block {
    Block::Table {
        columns: vec![label.to_owned(), value.to_owned()],
        rows: rows
            .iter()
            .map(|r| vec![r.label.clone(), r.value.clone()])
            .collect(),
    }
}

fn titled_table(out: &mut Vec<Block>, t: &Table) {
    out.push(Block::Heading(2, t.heading.clone()));
    if t.rows.is_empty() {
        out.push(Block::Paragraph(t.empty.clone()));
    } else {
        out.push(Block::Table {
            columns: t.columns.clone(),
            rows: t.rows.clone(),
        });
    }
}

/// The report as blocks, in reading order.
pub fn blocks(r: &Report) -> Vec<Block> {
    let mut out = Vec::new();
    let w = &r.words;
    let title = if r.cover.company.is_empty() {
        r.title.clone()
    } else {
        format!("{}: {}", r.title, r.cover.company)
    };
    out.push(Block::Heading(1, title));
    out.push(rows_table(&w.field, &w.value, &r.cover.rows));
    for f in &r.cover.findings {
        out.push(Block::Paragraph(format!(
            "{}: {}: {}",
            f.severity_word, f.field, f.message
        )));
    }

    out.push(Block::Heading(2, r.summary.heading.clone()));
    out.push(rows_table(&w.field, &w.value, &r.summary.rows));

    for s in &r.steps {
        out.push(Block::Heading(2, s.title.clone()));
        out.push(Block::Paragraph(format!(
            "{}: {} ({}%). {}",
            w.readiness, s.state, s.percent, s.status
        )));
        if let Some(list) = s.list.as_ref().filter(|l| !l.rows.is_empty()) {
            out.push(Block::Table {
                columns: list.columns.clone(),
                rows: list.rows.clone(),
            });
        }
        if !s.values.is_empty() {
            out.push(rows_table(&w.field, &w.value, &s.values));
        }
        if !s.derived.is_empty() {
            out.push(Block::Bullets(s.derived.clone()));
        }
        if !s.findings.is_empty() {
            out.push(Block::Heading(3, w.findings.clone()));
            out.push(Block::Table {
                columns: vec![w.severity.clone(), w.field.clone(), w.what_to_do.clone()],
                rows: s
                    .findings
                    .iter()
                    .map(|f| vec![f.severity_word.clone(), f.field.clone(), f.message.clone()])
                    .collect(),
            });
        }
        if !s.items.is_empty() {
            out.push(Block::Heading(3, w.checklist.clone()));
            out.push(Block::Table {
                columns: w.item_columns.clone(),
                rows: s
                    .items
                    .iter()
                    .map(|i| {
                        vec![
                            i.label.clone(),
                            i.status_word.clone(),
                            i.owner.clone(),
                            i.due_date.clone(),
                            i.note.clone(),
                        ]
                    })
                    .collect(),
            });
        }
    }

    titled_table(&mut out, &r.dns_records);

    let d = &r.decision;
    out.push(Block::Heading(2, d.heading.clone()));
    out.push(Block::Paragraph(format!(
        "{}: {}",
        d.authority.label, d.authority.value
    )));
    if !d.implications.is_empty() {
        out.push(Block::Bullets(d.implications.clone()));
    }
    if !d.lines.is_empty() {
        out.push(Block::Bullets(d.lines.clone()));
    }
    for list in &d.checklists {
        out.push(Block::Heading(3, list.title.clone()));
        out.push(Block::Ticks(
            list.items.iter().map(|t| (t.done, t.label.clone())).collect(),
        ));
    }
    if !d.support.is_empty() {
        out.push(Block::Quote(d.support.clone()));
    }

    titled_table(&mut out, &r.open_items);

    out.push(Block::Heading(2, r.sign_off.heading.clone()));
    out.push(Block::Paragraph(r.sign_off.text.clone()));
    out.push(Block::Table {
        columns: r.sign_off.columns.clone(),
        rows: r.sign_off.rows.clone(),
    });
    out
}

/// Text as a CSS string literal (`"…"`), for generated content: quotes and
/// backslashes escaped, line breaks and other control characters written as
/// code points, so no text can end the string or the rule.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len().saturating_add(2));
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The printed report's page rule: the company name as a running header and
/// "Page N of M" ("Pagina N van M") as a running footer, in CSS margin boxes.
pub fn page_rule(r: &Report) -> String {
    format!(
        "@page {{ @top-left {{ content: {}; }} @bottom-right {{ content: {} counter(page) {} counter(pages); }} }}",
        css_string(&r.cover.company),
        css_string(&format!("{} ", r.words.page)),
        css_string(&format!(" {} ", r.words.page_of)),
    )
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn css_strings_cannot_break_out() {
        assert_eq!(css_string("Contoso"), "\"Contoso\"");
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(css_string("x\n}y"), "\"x\\a }y\"");
        assert_eq!(css_string("é"), "\"é\"");
    }
}
