//! The keypad and keyboard contract, as a widget that wraps the whole screen.
//!
//! Tab or Down moves to the next control, Shift+Tab or Up to the previous,
//! Enter or Space activates, Escape goes back, F1 opens help, F2 switches
//! speech. Typed characters go to the page's field. Because this is a widget
//! rather than a subscription, the same path runs in the live kiosk and in
//! headless tests that tap keys.

use iced::advanced::layout;
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget, mouse, overlay};
use iced::keyboard::{self, Key, key::Named};
use iced::{Element, Event, Length, Rectangle, Size, Vector, touch};

/// A key the kiosk understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyInput {
    /// Tab or Down.
    Next,
    /// Shift+Tab or Up.
    Previous,
    /// Enter.
    Enter,
    /// Space (activates, or types a space in a focused field).
    Space,
    /// Escape.
    Back,
    /// Escape let go (held for three seconds, it opens the staff PIN pad).
    BackReleased,
    /// F1.
    Help,
    /// F2.
    Speech,
    /// Backspace.
    Backspace,
    /// Printable text.
    Text(String),
}

/// Maps one keyboard event to a kiosk key.
pub fn translate(event: &keyboard::Event) -> Option<KeyInput> {
    if let keyboard::Event::KeyReleased {
        key: Key::Named(Named::Escape),
        ..
    } = event
    {
        return Some(KeyInput::BackReleased);
    }
    let keyboard::Event::KeyPressed {
        key,
        modifiers,
        text,
        repeat,
        ..
    } = event
    else {
        return None;
    };
    // A held Escape repeats: it goes back once, then counts as held.
    if *repeat && matches!(key, Key::Named(Named::Escape)) {
        return None;
    }
    if modifiers.control() || modifiers.alt() || modifiers.logo() {
        return None;
    }
    match key {
        Key::Named(Named::Tab) if modifiers.shift() => Some(KeyInput::Previous),
        Key::Named(Named::Tab) | Key::Named(Named::ArrowDown) => Some(KeyInput::Next),
        Key::Named(Named::ArrowUp) => Some(KeyInput::Previous),
        Key::Named(Named::Enter) => Some(KeyInput::Enter),
        Key::Named(Named::Space) => Some(KeyInput::Space),
        Key::Named(Named::Escape) => Some(KeyInput::Back),
        Key::Named(Named::F1) => Some(KeyInput::Help),
        Key::Named(Named::F2) => Some(KeyInput::Speech),
        Key::Named(Named::Backspace) => Some(KeyInput::Backspace),
        Key::Character(c) if c.as_str() == " " => Some(KeyInput::Space),
        _ => text
            .as_ref()
            .filter(|t| !t.is_empty() && !t.chars().any(char::is_control))
            .map(|t| KeyInput::Text(t.to_string())),
    }
}

/// Wraps the screen: keys become messages, any press counts as activity.
pub struct KeyCatcher<'a, M> {
    content: Element<'a, M>,
    on_key: fn(KeyInput) -> M,
    on_activity: M,
}

/// Wraps `content` so keys and presses reach the app.
pub fn catch<'a, M: Clone>(
    content: impl Into<Element<'a, M>>,
    on_key: fn(KeyInput) -> M,
    on_activity: M,
) -> KeyCatcher<'a, M> {
    KeyCatcher {
        content: content.into(),
        on_key,
        on_activity,
    }
}

impl<M: Clone> Widget<M, iced::Theme, iced::Renderer> for KeyCatcher<'_, M> {
    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        if let Event::Keyboard(k) = event {
            // Every key belongs to the kiosk: no child widget sees it.
            if let Some(input) = translate(k) {
                shell.publish((self.on_key)(input));
                shell.capture_event();
            }
            return;
        }
        if matches!(
            event,
            Event::Mouse(mouse::Event::ButtonPressed(_))
                | Event::Touch(touch::Event::FingerPressed { .. })
        ) {
            shell.publish(self.on_activity.clone());
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, M: Clone + 'a> From<KeyCatcher<'a, M>> for Element<'a, M> {
    fn from(k: KeyCatcher<'a, M>) -> Self {
        Element::new(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Location, Modifiers, key::Physical};

    fn press(key: Key, modifiers: Modifiers, text: Option<&str>) -> keyboard::Event {
        keyboard::Event::KeyPressed {
            modified_key: key.clone(),
            key,
            physical_key: Physical::Unidentified(iced::keyboard::key::NativeCode::Unidentified),
            location: Location::Standard,
            modifiers,
            text: text.map(Into::into),
            repeat: false,
        }
    }

    #[test]
    fn the_keypad_contract() {
        let none = Modifiers::empty();
        let cases = [
            (
                press(Key::Named(Named::Tab), none, None),
                Some(KeyInput::Next),
            ),
            (
                press(Key::Named(Named::Tab), Modifiers::SHIFT, None),
                Some(KeyInput::Previous),
            ),
            (
                press(Key::Named(Named::ArrowDown), none, None),
                Some(KeyInput::Next),
            ),
            (
                press(Key::Named(Named::ArrowUp), none, None),
                Some(KeyInput::Previous),
            ),
            (
                press(Key::Named(Named::Enter), none, Some("\r")),
                Some(KeyInput::Enter),
            ),
            (
                press(Key::Named(Named::Space), none, Some(" ")),
                Some(KeyInput::Space),
            ),
            (
                press(Key::Named(Named::Escape), none, None),
                Some(KeyInput::Back),
            ),
            (
                press(Key::Named(Named::F1), none, None),
                Some(KeyInput::Help),
            ),
            (
                press(Key::Named(Named::F2), none, None),
                Some(KeyInput::Speech),
            ),
            (
                press(Key::Character("a".into()), none, Some("a")),
                Some(KeyInput::Text("a".into())),
            ),
            (
                press(Key::Character("c".into()), Modifiers::CTRL, Some("c")),
                None,
            ),
        ];
        for (event, expected) in cases {
            assert_eq!(translate(&event), expected, "{event:?}");
        }
    }
}
