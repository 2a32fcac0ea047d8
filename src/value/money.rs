//! Money in exact cents: parsed from the decimal text of a YAML number, never computed in floating point.

use std::fmt;

/// An amount of money in euro cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Cents(pub i64);

/// Why a decimal text is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// More than two decimals (`12.345`).
    TooPrecise,
    /// Not a plain decimal number (`1e3`, `abc`, too large).
    NotANumber,
}

impl Cents {
    /// Parses `400`, `1234.5`, `-3.25` into cents; more than two decimals is an error.
    pub fn parse(text: &str) -> Result<Cents, MoneyError> {
        let t = text.trim();
        let (neg, digits) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !all_digits(int) || !all_digits(frac) || int.len() > 13 {
            return Err(MoneyError::NotANumber);
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 2 {
            return Err(MoneyError::TooPrecise);
        }
        let whole: i64 = int.parse().map_err(|_| MoneyError::NotANumber)?;
        let mut cents: i64 = 0;
        for (i, b) in frac.bytes().enumerate() {
            cents += i64::from(b - b'0') * if i == 0 { 10 } else { 1 };
        }
        let v = whole * 100 + cents;
        Ok(Cents(if neg { -v } else { v }))
    }

    /// The amount in euros as a plain decimal (`2330.5`), for open data.
    pub fn to_euros_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Formats with the given thousands separator and decimal mark, always two decimals.
    pub fn format_parts(self, thousands: &str, decimal: &str) -> String {
        let neg = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let whole = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push_str(thousands);
            }
            grouped.push(c);
        }
        format!(
            "{}{grouped}{decimal}{:02}",
            if neg { "-" } else { "" },
            abs % 100
        )
    }
}

impl std::ops::Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents {
        Cents(self.0.saturating_add(o.0))
    }
}

impl std::ops::AddAssign for Cents {
    fn add_assign(&mut self, o: Cents) {
        self.0 = self.0.saturating_add(o.0);
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents(0), |a, b| a + b)
    }
}

impl fmt::Display for Cents {
    /// Plain `EUR 2330.50`, for messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EUR {}", self.format_parts("", "."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_up_to_two_decimals_exactly() {
        assert_eq!(Cents::parse("400"), Ok(Cents(40000)));
        assert_eq!(Cents::parse("180.5"), Ok(Cents(18050)));
        assert_eq!(Cents::parse("312.40"), Ok(Cents(31240)));
        assert_eq!(Cents::parse("0.1"), Ok(Cents(10)));
        assert_eq!(Cents::parse("-3.25"), Ok(Cents(-325)));
    }

    #[test]
    fn rejects_three_decimals_and_garbage() {
        assert_eq!(Cents::parse("1.005"), Err(MoneyError::TooPrecise));
        assert_eq!(Cents::parse("1e3"), Err(MoneyError::NotANumber));
        assert_eq!(Cents::parse(".5"), Err(MoneyError::NotANumber));
        assert_eq!(
            Cents::parse("99999999999999999"),
            Err(MoneyError::NotANumber)
        );
    }

    #[test]
    fn formats_with_grouping() {
        assert_eq!(
            Cents(233050).format_parts("\u{202f}", ","),
            "2\u{202f}330,50"
        );
        assert_eq!(Cents(123456789).format_parts(".", ","), "1.234.567,89");
        assert_eq!(Cents(5).format_parts(".", ","), "0,05");
        assert_eq!(Cents(-100000).to_string(), "EUR -1000.00");
    }
}
