//! Case forms of Russian personal names: the petrovich rules (embedded), plus fleeting vowels.
//!
//! The rules are the data of the MIT-licensed petrovich-rules project, kept unchanged in
//! `data/petrovich/` (see its README and LICENSE). The engine follows the reference
//! implementations: a name part is matched against the exceptions (whole word), then the
//! suffixes (the first rule in file order whose ending fits wins); a rule's modifier for a
//! case removes as many letters as it has leading `-` and appends the rest (`.` keeps the
//! word). Double names («Петрова-Водкина») are declined part by part.

use std::sync::OnceLock;

use serde::Deserialize;

const RULES_JSON: &str = include_str!("../../data/petrovich/rules.json");
const GENDER_JSON: &str = include_str!("../../data/petrovich/gender.json");

/// Grammatical gender of a person, as the rules know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    Androgynous,
}

/// Which part of a full name a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Last,
    First,
    Middle,
}

/// The five oblique cases, in the rules' order (the nominative is the word itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

impl Case {
    pub const ALL: [Case; 5] = [
        Case::Genitive,
        Case::Dative,
        Case::Accusative,
        Case::Instrumental,
        Case::Prepositional,
    ];
}

#[derive(Deserialize)]
struct Rule {
    gender: Gender,
    test: Vec<String>,
    mods: [String; 5],
    #[serde(default)]
    tags: Vec<String>,
}

#[derive(Deserialize)]
struct RuleList {
    #[serde(default)]
    exceptions: Vec<Rule>,
    suffixes: Vec<Rule>,
}

#[derive(Deserialize)]
struct Rules {
    lastname: RuleList,
    firstname: RuleList,
    middlename: RuleList,
}

#[derive(Deserialize, Default)]
struct GenderMapping {
    #[serde(default)]
    androgynous: Vec<String>,
    #[serde(default)]
    male: Vec<String>,
    #[serde(default)]
    female: Vec<String>,
}

#[derive(Deserialize)]
struct GenderHeuristic {
    #[serde(default)]
    exceptions: GenderMapping,
    suffixes: GenderMapping,
}

#[derive(Deserialize)]
struct GenderHeuristics {
    lastname: GenderHeuristic,
    firstname: GenderHeuristic,
    middlename: GenderHeuristic,
}

#[derive(Deserialize)]
struct GenderFile {
    gender: GenderHeuristics,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        serde_json::from_str(RULES_JSON).expect("the embedded petrovich rules are valid JSON")
    })
}

fn genders() -> &'static GenderHeuristics {
    static GENDERS: OnceLock<GenderHeuristics> = OnceLock::new();
    GENDERS.get_or_init(|| {
        serde_json::from_str::<GenderFile>(GENDER_JSON)
            .expect("the embedded petrovich gender rules are valid JSON")
            .gender
    })
}

impl Part {
    fn rules(self) -> &'static RuleList {
        let rules = rules();
        match self {
            Part::Last => &rules.lastname,
            Part::First => &rules.firstname,
            Part::Middle => &rules.middlename,
        }
    }

    fn genders(self) -> &'static GenderHeuristic {
        let genders = genders();
        match self {
            Part::Last => &genders.lastname,
            Part::First => &genders.firstname,
            Part::Middle => &genders.middlename,
        }
    }
}

/// The gender one name part suggests, if it suggests one.
fn part_gender(part: Part, word: &str) -> Option<Gender> {
    let word = word.to_lowercase();
    let heuristic = part.genders();
    let pick = |mapping: &GenderMapping, fits: &dyn Fn(&str) -> bool| {
        if mapping.androgynous.iter().any(|t| fits(t)) {
            Some(Gender::Androgynous)
        } else if mapping.female.iter().any(|t| fits(t)) {
            Some(Gender::Female)
        } else if mapping.male.iter().any(|t| fits(t)) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    pick(&heuristic.exceptions, &|t| t == word)
        .or_else(|| pick(&heuristic.suffixes, &|t| word.ends_with(t)))
}

/// The person's gender: from the patronymic first (-вич/-ич male, -вна/-чна/-ична female),
/// then the first name, then the surname; `Androgynous` when none of them tells.
pub fn detect_gender(last: Option<&str>, first: Option<&str>, middle: Option<&str>) -> Gender {
    [
        (Part::Middle, middle),
        (Part::First, first),
        (Part::Last, last),
    ]
    .into_iter()
    .filter_map(|(part, word)| word.and_then(|w| part_gender(part, w)))
    .find(|g| *g != Gender::Androgynous)
    .unwrap_or(Gender::Androgynous)
}

fn find_rule<'r>(
    rules: &'r [Rule],
    word: &str,
    gender: Gender,
    whole: bool,
    first_word: bool,
) -> Option<&'r Rule> {
    rules.iter().find(|rule| {
        let tags_ok = rule.tags.iter().all(|t| t == "first_word" && first_word);
        let gender_ok = rule.gender == Gender::Androgynous || rule.gender == gender;
        tags_ok
            && gender_ok
            && rule.test.iter().any(|t| {
                if whole {
                    t == word
                } else {
                    word.ends_with(t.as_str())
                }
            })
    })
}

fn apply(word: &str, modifier: &str) -> String {
    if modifier == "." {
        return word.to_string();
    }
    let cut = modifier.chars().take_while(|&c| c == '-').count();
    let keep = word.chars().count().saturating_sub(cut);
    let mut out: String = word.chars().take(keep).collect();
    out.push_str(&modifier[cut..]);
    out
}

/// One part of a name (no hyphen) in the five oblique cases; the word itself when no rule
/// fits. The rule is looked up once for all cases.
fn inflect_simple(word: &str, part: Part, gender: Gender, first_word: bool) -> [String; 5] {
    let lower = word.to_lowercase();
    let list = part.rules();
    let rule = find_rule(&list.exceptions, &lower, gender, true, first_word)
        .or_else(|| find_rule(&list.suffixes, &lower, gender, false, first_word));
    Case::ALL.map(|case| match rule {
        Some(rule) => apply(&lower, &rule.mods[case as usize]),
        None => lower.clone(),
    })
}

/// A name part in the five oblique cases ([`Case::ALL`] order), in lower case; a double name
/// declined part by part («Петрова-Водкина» → «петровой-водкиной»).
pub fn inflect_all(word: &str, part: Part, gender: Gender) -> [String; 5] {
    let pieces: Vec<&str> = word.split('-').collect();
    let last = pieces.len().saturating_sub(1);
    let declined: Vec<[String; 5]> = pieces
        .iter()
        .enumerate()
        .map(|(i, piece)| inflect_simple(piece, part, gender, i < last))
        .collect();
    Case::ALL.map(|case| {
        declined
            .iter()
            .map(|forms| forms[case as usize].as_str())
            .collect::<Vec<_>>()
            .join("-")
    })
}

/// A name part in `case`, in lower case.
#[cfg(test)]
pub fn inflect(word: &str, part: Part, gender: Gender, case: Case) -> String {
    let [a, b, c, d, e] = inflect_all(word, part, gender);
    match case {
        Case::Genitive => a,
        Case::Dative => b,
        Case::Accusative => c,
        Case::Instrumental => d,
        Case::Prepositional => e,
    }
}

fn is_vowel(c: char) -> bool {
    "аеёиоуыэюяaeiouy".contains(c)
}

/// The forms with a fleeting vowel dropped, which the rules do not know for every name:
/// «Орёл» → «Орла», «Соловей» → «Соловья», «Угол» → «Угла». Both the full and the short stem
/// are in use for surnames, so these are added next to the rules' forms.
fn fleeting_vowel_forms(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let n = chars.len();
    // The regular surname suffixes keep their vowel: Орлов → Орлова, Кузьмин → Кузьмина.
    if n < 3
        || ["ов", "ев", "ёв", "ин", "ын"]
            .iter()
            .any(|s| lower.ends_with(s))
    {
        return Vec::new();
    }
    let mut stems: Vec<String> = Vec::new();
    let (before, vowel, after) = (chars[n - 3], chars[n - 2], chars[n - 1]);
    let head: String = chars[..n - 2].iter().collect();
    if matches!(vowel, 'е' | 'ё') && after == 'й' {
        // Соловей → Соловь-, Муравей → Муравь-.
        stems.push(format!("{head}ь"));
    } else if matches!(vowel, 'е' | 'ё' | 'о')
        && !is_vowel(before)
        && !is_vowel(after)
        && after != 'й'
        && after != 'ь'
    {
        // Орёл → Орл-, Лев → Льв-, Кравец → Кравц-.
        stems.push(format!("{head}{after}"));
        stems.push(format!("{head}ь{after}"));
    }
    let mut out = Vec::new();
    for stem in stems {
        let soft = stem.ends_with('ь');
        let endings: &[&str] = if soft {
            &["я", "ю", "ем", "ём", "е", "и", "ей", "ям", "ями", "ях"]
        } else {
            &["а", "у", "ом", "ем", "е", "ы", "и", "ов", "ам", "ами", "ах"]
        };
        out.extend(endings.iter().map(|e| format!("{stem}{e}")));
    }
    out
}

/// Plural forms of a surname as a family is named («у Петровых», «Покровские»).
fn plural_forms(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    for base in ["ова", "ева", "ёва", "ина", "ына"] {
        if let Some(stem) = lower.strip_suffix(base) {
            let stem = format!("{stem}{}", &base[..base.len() - 'а'.len_utf8()]);
            return plural_of_possessive(&stem);
        }
    }
    for base in ["ов", "ев", "ёв", "ин", "ын"] {
        if lower.ends_with(base) {
            return plural_of_possessive(&lower);
        }
    }
    for (suffix, stem_len) in [("ский", 4), ("цкий", 4), ("ская", 4), ("цкая", 4)] {
        if lower.ends_with(suffix) {
            let stem: String = lower
                .chars()
                .take(lower.chars().count() - stem_len + 2)
                .collect();
            return ["ие", "их", "им", "ими"]
                .iter()
                .map(|e| format!("{stem}{e}"))
                .collect();
        }
    }
    Vec::new()
}

fn plural_of_possessive(stem: &str) -> Vec<String> {
    ["ы", "ых", "ым", "ыми"]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .collect()
}

/// Every form of a name part, in lower case: the word, its case forms for each gender in
/// `genders`, with fleeting vowels dropped and (for surnames) the plural; without repeats.
pub fn all_forms(word: &str, part: Part, genders: &[Gender]) -> Vec<String> {
    let mut out = vec![word.to_lowercase()];
    let mut push = |form: String| {
        if !form.is_empty() && !out.contains(&form) {
            out.push(form);
        }
    };
    for &gender in genders {
        for form in inflect_all(word, part, gender) {
            push(form);
        }
    }
    let masculine = genders.iter().any(|g| *g != Gender::Female);
    if masculine && part != Part::Middle {
        let pieces: Vec<&str> = word.split('-').collect();
        for (i, piece) in pieces.iter().enumerate() {
            for form in fleeting_vowel_forms(piece) {
                let mut whole: Vec<String> = pieces.iter().map(|p| p.to_lowercase()).collect();
                whole[i] = form.clone();
                if pieces.len() > 1 {
                    push(form);
                }
                push(whole.join("-"));
            }
        }
    }
    if part == Part::Last {
        for form in plural_forms(word) {
            push(form);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Case::*;
    use Gender::*;
    use Part::*;

    fn cases(word: &str, part: Part, gender: Gender) -> Vec<String> {
        Case::ALL
            .iter()
            .map(|&c| inflect(word, part, gender, c))
            .collect()
    }

    #[test]
    fn gender_comes_from_the_patronymic_first() {
        assert_eq!(
            detect_gender(Some("Ким"), Some("Саша"), Some("Ильич")),
            Male
        );
        assert_eq!(
            detect_gender(Some("Ли"), Some("Саша"), Some("Никитична")),
            Female
        );
        assert_eq!(detect_gender(None, None, Some("Андреевна")), Female);
        assert_eq!(detect_gender(Some("Покровский"), None, None), Male);
        assert_eq!(
            detect_gender(Some("Соколова"), Some("Марина"), None),
            Female
        );
        assert_eq!(detect_gender(Some("Ким"), Some("Саша"), None), Androgynous);
    }

    #[test]
    fn first_names_and_patronymics() {
        assert_eq!(
            cases("Павел", First, Male),
            ["павла", "павлу", "павла", "павлом", "павле"]
        );
        assert_eq!(
            cases("Лев", First, Male),
            ["льва", "льву", "льва", "львом", "льве"]
        );
        assert_eq!(
            cases("Андреевич", Middle, Male),
            [
                "андреевича",
                "андреевичу",
                "андреевича",
                "андреевичем",
                "андреевиче"
            ]
        );
        assert_eq!(cases("Ильич", Middle, Male)[1], "ильичу");
        assert_eq!(
            cases("Викторовна", Middle, Female),
            [
                "викторовны",
                "викторовне",
                "викторовну",
                "викторовной",
                "викторовне"
            ]
        );
        assert_eq!(cases("Наталья", First, Female)[3], "натальей");
    }

    #[test]
    fn surnames() {
        assert_eq!(
            cases("Покровский", Last, Male),
            [
                "покровского",
                "покровскому",
                "покровского",
                "покровским",
                "покровском"
            ]
        );
        assert_eq!(
            cases("Покровская", Last, Female),
            [
                "покровской",
                "покровской",
                "покровскую",
                "покровской",
                "покровской"
            ]
        );
        assert_eq!(cases("Соколова", Last, Female)[0], "соколовой");
        assert_eq!(cases("Петров", Last, Male)[3], "петровым");
        assert_eq!(
            cases("Ким", Last, Male),
            ["кима", "киму", "кима", "кимом", "киме"]
        );
        assert_eq!(cases("Ким", Last, Female), ["ким"; 5]);
        assert_eq!(
            cases("Петрова-Водкина", Last, Female),
            [
                "петровой-водкиной",
                "петровой-водкиной",
                "петрову-водкину",
                "петровой-водкиной",
                "петровой-водкиной"
            ]
        );
        assert_eq!(inflect("Толстой", Last, Male, Genitive), "толстого");
        assert_eq!(inflect("Троцкий", Last, Male, Instrumental), "троцким");
        assert_eq!(inflect("Лесная", Last, Female, Accusative), "лесную");
        assert_eq!(
            inflect("Никитична", Middle, Female, Instrumental),
            "никитичной"
        );
        assert_eq!(inflect("Ёлкина", Last, Female, Dative), "ёлкиной");
    }

    #[test]
    fn fleeting_vowels() {
        let orel = all_forms("Орёл", Last, &[Male]);
        for form in ["орёл", "орла", "орлу", "орлом", "орле"] {
            assert!(orel.contains(&form.to_string()), "{form} in {orel:?}");
        }
        let solovey = all_forms("Соловей", Last, &[Male, Female]);
        for form in [
            "соловей",
            "соловья",
            "соловью",
            "соловьём",
            "соловьем",
            "соловье",
        ] {
            assert!(solovey.contains(&form.to_string()), "{form} in {solovey:?}");
        }
        // Regular surname suffixes keep their vowel, and a woman's surname is not declined.
        assert!(!all_forms("Орлов", Last, &[Male]).contains(&"орлва".to_string()));
        assert_eq!(all_forms("Орёл", Last, &[Female]), ["орёл"]);
    }

    #[test]
    fn double_surnames_and_plurals() {
        let forms = all_forms("Петрова-Водкина", Last, &[Female]);
        assert!(forms.contains(&"петровой-водкиной".to_string()));
        let forms = all_forms("Петров", Last, &[Male]);
        assert!(forms.contains(&"петровых".to_string()));
        let forms = all_forms("Покровский", Last, &[Male]);
        assert!(forms.contains(&"покровские".to_string()));
        assert!(forms.contains(&"покровских".to_string()));
    }
}
