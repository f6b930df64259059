//! Every renewal and due date of a plan as an iCalendar file (RFC 5545), so
//! that an admin's calendar reminds them: one all-day event per certificate
//! or token expiry (the Apple MDM push certificate, the DEP token), a
//! renewal event on the first day of its renewal window, and one event per
//! checklist item with a due date. Each event says the company, the step and
//! what to do, in the plan's language, and has alarms.
//!
//! Every event's `UID` is stable (what the event is about, and the company),
//! so importing a newer file into Outlook or Google Calendar updates its
//! events instead of adding copies. Text is escaped (backslash, semicolon,
//! comma, line breaks), lines are folded at 75 octets without splitting a
//! character, and every line ends with CRLF.

use crate::domain::enrollment::Credential;
use crate::domain::{checklist, Analysis, Date, Plan, Ruleset};
use crate::i18n::{self, calendar as words, Locale};

/// What the calendar is built from besides the plan and its analysis.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub ruleset: &'a Ruleset,
    pub locale: Locale,
    /// The time the file is written, as `YYYYMMDDTHHMMSSZ` (the `DTSTAMP`
    /// of every event; the core reads no clock).
    pub stamp: &'a str,
}

/// One event, before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across versions of the plan: see [`uid`].
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// Alarms, in days before the event's day (0: on the day).
    pub alarms: Vec<u32>,
}

/// A 64-bit FNV-1a hash: stable across builds and platforms (unlike std's
/// hasher), for the company part of a `UID`.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A stable `UID`: what the event is about (`what`) and the company (so that
/// two clients' calendars in one account never overwrite each other).
pub fn uid(what: &str, company: &str) -> String {
    // Case folded without Unicode's tables (see `checks::fold_case`).
    let company = crate::domain::checks::fold_case(company.trim());
    format!("{what}-{:016x}@enrollready", fnv1a(&company))
}

/// The events of a plan, by date then `UID`.
pub fn events(plan: &Plan, analysis: &Analysis, cx: &Context<'_>) -> Vec<Event> {
    let l = cx.locale;
    let company = plan.company_portal.company_name.trim();
    let mut out = Vec::new();
    for expiry in [
        &analysis.enrollment.apns,
        &analysis.enrollment.dep_token,
        &analysis.enrollment.vpp_token,
    ]
        .into_iter()
        .flatten()
    {
        let Some(expires) = expiry.expires else {
            continue;
        };
        let key = match expiry.credential {
            Credential::ApnsCertificate => "apns",
            Credential::DepToken => "dep-token",
            Credential::VppToken => "vpp-token",
        };
        out.push(Event {
            uid: uid(&format!("{key}-expires"), company),
            date: expires,
            summary: words::expires_summary(expiry.credential, company, l),
            description: words::expires_description(expiry.credential, company, l),
            alarms: vec![7, 1],
        });
        if let Some(renew) = expiry.renew_from.filter(|d| *d < expires) {
            out.push(Event {
                uid: uid(&format!("{key}-renew"), company),
                date: renew,
                summary: words::renew_summary(expiry.credential, company, l),
                description: words::renew_description(
                    expiry.credential,
                    company,
                    renew.days_until(expires),
                    l,
                ),
                alarms: vec![0],
            });
        }
    }
    for def in cx.ruleset.items() {
        if !def.applies_to(plan) {
            continue;
        }
        let state = checklist::state(plan, def.id);
        let Some(due) = Date::parse(&state.due_date) else {
            continue;
        };
        let done = matches!(
            state.status,
            checklist::ItemStatus::Done | checklist::ItemStatus::NotApplicable
        );
        if done {
            continue;
        }
        let step = crate::domain::form::form(def.step).map_or("", |f| f.title.get(l));
        let label = i18n::item_label(def.id, l).unwrap_or(def.id);
        out.push(Event {
            uid: uid(&format!("item-{}", def.id), company),
            date: due,
            summary: words::item_summary(label, company, l),
            description: words::item_description(step, label, &state.owner, &state.note, l),
            alarms: vec![1],
        });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a
/// character, each line ending with CRLF. A continuation line never starts
/// with white space (the break moves before the last other character), as
/// some readers trim the white space after a fold.
pub fn fold(line: &str, out: &mut String) {
    let mut current: Vec<char> = Vec::new();
    let mut width = 0usize;
    // A line holds 75 octets: a continuation line's leading space counts.
    const LIMIT: usize = 75;
    for c in line.chars() {
        let len = c.len_utf8();
        if width.saturating_add(len) > LIMIT {
            // Break between two characters that are not white space (some
            // readers trim white space on either side of a fold): carry the
            // tail to the next line until that holds.
            let mut carry: Vec<char> = Vec::new();
            loop {
                let first = carry.last().copied().unwrap_or(c);
                let before_ws = current.last().is_some_and(|x| x.is_whitespace());
                if !(first.is_whitespace() || before_ws) || current.len() <= 1 {
                    break;
                }
                if let Some(last) = current.pop() {
                    carry.push(last);
                }
            }
            if current.len() <= 1 {
                // Nothing but white space to break in: break where it was.
                current.extend(carry.drain(..).rev());
            }
            out.extend(current.drain(..));
            out.push_str("\r\n ");
            carry.reverse();
            width = 1;
            for k in carry {
                width = width.saturating_add(k.len_utf8());
                current.push(k);
            }
        }
        current.push(c);
        width = width.saturating_add(len);
    }
    out.extend(current);
    out.push_str("\r\n");
}

/// An RFC 3339 UTC time (`2026-12-04T18:40:00.123Z`) as an iCalendar
/// date-time (`20261204T184000Z`); `None` for anything else.
pub fn stamp_from_rfc3339(time: &str) -> Option<String> {
    let (date, rest) = time.split_once('T')?;
    let date = Date::parse(date)?;
    let clock = rest.strip_suffix('Z')?;
    let clock = clock.split('.').next()?;
    let parts: Vec<&str> = clock.split(':').collect();
    let [h, m, s] = parts.as_slice() else {
        return None;
    };
    let ok = |p: &str, max: u32| p.len() == 2 && p.parse::<u32>().is_ok_and(|n| n <= max);
    if !(ok(h, 23) && ok(m, 59) && ok(s, 60)) {
        return None;
    }
    Some(format!("{}T{h}{m}{s}Z", ics_date(date)))
}

fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The whole iCalendar file.
pub fn render(events: &[Event], cx: &Context<'_>, calendar_name: &str) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold(text, &mut out);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Enrollready//Readiness plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(calendar_name)));
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", e.uid));
        line(&format!("DTSTAMP:{}", cx.stamp));
        line(&format!("DTSTART;VALUE=DATE:{}", ics_date(e.date)));
        line(&format!("DTEND;VALUE=DATE:{}", ics_date(e.date.add_days(1))));
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        line(&format!("DESCRIPTION:{}", escape(&e.description)));
        line("TRANSP:TRANSPARENT");
        for days in &e.alarms {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&e.summary)));
            if *days == 0 {
                line("TRIGGER;RELATED=START:PT9H");
            } else {
                line(&format!("TRIGGER;RELATED=START:-P{days}D"));
            }
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The plan's calendar file, in the context's language.
pub fn calendar(plan: &Plan, analysis: &Analysis, cx: &Context<'_>) -> String {
    let events = events(plan, analysis, cx);
    let name = words::calendar_name(plan.company_portal.company_name.trim(), cx.locale);
    render(&events, cx, &name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        // Test vectors of FNV-1a 64.
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a("foobar"), 0x8594_4171_f739_67e8);
    }
}
