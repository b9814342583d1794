//! Files: those the reader picks or drops (read as bytes), and downloads (a Blob URL, so they
//! work from file:// too).

use wasm_bindgen::JsCast;

use super::page::document;

/// A file the reader picked or dropped, not read yet.
pub struct PickedFile(web_sys::File);

impl PickedFile {
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// Its size in bytes, known before reading.
    pub fn size(&self) -> usize {
        self.0.size() as usize
    }

    /// Its bytes; None if it cannot be read (deleted or changed since it was picked, or a
    /// folder dropped as a file).
    pub async fn bytes(&self) -> Option<Vec<u8>> {
        let buf = wasm_bindgen_futures::JsFuture::from(self.0.array_buffer()).await.ok()?;
        Some(js_sys::Uint8Array::new(&buf).to_vec())
    }
}

/// The files of a FileList, taken out at once (the list is live: clearing the input empties it).
fn files_of(list: &web_sys::FileList) -> Vec<PickedFile> {
    (0..list.length()).filter_map(|i| list.item(i)).map(PickedFile).collect()
}

/// The files chosen in the file input an event (change) came from; the input is cleared, so
/// that picking the same file again is a change too. None if the event is not from a file input.
pub fn picked_files(e: &web_sys::Event) -> Option<Vec<PickedFile>> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let files = files_of(&input.files()?);
    input.set_value("");
    Some(files)
}

/// The files dropped on the page; None if the drop carried none.
pub fn dropped_files(e: &web_sys::DragEvent) -> Option<Vec<PickedFile>> {
    e.data_transfer().and_then(|d| d.files()).map(|list| files_of(&list))
}

/// Offers `content` as a file download. Works from file:// too: the Blob URL is local.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    download_part(filename, mime, &wasm_bindgen::JsValue::from_str(content))
}

/// Offers bytes as a file download.
pub fn download_bytes(filename: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    download_part(filename, mime, &js_sys::Uint8Array::from(content))
}

fn download_part(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) -> Result<(), String> {
    let document = document().ok_or("no document")?;
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "could not build the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not create a download link")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| "no anchor")?.dyn_into().map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
