//! CSV files that staff and finance open in a spreadsheet.
//!
//! Written with the `csv` crate, which quotes a cell holding a comma, a
//! quote or a line break as RFC 4180 says, so no value can spill into the
//! next column or row. On top of that, [`cell`] guards against formula
//! injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or
//! `@` (and some also after a tab or carriage return) as a formula, and a
//! resident can type such text into a reference or a note. Those cells get a
//! leading apostrophe, which spreadsheets show as text and do not run.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell made safe to open in a spreadsheet: a leading apostrophe
/// when it would otherwise start a formula. Numbers the kiosk writes itself
/// are not text cells and are written as they are.
pub fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Why a CSV file could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("writing the CSV: {0}")]
pub struct CsvError(String);

impl From<csv::Error> for CsvError {
    fn from(e: csv::Error) -> CsvError {
        CsvError(e.to_string())
    }
}

/// A whole CSV file as text: the header, then each row, every cell quoted
/// as it needs. Cells are written as given: pass text through [`cell`].
pub fn to_string<R, C>(header: &[&str], rows: R) -> Result<String, CsvError>
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<[u8]>,
{
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(&row)?;
    }
    let bytes = w.into_inner().map_err(|e| CsvError(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| CsvError(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("a record").iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn formulas_get_an_apostrophe_and_plain_text_does_not() {
        for risky in [
            "=1+1",
            "=HYPERLINK(\"http://x\",\"y\")",
            "+44 7700 900123",
            "-5",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(cell(risky), format!("'{risky}"), "{risky:?}");
        }
        for plain in ["ACDE 346 79E", "1+1=2", "", "O'Brien", "£5.00", " =x"] {
            assert_eq!(cell(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn awkward_values_come_back_whole_in_their_own_cells() {
        let awkward = [
            "Smith, John",
            "He said \"hello\"",
            "line one\nline two",
            "crlf\r\nhere",
            "trailing\\",
            "=cmd|' /C calc'!A0",
            "",
        ];
        let rows: Vec<Vec<String>> = awkward
            .iter()
            .map(|a| vec![cell(a).into_owned(), "1".to_string()])
            .collect();
        let text = to_string(&["value", "n"], rows).expect("csv");
        let back = read_back(&text);
        assert_eq!(back.len(), awkward.len() + 1, "{text}");
        assert_eq!(back[0], ["value", "n"]);
        for (row, a) in back[1..].iter().zip(awkward) {
            assert_eq!(row.len(), 2, "{text}");
            assert_eq!(row[0], cell(a), "{text}");
            assert_eq!(row[1], "1");
        }
    }
}
