//! CSV lists: the encoding (UTF-8 with or without a byte-order mark, UTF-16 with one, else
//! Windows-1251) and the separator (`;`, `,` or a tab: whichever finds the header) decided
//! from the file itself.

use crate::error::{Error, Result};

use super::{Grid, GridRow, columns};

/// The separators tried, in order of preference when two read the header alike: `;` is what
/// Excel writes in a Russian locale.
const SEPARATORS: [u8; 3] = [b';', b',', b'\t'];

pub fn read(shown: &str, bytes: &[u8]) -> Result<Grid> {
    let (text, encoding) = decode(bytes);
    let mut best: Option<(usize, Grid)> = None;
    for separator in SEPARATORS {
        let rows = parse(shown, &text, separator)?;
        let score = columns::header_score(&rows);
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((
                score,
                Grid {
                    rows,
                    encoding: None,
                },
            ));
        }
    }
    let mut grid = best.map(|(_, g)| g).unwrap_or_default();
    grid.encoding = encoding;
    Ok(grid)
}

/// The text of the bytes and, when it was not UTF-8, the encoding it was read in.
fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = (encoding != encoding_rs::UTF_8).then(|| encoding.name());
        return (text.into_owned(), name);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            // Not UTF-8: what Excel on a Russian Windows saves as «CSV (разделители — точка
            // с запятой)». Every byte is a letter in Windows-1251, so this cannot fail.
            let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
            (text.into_owned(), Some("Windows-1251"))
        }
    }
}

/// The non-empty records, each numbered as a spreadsheet shows it: a line break inside a
/// quoted cell stays in its row, and an empty line is a row of its own.
fn parse(shown: &str, text: &str, separator: u8) -> Result<Vec<GridRow>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Line breaks inside the cells of the records read so far: lines, not rows.
    let mut inner_breaks = 0;
    // The line of the text at `seen` (1-based), counted on as the records come.
    let (mut seen, mut line) = (0, 1);
    let mut record = ::csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                // A record's position may be the line end before it (after a CR, the LF
                // is read with the next record): its row starts past the line ends.
                let start = record.position().map_or(0, |p| p.byte() as usize);
                let start = start
                    + text.get(start..).map_or(0, |rest| {
                        rest.len() - rest.trim_start_matches(['\r', '\n']).len()
                    });
                if let Some(between) = text.get(seen..start) {
                    line += between.matches('\n').count();
                    seen = start;
                }
                let number = line - inner_breaks;
                inner_breaks += record
                    .iter()
                    .map(|c| c.matches('\n').count())
                    .sum::<usize>();
                let cells: Vec<String> = record.iter().map(super::tidy).collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    rows.push(GridRow { number, cells });
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(Error::input(
                    crate::tr!("participants-csv-unreadable", path = shown, line = line),
                    Some(&crate::tr!("participants-csv-unreadable-hint")),
                ));
            }
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(usize, Vec<String>)> {
        parse("l.csv", text, b';')
            .expect("test input is valid")
            .into_iter()
            .map(|r| (r.number, r.cells))
            .collect()
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let rows = numbers("ФИО;Стаж\n\n\"Иванова\nМария\";5\r\nПетрова;3\n");
        assert_eq!(
            rows,
            vec![
                (1, vec!["ФИО".to_string(), "Стаж".to_string()]),
                (3, vec!["Иванова Мария".to_string(), "5".to_string()]),
                (4, vec!["Петрова".to_string(), "3".to_string()]),
            ]
        );
    }

    #[test]
    fn encodings() {
        assert_eq!(decode("\u{feff}ФИО".as_bytes()), ("ФИО".to_string(), None));
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("ФИО;Ёлкина");
        assert_eq!(
            decode(&bytes),
            ("ФИО;Ёлкина".to_string(), Some("Windows-1251"))
        );
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "ФИО".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&utf16), ("ФИО".to_string(), Some("UTF-16LE")));
    }
}
