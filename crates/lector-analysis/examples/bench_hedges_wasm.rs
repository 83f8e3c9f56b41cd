//! The hedge-layer benchmark compiled to WebAssembly, run by
//! `scripts/bench-hedges-wasm.mjs` under node (V8, the engine of Chromium):
//! the figure that matters for the reader, which analyzes in the browser.
//! Built by `scripts/eval-hedges.sh` with `--target wasm32-unknown-unknown`;
//! on other targets this example is empty.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use lector_analysis::profile::SourcingProfile;
    use lector_analysis::{analyze, hedges, ner, sentences, tokenize};

    #[link(wasm_import_module = "env")]
    extern "C" {
        /// `performance.now()`, in milliseconds.
        fn now() -> f64;
    }

    /// Room for a text of `len` bytes, which the host fills.
    #[no_mangle]
    pub extern "C" fn alloc(len: usize) -> *mut u8 {
        let mut buffer = Vec::<u8>::with_capacity(len);
        let ptr = buffer.as_mut_ptr();
        std::mem::forget(buffer);
        ptr
    }

    fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
        // SAFETY: the host wrote `len` bytes of UTF-8 at `ptr`, from `alloc`.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
        std::str::from_utf8(bytes).unwrap_or("")
    }

    #[no_mangle]
    pub extern "C" fn words(ptr: *const u8, len: usize) -> usize {
        let text = text(ptr, len);
        tokenize::tokenize(text).iter().filter(|t| t.is_word()).count()
    }

    /// Milliseconds for `iterations` runs of the whole analysis.
    #[no_mangle]
    pub extern "C" fn time_analysis(ptr: *const u8, len: usize, iterations: u32) -> f64 {
        let text = text(ptr, len);
        let start = unsafe { now() };
        for _ in 0..iterations {
            std::hint::black_box(analyze(text));
        }
        unsafe { now() - start }
    }

    /// Milliseconds for `iterations` runs of the hedge layer alone, on tokens,
    /// sentences and mentions made beforehand.
    #[no_mangle]
    pub extern "C" fn time_hedges(ptr: *const u8, len: usize, iterations: u32) -> f64 {
        let text = text(ptr, len);
        let tokens = tokenize::tokenize(text);
        let sentences = sentences::split(text);
        let mentions = ner::Recognizer::shipped().recognize(text, &tokens, &sentences);
        let start = unsafe { now() };
        for _ in 0..iterations {
            let cues = hedges::find_cues(text, &tokens, &sentences, &mentions);
            let profile = SourcingProfile::new(
                tokens.len(),
                sentences.iter().map(|_| false),
                cues.iter().map(|c| (c.kind, c.source.as_deref())),
            );
            std::hint::black_box((cues, profile));
        }
        unsafe { now() - start }
    }
}
