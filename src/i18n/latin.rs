//! Russian letters in Latin ones: the passport system (ICAO 9303), which the other
//! spellings of names and ids start from.

/// A lowercase Russian letter as the passport writes it («ий» → «ii», «х» → «kh», «я» →
/// «ia»); `None` for anything else.
pub fn passport(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_russian_letter_and_nothing_else() {
        for c in ('а'..='я').chain(['ё']) {
            assert!(super::passport(c).is_some(), "{c}");
        }
        for c in ['a', 'А', '-', ' ', 'і'] {
            assert_eq!(super::passport(c), None, "{c}");
        }
    }
}
