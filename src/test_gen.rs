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
