//! The URL is the state: view, filters and selection live in the hash (`#/claim/c3?e=paris`).
//!
//! `to_hash` and `parse` are plain functions: a link or a reload reopens the exact view, and a
//! malformed hash gives the default view plus a notice, never a blank page.

use parallax_core::order::SortedSet;

use parallax_core::claims::Status;

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    /// Headline counts, sources, disagreements first, and the filtered sentences.
    #[default]
    Overview,
    /// One or more sources side by side, by document id.
    Read(Vec<String>),
    /// One claim, its sentences from every source side by side.
    Claim(String),
    /// Who covers what: sources by entities and by topics.
    Matrix,
}

/// Active filters: OR within a facet, AND across facets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub entities: SortedSet<String>,
    pub numbers: SortedSet<String>,
    pub topics: SortedSet<String>,
    pub statuses: SortedSet<Status>,
    pub query: String,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
            && self.numbers.is_empty()
            && self.topics.is_empty()
            && self.statuses.is_empty()
            && self.query.trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    pub filters: Filters,
}

/// Characters left as they are in a hash component; everything else is percent-encoded.
fn is_plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if is_plain(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decoding that never fails: bad escapes stay as written, bad UTF-8 is replaced.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn status_name(s: Status) -> &'static str {
    s.label()
}

fn status_from(name: &str) -> Option<Status> {
    [Status::Disagreement, Status::Agreement, Status::SingleSource].into_iter().find(|s| s.label() == name)
}

/// The hash for a route, starting with `#/`.
pub fn to_hash(route: &Route) -> String {
    let mut out = String::from("#/");
    match &route.view {
        View::Overview => out.push_str("overview"),
        View::Read(ids) => {
            out.push_str("read/");
            out.push_str(&ids.iter().map(|i| encode(i)).collect::<Vec<_>>().join(","));
        }
        View::Claim(id) => {
            out.push_str("claim/");
            out.push_str(&encode(id));
        }
        View::Matrix => out.push_str("matrix"),
    }
    let f = &route.filters;
    let mut params: Vec<String> = Vec::new();
    let list = |set: &SortedSet<String>| set.iter().map(|s| encode(s)).collect::<Vec<_>>().join(",");
    if !f.entities.is_empty() {
        params.push(format!("e={}", list(&f.entities)));
    }
    if !f.numbers.is_empty() {
        params.push(format!("n={}", list(&f.numbers)));
    }
    if !f.topics.is_empty() {
        params.push(format!("t={}", list(&f.topics)));
    }
    if !f.statuses.is_empty() {
        params.push(format!("s={}", f.statuses.iter().map(|s| status_name(*s)).collect::<Vec<_>>().join(",")));
    }
    if !f.query.trim().is_empty() {
        params.push(format!("q={}", encode(f.query.trim())));
    }
    if !params.is_empty() {
        out.push('?');
        out.push_str(&params.join("&"));
    }
    out
}

/// What the app knows exists, to check a hash against.
pub trait Known {
    fn has_document(&self, id: &str) -> bool;
    fn has_claim(&self, id: &str) -> bool;
    fn has_entity(&self, id: &str) -> bool;
    fn has_number(&self, key: &str) -> bool;
    fn has_topic(&self, id: &str) -> bool;
}

/// Reads a hash. Never fails: whatever cannot be understood is dropped and reported in the notices.
pub fn parse(hash: &str, known: &dyn Known) -> (Route, Vec<String>) {
    let mut notices = Vec::new();
    let raw = hash.trim_start_matches('#').trim_start_matches('/');
    if raw.len() > 8192 {
        return (Route::default(), vec!["The link is too long to read; showing the overview.".to_string()]);
    }
    let (path, query) = raw.split_once('?').unwrap_or((raw, ""));
    let mut parts = path.splitn(2, '/');
    let head = parts.next().unwrap_or("");
    let rest = parts.next().unwrap_or("");
    let view = match head {
        "" | "overview" => View::Overview,
        "matrix" => View::Matrix,
        "read" => {
            let ids: Vec<String> = rest.split(',').map(decode).filter(|s| !s.is_empty()).collect();
            let (good, bad): (Vec<String>, Vec<String>) = ids.into_iter().partition(|id| known.has_document(id));
            if !bad.is_empty() {
                notices.push(format!("No source called {} in this corpus.", quote_list(&bad)));
            }
            if good.is_empty() {
                View::Overview
            } else {
                View::Read(good)
            }
        }
        "claim" => {
            let id = decode(rest);
            if known.has_claim(&id) {
                View::Claim(id)
            } else {
                notices.push(format!("No claim called \u{201C}{}\u{201D}; showing the overview.", short(&id)));
                View::Overview
            }
        }
        other => {
            notices.push(format!("Unknown view \u{201C}{}\u{201D}; showing the overview.", short(&decode(other))));
            View::Overview
        }
    };
    let mut filters = Filters::default();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let values = || v.split(',').map(decode).filter(|s| !s.is_empty());
        let mut unknown = Vec::new();
        match k {
            "e" => values().for_each(|x| {
                if known.has_entity(&x) {
                    filters.entities.insert(x);
                } else {
                    unknown.push(x)
                }
            }),
            "n" => values().for_each(|x| {
                if known.has_number(&x) {
                    filters.numbers.insert(x);
                } else {
                    unknown.push(x)
                }
            }),
            "t" => values().for_each(|x| {
                if known.has_topic(&x) {
                    filters.topics.insert(x);
                } else {
                    unknown.push(x)
                }
            }),
            "s" => values().for_each(|x| match status_from(&x) {
                Some(s) => {
                    filters.statuses.insert(s);
                }
                None => unknown.push(x),
            }),
            "q" => filters.query = decode(v).chars().take(200).collect(),
            _ => notices.push(format!("Ignored an unknown part of the link (\u{201C}{}\u{201D}).", short(&decode(k)))),
        }
        if !unknown.is_empty() {
            notices.push(format!("Ignored filters that match nothing here: {}.", quote_list(&unknown)));
        }
    }
    (Route { view, filters }, notices)
}

fn short(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        format!("{t}\u{2026}")
    } else {
        t
    }
}

fn quote_list(items: &[String]) -> String {
    items.iter().take(5).map(|s| format!("\u{201C}{}\u{201D}", short(s))).collect::<Vec<_>>().join(", ")
}

/// Keeps the address bar in step with the state without fighting the reader: which hash to
/// write, when a write is still wanted, and which address changes are the reader's. The platform
/// layer owns one, tells it what the address is, and only carries out what it answers.
///
/// The app writes the hash after the frame that shows a change (see `platform::set_hash`), so a
/// write can be pending when the reader goes Back: their navigation wins over the late write.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct HashSync {
    /// The hash this app wrote last: its own echo in `hashchange` must not be read back, or a
    /// late event would undo keystrokes typed since.
    written: String,
    /// The hash waiting to be written, and the address it is to replace.
    pending: Option<(String, String)>,
}

impl HashSync {
    /// The state now shows `hash`; `now` reads the address bar (only when needed). Changes made
    /// before the write is due make one history entry. True when a write must be scheduled
    /// (none was pending).
    pub fn want(&mut self, hash: &str, now: impl FnOnce() -> String) -> bool {
        self.written = hash.to_string();
        let first = self.pending.is_none();
        let from = self.pending.take().map_or_else(now, |(_, from)| from);
        self.pending = Some((hash.to_string(), from));
        first
    }

    /// The scheduled write is due and the address is `now`: the hash to write, if any. None
    /// when nothing is pending, when the address already is the hash, or when the address
    /// changed since the write was scheduled (the reader went Back in between: theirs wins).
    pub fn due(&mut self, now: &str) -> Option<String> {
        let (hash, from) = self.pending.take()?;
        (now != hash && now == from).then_some(hash)
    }

    /// The address changed to `now` (`hashchange`): the hash to read into the state if someone
    /// other than this app put it there (a link, Back or Forward, an edit), and then a write
    /// still pending is dropped. None for the echo of the app's own write.
    pub fn arrived(&mut self, now: &str) -> Option<String> {
        if now == self.written {
            return None;
        }
        self.pending = None;
        Some(now.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl Known for Fake {
        fn has_document(&self, id: &str) -> bool {
            matches!(id, "a" | "b c")
        }
        fn has_claim(&self, id: &str) -> bool {
            id == "c1"
        }
        fn has_entity(&self, id: &str) -> bool {
            matches!(id, "paris" | "emmanuel-macron")
        }
        fn has_number(&self, key: &str) -> bool {
            key == "countries|26"
        }
        fn has_topic(&self, id: &str) -> bool {
            id == "t1"
        }
    }

    #[test]
    fn every_route_round_trips_through_the_hash() {
        let mut filters = Filters::default();
        filters.entities.insert("paris".into());
        filters.entities.insert("emmanuel-macron".into());
        filters.numbers.insert("countries|26".into());
        filters.topics.insert("t1".into());
        filters.statuses.insert(Status::Disagreement);
        filters.query = "security & guarantees/50%".into();
        for view in [View::Overview, View::Matrix, View::Claim("c1".into()), View::Read(vec!["a".into(), "b c".into()])]
        {
            let route = Route { view, filters: filters.clone() };
            let hash = to_hash(&route);
            assert!(hash.starts_with("#/"));
            let (back, notices) = parse(&hash, &Fake);
            assert_eq!(back, route, "{hash}");
            assert!(notices.is_empty(), "{notices:?}");
        }
        assert_eq!(to_hash(&Route::default()), "#/overview");
    }

    #[test]
    fn garbage_gives_the_default_view_and_a_notice() {
        let table = [
            "#/nonsense/deep/path",
            "#/claim/c999",
            "#/read/zzz",
            "#/overview?e=nobody&x=1",
            "#%%%%",
            "#/claim/%FF%FE",
            "#/<script>alert(1)</script>",
        ];
        for hash in table {
            let (route, notices) = parse(hash, &Fake);
            assert_eq!(route.view, View::Overview, "{hash}");
            assert!(route.filters.entities.is_empty());
            assert!(!notices.is_empty(), "{hash} should explain itself");
        }
        let (route, notices) = parse("", &Fake);
        assert_eq!((route, notices.len()), (Route::default(), 0));
        let huge = format!("#/overview?q={}", "x".repeat(10_000));
        assert_eq!(parse(&huge, &Fake).0, Route::default());
    }

    #[test]
    fn percent_encoding_is_lossless_and_decoding_never_fails() {
        for s in ["plain", "a b", "é\u{1F600}", "50%", "a,b|c", "%", "%G1", "&=?#"] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%zz"), "%zz");
    }

    #[test]
    fn changes_before_the_write_make_one_entry() {
        let mut sync = HashSync::default();
        assert!(sync.want("#/a", || "#/overview".into()), "the first change schedules a write");
        assert!(!sync.want("#/b", || unreachable!("the address is read once")), "later ones join it");
        assert_eq!(sync.due("#/overview").as_deref(), Some("#/b"));
        assert_eq!(sync.due("#/overview"), None, "written once");
        assert_eq!(sync.arrived("#/b"), None, "the echo of our own write is not read back");
    }

    #[test]
    fn back_beats_a_pending_write() {
        let mut sync = HashSync::default();
        sync.want("#/matrix", || "#/overview?e=paris".into());
        // The reader pressed Back before the write was due: the address is no longer the one it replaces.
        assert_eq!(sync.due("#/overview"), None, "the late write would undo the Back");
        sync.want("#/claim/c1", || "#/overview".into());
        assert_eq!(sync.arrived("#/read/a").as_deref(), Some("#/read/a"), "a link or Back is read");
        assert_eq!(sync.due("#/read/a"), None, "and drops the write that was pending");
    }

    #[test]
    fn nothing_is_written_when_the_address_already_says_it() {
        let mut sync = HashSync::default();
        sync.want("#/matrix", || "#/matrix".into());
        assert_eq!(sync.due("#/matrix"), None);
        assert_eq!(sync.due("#/anything"), None, "nothing pending");
        assert!(sync.want("#/overview", || "#/matrix".into()), "a new change schedules again");
    }
}
