//! A small deterministic generator for the unit tests that compare a fast
//! path with its reference on many generated texts: the same seed gives the
//! same cases, so a failure names a case that can be run again.

/// xorshift64 (Marsaglia): enough to mix test inputs, not for anything else.
pub(crate) struct Xorshift(pub(crate) u64);

impl Xorshift {
    /// The next number.
    pub(crate) fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 33) as usize
    }

    /// Up to `most` items of `from`, each picked at random (repeats allowed).
    pub(crate) fn pick<'a>(&mut self, from: &[&'a str], most: usize) -> Vec<&'a str> {
        let n = self.next() % (most + 1);
        (0..n).map(|_| from[self.next() % from.len()]).collect()
    }
}

/// The seed the generated-text tests share: 2^64 / φ, the golden ratio.
pub(crate) const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Runs `check` on `cases` generated cases, each given its number and the
/// generator (seeded with `seed`, so a failing case can be run again), and
/// returns how many `check` counted (returned true for): a test asserts
/// that number to show the generator reaches what it means to test.
///
/// # Example
///
/// ```ignore
/// let long = count_cases(SEED, 1_000, |_, gen| gen.pick(&["a", "bb"], 5).concat().len() > 4);
/// assert!(long > 100);
/// ```
pub(crate) fn count_cases(
    seed: u64,
    cases: usize,
    mut check: impl FnMut(usize, &mut Xorshift) -> bool,
) -> usize {
    let mut gen = Xorshift(seed);
    (0..cases).filter(|&case| check(case, &mut gen)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_cases_counts_the_cases_checked_true() {
        assert_eq!(count_cases(SEED, 10, |case, _| case % 3 == 0), 4);
    }

    #[test]
    fn count_cases_gives_the_same_cases_for_a_seed() {
        let mut seen = (Vec::new(), Vec::new());
        count_cases(SEED, 50, |_, gen| {
            seen.0.push(gen.next());
            false
        });
        count_cases(SEED, 50, |_, gen| {
            seen.1.push(gen.next());
            false
        });
        assert_eq!(seen.0, seen.1);
        assert_ne!(seen.0.first(), seen.0.get(1));
    }
}
