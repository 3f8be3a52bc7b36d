//! What identifies a session in calendars for its whole life: the `uid` of its `[session]`, else one made from its organization and its file's first name, as `new` and `plan` make it.

use std::path::Path;

use crate::session::model::SessionInfo;

/// The `uid` `new` and `plan` write into a new session file: 16 hex digits of a hash of
/// the organization and the file's name without its extension (`2026-12-03-tema`). Made
/// from what the file is at its creation, it never changes after: the date and the theme
/// inside may be edited and the file renamed, the calendars still know the session.
pub fn make(organization: Option<&str>, stem: &str) -> String {
    let organization = organization.map_or("", str::trim);
    format!(
        "{:016x}",
        stable_hash(&["session", organization, stem.trim()])
    )
}

/// The `uid` of a new session file at `path` ([`make`] of its first name).
pub fn for_file(organization: Option<&str>, path: &Path) -> String {
    make(organization, &stem(path))
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The session's identity: its `uid`, else (a file written before `uid` existed, or by
/// hand) the one [`make`] gives for its organization and the first name of `path`.
pub fn of(info: &SessionInfo, path: &Path) -> String {
    if let Some(uid) = info.uid.as_ref().map(|u| u.value.trim())
        && !uid.is_empty()
    {
        return uid.to_string();
    }
    for_file(info.organization.as_ref().map(|o| o.value.as_str()), path)
}

/// A 64-bit FNV-1a hash of `parts` (separated, so ("ab","c") ≠ ("a","bc")). Stable across
/// runs, platforms and Rust versions, unlike `std`'s hasher, so identities never change by
/// themselves.
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::model::Sp;

    #[test]
    fn hash_is_fixed() {
        assert_eq!(stable_hash(&[]), 0xcbf2_9ce4_8422_2325);
        assert_ne!(stable_hash(&["ab", "c"]), stable_hash(&["a", "bc"]));
        assert_eq!(
            make(Some("ДОО"), "2026-12-03-tema"),
            make(Some(" ДОО "), "2026-12-03-tema")
        );
        assert_ne!(
            make(Some("ДОО № 1"), "2026-12-03-tema"),
            make(Some("ДОО № 2"), "2026-12-03-tema")
        );
        assert_eq!(make(None, "x").len(), 16);
    }

    #[test]
    fn the_written_uid_wins_over_the_file_name() {
        let mut info = SessionInfo::default();
        let path = Path::new("sessions/2026-12-03-tema.toml");
        assert_eq!(of(&info, path), make(None, "2026-12-03-tema"));
        info.uid = Some(Sp::new("  kovorking-1 ".to_string(), 0..1));
        assert_eq!(of(&info, path), "kovorking-1");
        info.uid = Some(Sp::new(" ".to_string(), 0..1));
        assert_eq!(of(&info, path), make(None, "2026-12-03-tema"));
    }
}
