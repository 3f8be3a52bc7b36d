//! Characters that hide or disguise text: their classes, names, scripts and look-alikes.

/// Why a character in a text deserves a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// A control character (C0, DEL, C1): nothing to show, and it may upset terminals.
    Control,
    /// A mark or override of text direction: the text shows in another order than written.
    Direction,
    /// A character of no width: two texts that look the same are different.
    ZeroWidth,
}

/// The class of a character that cannot be seen, if it is one. The soft hyphen is left to
/// the caller: it is a fair hyphenation hint in prose.
pub fn hidden(c: char) -> Option<Hidden> {
    match c {
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Some(Hidden::Control),
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Some(Hidden::Direction),
        '\u{00AD}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200D}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}' => Some(Hidden::ZeroWidth),
        _ => None,
    }
}

/// The Unicode name of the characters cowork talks about (C0 controls by their aliases).
fn name(c: char) -> Option<&'static str> {
    const C0: [&str; 32] = [
        "NULL",
        "START OF HEADING",
        "START OF TEXT",
        "END OF TEXT",
        "END OF TRANSMISSION",
        "ENQUIRY",
        "ACKNOWLEDGE",
        "BELL",
        "BACKSPACE",
        "CHARACTER TABULATION",
        "LINE FEED",
        "LINE TABULATION",
        "FORM FEED",
        "CARRIAGE RETURN",
        "SHIFT OUT",
        "SHIFT IN",
        "DATA LINK ESCAPE",
        "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO",
        "DEVICE CONTROL THREE",
        "DEVICE CONTROL FOUR",
        "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE",
        "END OF TRANSMISSION BLOCK",
        "CANCEL",
        "END OF MEDIUM",
        "SUBSTITUTE",
        "ESCAPE",
        "INFORMATION SEPARATOR FOUR",
        "INFORMATION SEPARATOR THREE",
        "INFORMATION SEPARATOR TWO",
        "INFORMATION SEPARATOR ONE",
    ];
    /// U+0080–U+009F by their aliases.
    const C1: [&str; 32] = [
        "PADDING CHARACTER",
        "HIGH OCTET PRESET",
        "BREAK PERMITTED HERE",
        "NO BREAK HERE",
        "INDEX",
        "NEXT LINE",
        "START OF SELECTED AREA",
        "END OF SELECTED AREA",
        "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION",
        "LINE TABULATION SET",
        "PARTIAL LINE FORWARD",
        "PARTIAL LINE BACKWARD",
        "REVERSE LINE FEED",
        "SINGLE SHIFT TWO",
        "SINGLE SHIFT THREE",
        "DEVICE CONTROL STRING",
        "PRIVATE USE ONE",
        "PRIVATE USE TWO",
        "SET TRANSMIT STATE",
        "CANCEL CHARACTER",
        "MESSAGE WAITING",
        "START OF GUARDED AREA",
        "END OF GUARDED AREA",
        "START OF STRING",
        "SINGLE GRAPHIC CHARACTER INTRODUCER",
        "SINGLE CHARACTER INTRODUCER",
        "CONTROL SEQUENCE INTRODUCER",
        "STRING TERMINATOR",
        "OPERATING SYSTEM COMMAND",
        "PRIVACY MESSAGE",
        "APPLICATION PROGRAM COMMAND",
    ];
    if let Some(name) = C0.get(c as usize) {
        return Some(name);
    }
    if let Some(name) = (c as usize).checked_sub(0x80).and_then(|i| C1.get(i)) {
        return Some(name);
    }
    Some(match c {
        ' ' => "SPACE",
        '\u{7F}' => "DELETE",
        '\u{A0}' => "NO-BREAK SPACE",
        '\u{AD}' => "SOFT HYPHEN",
        '\u{0300}' => "COMBINING GRAVE ACCENT",
        '\u{0301}' => "COMBINING ACUTE ACCENT",
        '\u{0306}' => "COMBINING BREVE",
        '\u{0308}' => "COMBINING DIAERESIS",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{1680}' => "OGHAM SPACE MARK",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{2000}' => "EN QUAD",
        '\u{2001}' => "EM QUAD",
        '\u{2002}' => "EN SPACE",
        '\u{2003}' => "EM SPACE",
        '\u{2004}' => "THREE-PER-EM SPACE",
        '\u{2005}' => "FOUR-PER-EM SPACE",
        '\u{2006}' => "SIX-PER-EM SPACE",
        '\u{2007}' => "FIGURE SPACE",
        '\u{2008}' => "PUNCTUATION SPACE",
        '\u{2009}' => "THIN SPACE",
        '\u{200A}' => "HAIR SPACE",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{202F}' => "NARROW NO-BREAK SPACE",
        '\u{205F}' => "MEDIUM MATHEMATICAL SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{3000}' => "IDEOGRAPHIC SPACE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+0301` alone for a character without a name here.
pub fn describe(c: char) -> String {
    describe_in(c, crate::i18n::fluent::interface())
}

/// [`describe`] in a given language: in Russian, the common characters by their Russian
/// names, the rest by their Unicode name in «ёлочки».
pub fn describe_in(c: char, language: crate::session::model::Language) -> String {
    use crate::session::model::Language;
    if language == Language::Ru {
        if let Some(name) = russian_name(c) {
            return format!("{} {name}", code(c));
        }
        return match name(c) {
            Some(name) => format!("{} «{name}»", code(c)),
            None => code(c),
        };
    }
    match name(c) {
        Some(name) => format!("{} {name}", code(c)),
        None => code(c),
    }
}

/// The Russian names of the characters a copied text most often brings.
fn russian_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\0' => "(нулевой символ)",
        '\t' => "(табуляция)",
        '\n' => "(перевод строки)",
        '\r' => "(возврат каретки)",
        '\u{1B}' => "(управляющий символ ESC)",
        '\u{9B}' => "(управляющий символ CSI)",
        ' ' => "(пробел)",
        '\u{7F}' => "(символ удаления)",
        '\u{A0}' => "(неразрывный пробел)",
        '\u{AD}' => "(мягкий перенос)",
        '\u{0301}' => "(надстрочный знак ударения)",
        '\u{0306}' => "(надстрочная дужка, как в «й»)",
        '\u{0308}' => "(надстрочные две точки, как в «ё»)",
        '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{200A}' => "(пробел особой ширины)",
        '\u{200B}' => "(пробел нулевой ширины)",
        '\u{200C}' => "(невидимый разделитель букв)",
        '\u{200D}' => "(невидимый соединитель букв)",
        '\u{200E}' => "(невидимая метка направления слева направо)",
        '\u{200F}' => "(невидимая метка направления справа налево)",
        '\u{2028}' => "(разделитель строк)",
        '\u{2029}' => "(разделитель абзацев)",
        '\u{202A}' | '\u{202B}' => "(начало встраивания другого направления текста)",
        '\u{202C}' => "(конец встраивания или смены направления текста)",
        '\u{202D}' => "(смена направления текста на «слева направо»)",
        '\u{202E}' => "(смена направления текста на «справа налево»)",
        '\u{202F}' => "(узкий неразрывный пробел)",
        '\u{2060}' => "(невидимый соединитель слов)",
        '\u{2066}' | '\u{2067}' | '\u{2068}' => "(начало изоляции направления текста)",
        '\u{2069}' => "(конец изоляции направления текста)",
        '\u{3000}' => "(широкий пробел)",
        '\u{FEFF}' => "(невидимый неразрывный пробел, метка порядка байтов)",
        _ => return None,
    })
}

/// `U+0435`.
pub fn code(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// The writing systems a Russian text mixes up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
}

pub fn script(c: char) -> Option<Script> {
    if c.is_ascii_alphabetic()
        || (('\u{C0}'..='\u{24F}').contains(&c) && c.is_alphabetic() && c != '×' && c != '÷')
    {
        Some(Script::Latin)
    } else if ('\u{400}'..='\u{52F}').contains(&c) {
        Some(Script::Cyrillic)
    } else {
        None
    }
}

/// A lower-case Latin letter and the Cyrillic one it cannot be told from in print (upper
/// case included: once lowered, Latin `b`/`h` stand for capital `В`/`Н`).
const LOOK_ALIKES: [(char, char); 16] = [
    ('a', 'а'),
    ('b', 'в'),
    ('c', 'с'),
    ('e', 'е'),
    ('h', 'н'),
    ('i', 'і'),
    ('j', 'ј'),
    ('k', 'к'),
    ('m', 'м'),
    ('o', 'о'),
    ('p', 'р'),
    ('s', 'ѕ'),
    ('t', 'т'),
    ('x', 'х'),
    ('y', 'у'),
    ('ë', 'ё'),
];

/// A character as the look-alike comparison sees it: lower case, «ё» as «е», a Latin
/// letter as the Cyrillic one it looks like, any space as a plain space.
pub fn fold(c: char) -> char {
    if c.is_whitespace() {
        return ' ';
    }
    let lower = crate::i18n::collate::lower(c);
    // Every look-alike of the table is a Latin letter: a Cyrillic one is looked for in vain.
    let cyrillic = if lower < '\u{400}' {
        LOOK_ALIKES
            .iter()
            .find(|&&(latin, _)| latin == lower)
            .map_or(lower, |&(_, cyrillic)| cyrillic)
    } else {
        lower
    };
    if cyrillic == 'ё' { 'е' } else { cyrillic }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe_en(c: char) -> String {
        describe_in(c, crate::session::model::Language::En)
    }

    #[test]
    fn names_and_classes() {
        assert_eq!(describe_en('\u{202E}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe_en('\u{7}'), "U+0007 BELL");
        assert_eq!(describe_en('\u{9B}'), "U+009B CONTROL SEQUENCE INTRODUCER");
        assert_eq!(describe_en('\u{85}'), "U+0085 NEXT LINE");
        assert_eq!(describe_en('\u{9F}'), "U+009F APPLICATION PROGRAM COMMAND");
        assert_eq!(describe_en('\u{301}'), "U+0301 COMBINING ACUTE ACCENT");
        assert_eq!(describe_en('\u{1F600}'), "U+1F600");
        assert_eq!(hidden('\u{9B}'), Some(Hidden::Control));
        assert_eq!(hidden('\u{2067}'), Some(Hidden::Direction));
        assert_eq!(hidden('\u{FEFF}'), Some(Hidden::ZeroWidth));
        assert_eq!(hidden('ё'), None);
        assert_eq!(hidden('\u{A0}'), None);
    }

    #[test]
    fn folding_makes_look_alikes_one() {
        let folded = |s: &str| s.chars().map(fold).collect::<String>();
        assert_eq!(folded("PETROVA"), folded("реtrоvа"));
        assert_eq!(folded("Ковалёва"), folded("коваЛева"));
        assert_eq!(folded("HB"), folded("нв"));
        assert_eq!(folded("a\u{A0}b"), "а в");
        assert_ne!(folded("дом"), folded("дым"));
    }

    #[test]
    fn scripts() {
        assert_eq!(script('é'), Some(Script::Latin));
        assert_eq!(script('ё'), Some(Script::Cyrillic));
        assert_eq!(script('-'), None);
        assert_eq!(script('×'), None);
    }
}
