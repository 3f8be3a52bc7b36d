//! The columns of a list, found by their headings in Russian or English (case, «ё»,
//! punctuation and spaces aside), and its rows read into people.

use crate::error::{Error, Result};
use crate::i18n::collate;
use crate::session::model::Role;

use super::{Grid, GridRow};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Surname,
    FirstName,
    Patronymic,
    Position,
    Organization,
    Experience,
    Role,
    Id,
}

/// The headings each field is known by, folded ([`collate::fold_words`]).
const HEADINGS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "фио",
            "ф и о",
            "фамилия имя отчество",
            "фамилия имя отчество полностью",
            "фамилия и о",
            "фио полностью",
            "фио участника",
            "фио педагога",
            "full name",
            "name",
        ],
    ),
    (
        Field::Surname,
        &["фамилия", "surname", "last name", "family name"],
    ),
    (Field::FirstName, &["имя", "first name", "given name"]),
    (
        Field::Patronymic,
        &["отчество", "patronymic", "middle name"],
    ),
    (Field::Position, &["должность", "position", "job title"]),
    (
        Field::Organization,
        &[
            "организация",
            "образовательная организация",
            "оо",
            "доо",
            "учреждение",
            "место работы",
            "organisation",
            "organization",
        ],
    ),
    (
        Field::Experience,
        &[
            "стаж",
            "стаж лет",
            "педагогический стаж",
            "стаж работы",
            "experience",
            "experience years",
            "years of experience",
        ],
    ),
    (Field::Role, &["роль", "role"]),
    (Field::Id, &["id"]),
];

/// The field a heading names, if any.
pub fn field(heading: &str) -> Option<Field> {
    let folded = collate::fold_words(heading);
    HEADINGS
        .iter()
        .find(|(_, names)| names.contains(&folded.as_str()))
        .map(|&(f, _)| f)
}

/// Where each field is: the first column with its heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    /// The index of the header row in the grid.
    pub header: usize,
    name: Option<usize>,
    surname: Option<usize>,
    first_name: Option<usize>,
    patronymic: Option<usize>,
    position: Option<usize>,
    organization: Option<usize>,
    experience: Option<usize>,
    role: Option<usize>,
    id: Option<usize>,
}

impl Columns {
    fn of(header: usize, row: &GridRow) -> Self {
        let mut columns = Self {
            header,
            ..Self::default()
        };
        for (i, cell) in row.cells.iter().enumerate() {
            let Some(f) = field(cell) else { continue };
            let slot = match f {
                Field::Name => &mut columns.name,
                Field::Surname => &mut columns.surname,
                Field::FirstName => &mut columns.first_name,
                Field::Patronymic => &mut columns.patronymic,
                Field::Position => &mut columns.position,
                Field::Organization => &mut columns.organization,
                Field::Experience => &mut columns.experience,
                Field::Role => &mut columns.role,
                Field::Id => &mut columns.id,
            };
            slot.get_or_insert(i);
        }
        columns
    }

    /// Whether the row names people: a full-name column, or a surname one.
    fn has_name(&self) -> bool {
        self.name.is_some() || self.surname.is_some()
    }

    /// How many fields were found.
    fn count(&self) -> usize {
        [
            self.name,
            self.surname,
            self.first_name,
            self.patronymic,
            self.position,
            self.organization,
            self.experience,
            self.role,
            self.id,
        ]
        .iter()
        .filter(|c| c.is_some())
        .count()
    }
}

/// How far a reading of a list has a header: the number of known columns of its first row
/// with a name column, or 0. Used to choose a CSV file's separator.
pub fn header_score(rows: &[GridRow]) -> usize {
    rows.iter()
        .enumerate()
        .map(|(i, row)| Columns::of(i, row))
        .find(Columns::has_name)
        .map_or(0, |c| c.count())
}

/// How many headings of the first row are shown when no header is found.
const HEADINGS_SHOWN: usize = 12;

/// The header row (the first with a name column; the title rows above it are passed over)
/// and its columns; else an error naming the headings found and the ones expected.
pub fn find(shown: &str, grid: &Grid) -> Result<Columns> {
    if let Some(columns) = grid
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| Columns::of(i, row))
        .find(Columns::has_name)
    {
        return Ok(columns);
    }
    let Some(first) = grid.rows.first() else {
        return Err(Error::input(
            crate::tr!("participants-list-empty", path = shown),
            Some(&crate::tr!("participants-no-name-column-hint")),
        ));
    };
    let found: Vec<String> = first
        .cells
        .iter()
        .filter(|c| !c.is_empty())
        .take(HEADINGS_SHOWN)
        .map(|c| format!("«{c}»"))
        .collect();
    Err(Error::input(
        crate::tr!(
            "participants-no-name-column",
            path = shown,
            row = first.number,
            found = found.join(", ")
        ),
        Some(&crate::tr!("participants-no-name-column-hint")),
    ))
}

/// One person read from a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The row number the spreadsheet shows.
    pub row: usize,
    pub name: String,
    pub id: Option<String>,
    pub position: Option<String>,
    pub organization: Option<String>,
    pub experience: Option<u32>,
    pub role: Option<Role>,
}

/// Why a row could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Something is in the row, but no name.
    NoName,
    /// The experience is not a whole number of years.
    Experience(String),
    /// The role is none of the roles.
    Role(String),
}

/// An unreadable row: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub problem: Problem,
}

impl RowProblem {
    /// The sentence the methodist reads, in the interface language.
    pub fn describe(&self) -> String {
        match &self.problem {
            Problem::NoName => crate::tr!("participants-row-no-name", row = self.row),
            Problem::Experience(value) => crate::tr!(
                "participants-row-experience",
                row = self.row,
                value = value.as_str()
            ),
            Problem::Role(value) => crate::tr!(
                "participants-row-role",
                row = self.row,
                value = value.as_str()
            ),
        }
    }
}

/// The people of the rows below the header, and the rows that could not be read.
pub fn people(grid: &Grid, columns: &Columns) -> (Vec<Person>, Vec<RowProblem>) {
    let mut people = Vec::new();
    let mut problems = Vec::new();
    for row in grid.rows.iter().skip(columns.header + 1) {
        match person(row, columns) {
            Ok(Some(p)) => people.push(p),
            Ok(None) => {}
            Err(problem) => problems.push(RowProblem {
                row: row.number,
                problem,
            }),
        }
    }
    (people, problems)
}

/// The person of a row; none when the row holds nothing about a person (a numbered empty
/// line of a form, a total below the list).
fn person(row: &GridRow, columns: &Columns) -> std::result::Result<Option<Person>, Problem> {
    let cell = |c: Option<usize>| -> Option<String> {
        c.and_then(|i| row.cells.get(i))
            .map(|s| super::tidy(s))
            .filter(|s| !s.is_empty())
    };
    let name = match cell(columns.name) {
        Some(name) => name,
        None => [columns.surname, columns.first_name, columns.patronymic]
            .into_iter()
            .filter_map(cell)
            .collect::<Vec<_>>()
            .join(" "),
    };
    if name.is_empty() {
        let other = [
            columns.position,
            columns.organization,
            columns.experience,
            columns.role,
            columns.id,
        ];
        return match other.into_iter().any(|c| cell(c).is_some()) {
            true => Err(Problem::NoName),
            false => Ok(None),
        };
    }
    let experience = cell(columns.experience)
        .map(|e| years(&e).ok_or(Problem::Experience(e)))
        .transpose()?;
    let role = cell(columns.role)
        .map(|r| Role::parse(&r).ok_or(Problem::Role(r)))
        .transpose()?;
    Ok(Some(Person {
        row: row.number,
        name,
        id: cell(columns.id),
        position: cell(columns.position),
        organization: cell(columns.organization),
        experience,
        role,
    }))
}

/// The most years of experience taken as written: more is a slip of the keyboard.
const MAX_YEARS: u32 = 80;

/// Whole years of experience as people write them: «5», «5 лет», «5 л.», «21 год», «3 года»,
/// «5 years».
pub fn years(text: &str) -> Option<u32> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, rest) = text.split_at(digits);
    let years: u32 = number.parse().ok()?;
    let unit = collate::fold_words(rest);
    let known = matches!(
        unit.as_str(),
        "" | "л" | "лет" | "г" | "год" | "года" | "y" | "yr" | "yrs" | "year" | "years"
    );
    (known && years <= MAX_YEARS).then_some(years)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(number: usize, cells: &[&str]) -> GridRow {
        GridRow {
            number,
            cells: cells.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn headings_in_both_languages() {
        for (heading, expected) in [
            ("ФИО", Field::Name),
            ("Ф.И.О.", Field::Name),
            (" Фамилия, имя, отчество ", Field::Name),
            ("Full name", Field::Name),
            ("NAME", Field::Name),
            ("Фамилия И.О.", Field::Name),
            ("Фамилия", Field::Surname),
            ("First name", Field::FirstName),
            ("Отчество", Field::Patronymic),
            ("ДОО", Field::Organization),
            ("Organisation", Field::Organization),
            ("Стаж, лет", Field::Experience),
            ("Роль", Field::Role),
            ("ID", Field::Id),
        ] {
            assert_eq!(field(heading), Some(expected), "{heading}");
        }
        assert_eq!(field("№"), None);
        assert_eq!(field("Группа"), None);
    }

    #[test]
    fn years_as_written() {
        for (text, expected) in [
            ("5", Some(5)),
            ("5 лет", Some(5)),
            ("21 год", Some(21)),
            ("3 года", Some(3)),
            ("5 л.", Some(5)),
            ("7 years", Some(7)),
            ("пять", None),
            ("-1", None),
            ("5,5", None),
            ("500", None),
            ("", None),
        ] {
            assert_eq!(years(text), expected, "{text}");
        }
    }

    #[test]
    fn split_names_are_joined_and_title_rows_passed_over() {
        let grid = Grid {
            rows: vec![
                row(1, &["Список участников"]),
                row(3, &["№", "Фамилия", "Имя", "Отчество", "Стаж"]),
                row(4, &["1", "Иванова", "Мария", "Петровна", "5 лет"]),
                row(5, &["2", "", "", "", "3"]),
                row(6, &["3", "Ли", "Ольга", "", "много"]),
                row(7, &["4", "", "", "", ""]),
            ],
            encoding: None,
        };
        let columns = find("l.csv", &grid).expect("the header is there");
        assert_eq!(columns.header, 1);
        let (people, problems) = people(&grid, &columns);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Иванова Мария Петровна");
        assert_eq!(people[0].experience, Some(5));
        assert_eq!(
            problems,
            vec![
                RowProblem {
                    row: 5,
                    problem: Problem::NoName
                },
                RowProblem {
                    row: 6,
                    problem: Problem::Experience("много".to_string())
                }
            ]
        );
    }
}
