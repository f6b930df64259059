//! Calendar dates (`YYYY-MM-DD`, proleptic Gregorian). The core never reads a
//! clock: "today" comes in through [`super::Ctx`].

use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (white space around it is ignored).
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        let b = t.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = t.get(r)?;
            s.chars()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())
                .flatten()
        };
        Date::new(
            i32::try_from(num(0..4)?).ok()?,
            u8::try_from(num(5..7)?).ok()?,
            u8::try_from(num(8..10)?).ok()?,
        )
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    // Bounded: |year| < 2^31, so every intermediate value stays below 2^41.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days_since_epoch` days after 1970-01-01.
    // Bounded: after the saturating shift, era * 146_097 lies between 0 and z,
    // doe in 0..146_097 and era * 400 below 2^56.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn from_days_since_epoch(z: i64) -> Date {
        let z = z.saturating_add(719_468);
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// `other - self` in days.
    // Both are below 2^41 in magnitude (days_since_epoch), so this cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(days))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        assert_eq!(
            Date::parse("2017-05-31").map(|d| d.to_string()).as_deref(),
            Some("2017-05-31")
        );
        assert_eq!(Date::parse(" 2024-02-29 ").map(|d| d.day()), Some(29));
        for bad in [
            "2023-02-29",
            "2017-13-01",
            "2017-00-10",
            "2017-5-31",
            "31-05-2017",
            "2017/05/31",
            "",
            "+017-05-31",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn day_arithmetic() {
        let d = Date::parse("1970-01-01").unwrap();
        assert_eq!(d.days_since_epoch(), 0);
        let a = Date::parse("2017-05-31").unwrap();
        let b = Date::parse("2018-05-31").unwrap();
        assert_eq!(a.days_until(b), 365);
        assert_eq!(a.add_days(365), b);
        assert_eq!(
            Date::parse("2024-02-28").unwrap().add_days(1).to_string(),
            "2024-02-29"
        );
        assert_eq!(Date::parse("1969-12-31").unwrap().days_since_epoch(), -1);
        for z in [-1_000_000i64, -1, 0, 1, 17_317, 1_000_000] {
            assert_eq!(Date::from_days_since_epoch(z).days_since_epoch(), z);
        }
    }

    #[test]
    fn extreme_day_counts_saturate_instead_of_overflowing() {
        let first = Date::new(i32::MIN, 1, 1).unwrap();
        let last = Date::new(i32::MAX, 12, 31).unwrap();
        assert!(first.days_until(last) > 0);
        assert!(last.days_until(first) < 0);
        // These overflowed i64 before the arithmetic was made saturating.
        for days in [i64::MIN, i64::MAX] {
            let _ = last.add_days(days);
            let _ = first.add_days(days);
            let _ = Date::from_days_since_epoch(days);
        }
        assert_eq!(
            last.add_days(i64::MAX),
            Date::from_days_since_epoch(i64::MAX)
        );
    }
}
