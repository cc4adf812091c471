//! What std gave the package's wasm and `core` + `alloc` do not: the panic
//! handler, the global allocator and `thread_local!`. Compiled only for the
//! no-std package build (feature "no-std" on wasm32, scripts/build-pkg.sh).
//!
//! A panic cannot be caught in this wasm either way (panic = "abort"): with
//! std it printed a message to the console first, through core::fmt and
//! the panic hook, which cost ~25 KB gzip. Here it traps at once
//! (`unreachable`), which is what the JS caller saw before after the
//! message. The crate never panics on purpose (`make test-lint`).

#[cfg(target_feature = "atomics")]
compile_error!(
    "the no-std build assumes one thread (wasm32 without atomics): see thread_local! below"
);

/// Traps: the module stops, and the JS call that reached the panic throws a
/// `RuntimeError: unreachable`.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}

/// dlmalloc, the allocator std uses on wasm32 (the same crate and code).
#[global_allocator]
static ALLOCATOR: dlmalloc::GlobalDlmalloc = dlmalloc::GlobalDlmalloc;

/// A "thread-local" of the no-std build: wasm32 without atomics runs one
/// thread, so a static is one per thread. Only `thread_local!` makes these.
pub(crate) struct Local<T>(T);

// SAFETY: there is one thread (the compile_error! above guards it), so a
// value is never reached from two threads.
unsafe impl<T> Sync for Local<T> {}

impl<T> Local<T> {
    /// The value, as `thread_local!`'s `const { … }` initialiser gives it.
    pub(crate) const fn new(value: T) -> Local<T> {
        Local(value)
    }

    /// Calls `f` with the value, like `std::thread::LocalKey::with`.
    pub(crate) fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0)
    }

    /// Like `std::thread::LocalKey::try_with`: never fails here (a static
    /// is never destroyed).
    pub(crate) fn try_with<R>(
        &'static self,
        f: impl FnOnce(&T) -> R,
    ) -> Result<R, core::convert::Infallible> {
        Ok(f(&self.0))
    }
}

/// std's `thread_local!` for the const-initialised statics this crate has:
/// `thread_local! { static NAME: T = const { value }; }`.
macro_rules! thread_local {
    ($(#[$attr:meta])* static $name:ident: $t:ty = const { $init:expr };) => {
        $(#[$attr])*
        static $name: $crate::no_std::Local<$t> = $crate::no_std::Local::new($init);
    };
}
