//! The room's secrets: random 128-bit tokens and their comparison in constant time.

use subtle::ConstantTimeEq;

use crate::error::{Error, Result};

/// A fresh token: 16 random bytes from the operating system, as 32 hex digits.
pub fn fresh() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::input(
            crate::tr!("room-no-randomness", reason = e.to_string()),
            None,
        )
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether `given` is `expected`, in time that does not depend on where they differ.
pub fn matches(given: &str, expected: &str) -> bool {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_compared_exactly() {
        let (a, b) = (fresh().unwrap(), fresh().unwrap());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(matches(&a, &a.clone()));
        assert!(!matches(&a, &b));
        assert!(!matches(&a[..31], &a));
        assert!(!matches("", &a));
    }
}
