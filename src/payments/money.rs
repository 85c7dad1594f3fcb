//! Money as the kiosk shows and records it: whole pence in `u64`, pounds
//! written the British way, and the VAT inside a VAT-inclusive amount. Pure
//! integer arithmetic, so the receipt, the screen and finance's CSV always
//! agree to the penny.

/// GOV.UK Pay's largest payment, in pence (£100,000).
pub const MAX_PAYMENT_PENCE: u64 = 10_000_000;

/// Reads "12.50", "£12.50", "12" or "1,234.5" as pence.
pub fn parse_pounds(typed: &str) -> Option<u64> {
    let t: String = typed
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let (pounds, pence) = match t.split_once('.') {
        Some((p, d)) => (p, d),
        None => (t.as_str(), ""),
    };
    if pounds.is_empty() && pence.is_empty() {
        return None;
    }
    if !pounds.chars().all(|c| c.is_ascii_digit()) || !pence.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if pence.len() > 2 || pounds.len() > 9 {
        return None;
    }
    let pounds: u64 = if pounds.is_empty() {
        0
    } else {
        pounds.parse().ok()?
    };
    let pence: u64 = match pence.len() {
        0 => 0,
        1 => pence.parse::<u64>().ok()? * 10,
        _ => pence.parse().ok()?,
    };
    Some(pounds * 100 + pence)
}

/// "£1,234.50" for 123450 pence.
pub fn format_pounds(pence: u64) -> String {
    let pounds = (pence / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in pounds.chars().enumerate() {
        if i > 0 && (pounds.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("£{grouped}.{:02}", pence % 100)
}

/// The VAT inside a VAT-inclusive amount: `gross × r / (100 + r)` with the
/// rate `r` in hundredths of a percent, rounded to the nearest penny with
/// halves rounded up (HMRC allows rounding the VAT on an invoice total to the
/// nearest penny). Integer arithmetic only, so finance's CSV and the receipt
/// always agree.
pub fn vat_in(gross_pence: u64, rate_basis_points: u32) -> u64 {
    if rate_basis_points == 0 {
        return 0;
    }
    let r = u128::from(rate_basis_points);
    let num = u128::from(gross_pence) * r * 2 + (10_000 + r);
    let den = 2 * (10_000 + r);
    (num / den) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vat_is_taken_out_of_the_gross_and_rounded_half_up() {
        assert_eq!(vat_in(1200, 2000), 200); // £12.00 at 20%: £2.00
        assert_eq!(vat_in(250, 2000), 42); // 41.67 -> 42
        assert_eq!(vat_in(105, 500), 5); // £1.05 at 5%: 5p
        assert_eq!(vat_in(999, 0), 0);
        // 6p at 20% is exactly 1p; 3p at 20% is 0.5p, rounded up.
        assert_eq!(vat_in(6, 2000), 1);
        assert_eq!(vat_in(3, 2000), 1);
        assert_eq!(vat_in(2, 2000), 0);
        assert_eq!(vat_in(MAX_PAYMENT_PENCE, 2000), 1_666_667);
    }

    #[test]
    fn pounds_are_read_and_written_as_residents_do() {
        assert_eq!(parse_pounds("12.50"), Some(1250));
        assert_eq!(parse_pounds("£12.5"), Some(1250));
        assert_eq!(parse_pounds("12"), Some(1200));
        assert_eq!(parse_pounds("1,234.05"), Some(123_405));
        assert_eq!(parse_pounds(".99"), Some(99));
        assert_eq!(parse_pounds("12.345"), None);
        assert_eq!(parse_pounds("twelve"), None);
        assert_eq!(parse_pounds(""), None);
        assert_eq!(parse_pounds("-5"), None);
        assert_eq!(format_pounds(123_405), "£1,234.05");
        assert_eq!(format_pounds(5), "£0.05");
        assert_eq!(format_pounds(100_000_000), "£1,000,000.00");
    }
}
