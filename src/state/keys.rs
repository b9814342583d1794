//! Global keys: what a key press on the page means. Decided here, in plain Rust; the platform
//! layer only listens and carries it out.

/// A key press as the page saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`: "Escape", "/", "a", …
    pub key: String,
    pub ctrl: bool,
    pub meta: bool,
    /// The focus is in a text field, where keys type.
    pub typing: bool,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCommand {
    /// Close the innermost open thing (`NavigationAction::Escape`).
    Escape,
    /// Focus the search field; the key must not also type itself into it.
    FocusSearch,
}

/// The command a key press stands for, if any.
pub fn command(press: &KeyPress) -> Option<KeyCommand> {
    match press.key.as_str() {
        "Escape" => Some(KeyCommand::Escape),
        "/" if !press.typing && !press.ctrl && !press.meta => Some(KeyCommand::FocusSearch),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, typing: bool, ctrl: bool, meta: bool) -> KeyPress {
        KeyPress { key: key.to_string(), ctrl, meta, typing }
    }

    #[test]
    fn escape_always_and_slash_only_outside_text_fields() {
        assert_eq!(command(&press("Escape", false, false, false)), Some(KeyCommand::Escape));
        assert_eq!(command(&press("Escape", true, false, false)), Some(KeyCommand::Escape));
        assert_eq!(command(&press("/", false, false, false)), Some(KeyCommand::FocusSearch));
        assert_eq!(command(&press("/", true, false, false)), None, "a slash typed into a field");
        assert_eq!(command(&press("/", false, true, false)), None, "Ctrl+/ is the browser's");
        assert_eq!(command(&press("/", false, false, true)), None, "Cmd+/ is the browser's");
        assert_eq!(command(&press("a", false, false, false)), None);
    }
}
