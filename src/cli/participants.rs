//! `cowork participants import FILE LIST` and `export FILE -o LIST`: the participants of a
//! session from a spreadsheet and back (`participant_list`).

use std::path::PathBuf;

use crate::edit;
use crate::error::{Error, Result};
use crate::participant_list::columns::{self, Person, RowProblem};
use crate::participant_list::export::{self, ListFormat};
use crate::participant_list::import::{self, Plan};
use crate::render::terminal_text::inline;
use crate::session::model::Role;
use crate::write;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Add the people of a spreadsheet (.xlsx, .ods, .csv) to the session file
    Import(ImportArgs),
    /// Write the participants out as a spreadsheet (.xlsx or .csv)
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The session file; it is changed in place, keeping every comment
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The list: .xlsx, .xls, .ods or .csv, with a header row (ФИО, Должность, …)
    #[arg(value_name = "LIST")]
    pub list: PathBuf,
    /// Show who would be added, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The session file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The list to write: .xlsx or .csv
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: PathBuf,
}

pub fn run(args: &Args) -> Result<()> {
    match &args.action {
        Action::Import(args) => import(args),
        Action::Export(args) => export(args),
    }
}

fn import(args: &ImportArgs) -> Result<()> {
    let list = args.list.display().to_string();
    let grid = crate::participant_list::read(&args.list)?;
    if let Some(encoding) = grid.encoding {
        eprintln!(
            "{}: {}",
            crate::tr!("label-note"),
            crate::tr!(
                "participants-encoding",
                path = list.as_str(),
                encoding = encoding
            )
        );
    }
    let found = columns::find(&list, &grid)?;
    let (people, problems) = columns::people(&grid, &found);
    let file = args.file.display().to_string();
    let plan = if args.dry_run {
        let checked = super::load_valid(&args.file)?;
        let plan = import::plan(&checked.session, people);
        for person in &plan.added {
            println!("{}", inline(&line(person)));
        }
        plan
    } else {
        let edited = edit::edit_session(&args.file, |session, doc| {
            let plan = import::plan(session, people.clone());
            import::append(doc, &plan.added)?;
            Ok(plan)
        })?;
        let (plan, _, checked) = edited.before_exit();
        super::print_warnings(&checked);
        plan
    };
    report(&problems, &plan);
    let (added, skipped) = (plan.added.len(), problems.len() + plan.skipped.len());
    let summary = if args.dry_run {
        crate::tr!(
            "participants-would-add",
            file = file.as_str(),
            added = added,
            skipped = skipped
        )
    } else {
        crate::tr!(
            "participants-added",
            file = file.as_str(),
            added = added,
            skipped = skipped
        )
    };
    eprintln!("{}", inline(&summary));
    Ok(())
}

/// The rows not added, in the order of the list, on stderr.
fn report(problems: &[RowProblem], plan: &Plan) {
    let mut lines: Vec<(usize, String)> = problems
        .iter()
        .map(|p| (p.row, p.describe()))
        .chain(plan.skipped.iter().map(|s| (s.person.row, s.describe())))
        .collect();
    lines.sort_by_key(|(row, _)| *row);
    for (_, text) in lines {
        eprintln!("{}: {}", crate::tr!("label-note"), inline(&text));
    }
}

/// One person who would be added, on a line: «строка 3: Иванова Мария Петровна; воспитатель;
/// МБДОУ № 5; стаж 5 лет; наставник».
fn line(person: &Person) -> String {
    let mut parts = vec![person.name.clone()];
    parts.extend(person.position.clone());
    parts.extend(person.organization.clone());
    if let Some(years) = person.experience {
        parts.push(crate::tr!("participants-experience", years = years));
    }
    if let Some(role) = person.role.filter(|r| *r != Role::Participant) {
        parts.push(crate::tr!("participants-role", role = role.id()));
    }
    if let Some(id) = &person.id {
        parts.push(format!("id = {id}"));
    }
    crate::tr!(
        "participants-row",
        row = person.row,
        person = parts.join("; ")
    )
}

fn export(args: &ExportArgs) -> Result<()> {
    let output = args.output.display().to_string();
    let Some(format) = ListFormat::of(&args.output) else {
        return Err(Error::Usage {
            message: crate::tr!("participants-export-kind", path = output.as_str()),
            hint: Some(crate::tr!(
                "participants-export-kind-hint",
                formats = export::EXTENSIONS
            )),
        });
    };
    let checked = super::load_valid(&args.file)?;
    let bytes = match format {
        ListFormat::Xlsx => export::xlsx(&checked.session)?,
        ListFormat::Csv => export::csv(&checked.session)?,
    };
    write::refuse_input(&args.output, &[&args.file])?;
    write::write_atomic(&args.output, &bytes)?;
    eprintln!(
        "{}",
        inline(&crate::tr!(
            "participants-exported",
            path = output.as_str(),
            count = checked.session.participants.len()
        ))
    );
    Ok(())
}
