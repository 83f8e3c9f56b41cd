//! Reading a file the reader chose (file picker) or dropped on the page.

use lector_annotations::limits::MAX_INPUT_BYTES;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file the reader handed to the page, not read yet.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedFile(web_sys::File);

impl PickedFile {
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// Reads the file as UTF-8 text. A file too large to be an annotations
    /// file is refused *before* reading, so a wrong multi-gigabyte pick cannot
    /// freeze the tab.
    pub async fn text(&self) -> Result<String, String> {
        self.text_within(MAX_INPUT_BYTES, "annotation files", "export one article at a time, or split the file").await
    }

    /// Reads the file as UTF-8 text, refusing before reading a file over
    /// `limit` bytes ("Lector imports `what` of up to N MB (`advice`)"), and
    /// refusing a file that is not UTF-8 rather than reading it with
    /// replacement characters (a file saved again in another encoding would
    /// otherwise be imported garbled).
    pub async fn text_within(&self, limit: usize, what: &str, advice: &str) -> Result<String, String> {
        let name = self.name();
        let too_large = |bytes: usize| {
            format!(
                "{name} is {:.1} MB; Lector imports {what} of up to {} MB ({advice}). Nothing was changed",
                bytes as f64 / 1_048_576.0,
                limit / 1_048_576
            )
        };
        let bytes = self.bytes(limit, too_large).await?;
        String::from_utf8(bytes).map_err(|error| {
            format!(
                "{name} is not UTF-8 text (byte {} is not), so it was not read: Lector writes its files in UTF-8; \
                 if this one was saved again in another encoding, use the original. Nothing was changed",
                error.utf8_error().valid_up_to() + 1
            )
        })
    }
}

impl PickedFile {
    /// Reads the file's bytes (a page in any encoding), refusing before
    /// reading a file over `limit` bytes with `too_large`'s message.
    pub async fn bytes(&self, limit: usize, too_large: impl FnOnce(usize) -> String) -> Result<Vec<u8>, String> {
        let size = self.0.size();
        if size > limit as f64 {
            return Err(too_large(size as usize));
        }
        let buffer = JsFuture::from(self.0.array_buffer()).await.map_err(|_| {
            format!("{} could not be read (was it moved or deleted?). Nothing was changed", self.name())
        })?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}

/// The files chosen in an `<input type="file">`, from its `change` event.
pub fn files_of_input(event: &web_sys::Event) -> Vec<PickedFile> {
    let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    let files = input.as_ref().and_then(|input| input.files());
    let picked = files.map(|list| files_of(&list)).unwrap_or_default();
    // Clearing lets the reader pick the same file again after fixing it.
    if let Some(input) = input {
        input.set_value("");
    }
    picked
}

fn files_of(list: &web_sys::FileList) -> Vec<PickedFile> {
    (0..list.length()).filter_map(|i| list.get(i)).map(PickedFile).collect()
}

/// Whether a drag carries files (and not, say, selected text being moved).
pub fn drag_has_files(event: &web_sys::DragEvent) -> bool {
    event
        .data_transfer()
        .is_some_and(|transfer| transfer.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// The files of a `drop` event.
pub fn dropped_files(event: &web_sys::DragEvent) -> Vec<PickedFile> {
    event.data_transfer().and_then(|t| t.files()).map(|list| files_of(&list)).unwrap_or_default()
}
